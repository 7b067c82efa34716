package com.frameworkfork.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Gives requests distinct client addresses, so tests do not share one rate-limit allowance. */
public final class Clients {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private Clients() {
    }

    public static RequestPostProcessor fresh() {
        return from(address(NEXT.getAndIncrement()));
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String address(int n) {
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }
}
