package com.frameworkfork.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * When a page has no kept copy at all (first visit, after an edit, after a long quiet spell), the
 * readers arriving together get one rendering between them instead of one each.
 */
class PageRenderingOnceTest {

    private static final int READERS = 8;

    private final PageCache cache = new PageCache(true, Duration.ofSeconds(1), 100);
    private final PageCacheFilter filter = new PageCacheFilter(cache, new CookieCsrfTokenRepository(),
            new XorCsrfTokenRequestAttributeHandler());
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS);
    private final CountDownLatch allArrived = new CountDownLatch(READERS);
    private final AtomicInteger renderings = new AtomicInteger();

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    /** A page that takes until every reader has asked for it (and a little more) to render. */
    private FilterChain slowPage(int status) {
        return (request, response) -> {
            renderings.incrementAndGet();
            awaitAllReaders();
            cache.allow((HttpServletRequest) request);
            HttpServletResponse page = (HttpServletResponse) response;
            page.setStatus(status);
            page.setContentType("text/html;charset=UTF-8");
            page.getWriter().write("<p>rendered</p>");
        };
    }

    private void awaitAllReaders() {
        try {
            assertThat(allArrived.await(10, TimeUnit.SECONDS)).isTrue();
            // Long enough for the other readers to reach the filter's wait.
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<MockHttpServletResponse> readTogether(FilterChain chain) throws Exception {
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            answers.add(readers.submit(() -> {
                MockHttpServletRequest request = new MockHttpServletRequest("GET", "/compare/django-vs-flask");
                MockHttpServletResponse response = new MockHttpServletResponse();
                allArrived.countDown();
                try {
                    filter.doFilter(request, response, chain);
                } catch (ServletException e) {
                    response.setStatus(500);
                }
                return response;
            }));
        }
        List<MockHttpServletResponse> responses = new ArrayList<>();
        for (Future<MockHttpServletResponse> answer : answers) {
            responses.add(answer.get(20, TimeUnit.SECONDS));
        }
        return responses;
    }

    @Test
    void readersArrivingTogetherShareOneRendering() throws Exception {
        List<MockHttpServletResponse> responses = readTogether(slowPage(200));

        assertThat(renderings).hasValue(1);
        for (MockHttpServletResponse response : responses) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).isEqualTo("<p>rendered</p>");
            assertThat(response.getContentType()).startsWith("text/html");
        }
    }

    @Test
    void aPageThatIsNotKeptIsRenderedForEachReader() throws Exception {
        List<MockHttpServletResponse> responses = readTogether(slowPage(404));

        assertThat(renderings).hasValue(READERS);
        assertThat(responses).allSatisfy(response -> assertThat(response.getStatus()).isEqualTo(404));
    }

    @Test
    void whenTheRenderingFailsTheWaitingReadersRenderForThemselves() throws Exception {
        AtomicInteger failures = new AtomicInteger();
        FilterChain failingOnce = (request, response) -> {
            if (renderings.get() == 0 && failures.getAndIncrement() == 0) {
                renderings.incrementAndGet();
                awaitAllReaders();
                throw new ServletException("the database went away");
            }
            slowPage(200).doFilter(request, response);
        };

        List<MockHttpServletResponse> responses = readTogether(failingOnce);

        assertThat(responses).filteredOn(response -> response.getStatus() == 500).hasSize(1);
        assertThat(responses).filteredOn(response -> response.getStatus() == 200)
                .hasSize(READERS - 1)
                .allSatisfy(response -> assertThat(response.getContentAsString()).isEqualTo("<p>rendered</p>"));
    }
}
