package com.frameworkfork.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.frameworkfork.content.ContentRecords;
import com.frameworkfork.content.ContentReview;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The held-back shipped updates, each turned from two JSON documents into a table of fields. */
@Service
class HeldBackUpdates {

    /** Lists and maps inside a field (a comparison's cells, say) are shown as indented JSON. */
    private static final ObjectMapper NESTED = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ContentReview review;

    HeldBackUpdates(ContentReview review) {
        this.review = review;
    }

    List<HeldBackUpdate> all() {
        return review.heldBack().stream().map(HeldBackUpdates::laidOut).toList();
    }

    private static HeldBackUpdate laidOut(ContentReview.HeldBack update) {
        Map<String, Object> shipped = update.removedInShipment() ? Map.of() : ContentRecords.parse(update.shipped());
        Map<String, Object> current = update.deletedByEditor() ? Map.of() : ContentRecords.parse(update.current());
        Set<String> names = new LinkedHashSet<>(shipped.keySet());
        names.addAll(current.keySet());
        List<HeldBackUpdate.Field> fields = new ArrayList<>();
        for (String name : names) {
            fields.add(new HeldBackUpdate.Field(name, text(shipped.get(name)), text(current.get(name))));
        }
        return new HeldBackUpdate(update.id(), update.kind(), update.key(), update.description(), update.detectedAt(),
                update.removedInShipment(), update.deletedByEditor(), fields);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list && list.stream().allMatch(HeldBackUpdates::plain)) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return plain(value) ? value.toString() : NESTED.writeValueAsString(value);
    }

    private static boolean plain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
