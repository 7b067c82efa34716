package com.frameworkfork.web.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import com.frameworkfork.web.SharedPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a shared page has no kept copy at all (first visit, after an edit, after a long quiet spell),
 * the readers arriving together get one rendering between them instead of one each; and when a kept
 * copy goes stale, a refresh that fails does not leave the stale copy in place.
 */
class PageRenderingOnceTest {

    private static final int READERS = 8;
    private static final String PAGE = "/compare/django-vs-flask";
    private static final PageCacheProperties SETTINGS = new PageCacheProperties(true, Duration.ofSeconds(1), DataSize.ofMegabytes(1));

    /** Counts the readers that found a rendering under way, just before they wait for it. */
    private final CountDownLatch othersWaiting = new CountDownLatch(READERS - 1);
    private final ManualTicker ticker = new ManualTicker();
    private final PageCache cache = new PageCache(SETTINGS, List.of(SharedPage.of("/compare/{slug}")), ticker) {
        @Override
        CompletableFuture<CachedPage> startRendering(String key, CompletableFuture<CachedPage> mine) {
            CompletableFuture<CachedPage> underWay = super.startRendering(key, mine);
            if (underWay != null) {
                othersWaiting.countDown();
            }
            return underWay;
        }
    };
    private final PageCacheFilter filter = new PageCacheFilter(cache, new CookieCsrfTokenRepository(),
            new XorCsrfTokenRequestAttributeHandler(), Set.of("XSRF-TOKEN"));
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS);
    private final AtomicInteger renderings = new AtomicInteger();

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    /** A page whose first rendering lasts until every other reader is waiting for it. */
    private FilterChain slowPage(int status) {
        return (request, response) -> {
            renderings.incrementAndGet();
            awaitTheOtherReaders();
            HttpServletResponse page = (HttpServletResponse) response;
            page.setStatus(status);
            page.setContentType("text/html;charset=UTF-8");
            page.getWriter().write("<p>rendered " + renderings.get() + "</p>");
        };
    }

    private void awaitTheOtherReaders() {
        try {
            assertThat(othersWaiting.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private MockHttpServletResponse read(FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            filter.doFilter(new MockHttpServletRequest("GET", PAGE), response, chain);
        } catch (ServletException e) {
            response.setStatus(500);
        }
        return response;
    }

    private List<MockHttpServletResponse> readTogether(FilterChain chain) throws Exception {
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            answers.add(readers.submit(() -> read(chain)));
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
            assertThat(response.getContentAsString()).isEqualTo("<p>rendered 1</p>");
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
            if (failures.getAndIncrement() == 0) {
                awaitTheOtherReaders();
                throw new ServletException("the database went away");
            }
            slowPage(200).doFilter(request, response);
        };

        List<MockHttpServletResponse> responses = readTogether(failingOnce);

        assertThat(responses).filteredOn(response -> response.getStatus() == 500).hasSize(1);
        assertThat(responses).filteredOn(response -> response.getStatus() == 200).hasSize(READERS - 1);
    }

    @Test
    void aStaleCopyWhoseRefreshFailedIsRenderedAgainByTheNextReader() throws Exception {
        FilterChain page = (request, response) -> {
            int rendering = renderings.incrementAndGet();
            if (rendering == 2) {
                throw new ServletException("the database went away");
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>rendered " + rendering + "</p>");
        };
        assertThat(read(page).getContentAsString()).isEqualTo("<p>rendered 1</p>");

        ticker.advance(Duration.ofSeconds(2));
        assertThat(read(page).getStatus()).isEqualTo(500);

        assertThat(read(page).getContentAsString()).isEqualTo("<p>rendered 3</p>");
        assertThat(read(page).getContentAsString()).isEqualTo("<p>rendered 3</p>");
    }

    private static final class ManualTicker implements com.github.benmanes.caffeine.cache.Ticker {

        private long nanos = 1_000_000_000L;

        @Override
        public synchronized long read() {
            return nanos;
        }

        synchronized void advance(Duration by) {
            nanos += by.toNanos();
        }
    }
}
