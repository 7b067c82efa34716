package com.frameworkfork.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How records are compared and shown: as canonical JSON (keys sorted, nulls left out) and its hash. */
public final class ContentRecords {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build();

    private static final ObjectMapper READABLE = CANONICAL.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ContentRecords() {
    }

    public static String json(Map<String, Object> fields) {
        return CANONICAL.writeValueAsString(fields);
    }

    /** Indented JSON, for showing two versions of a record side by side. */
    public static String readable(Map<String, Object> fields) {
        return fields == null ? "" : READABLE.writeValueAsString(fields);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String json) {
        return json == null || json.equals("null") ? null : CANONICAL.readValue(json, Map.class);
    }

    public static String hash(Map<String, Object> fields) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json(fields).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
