package com.frameworkfork.web.cache;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;

import com.frameworkfork.web.SharedPage;
import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query string is a page of its own, so anyone can ask for thousands of renderings of one
 * article; what the kept pages hold together stays within the configured size however many there are.
 */
class KeptPagesSizeTest {

    private static final DataSize MAX_SIZE = DataSize.ofKilobytes(256);
    private static final int PAGE_BYTES = 10_000;
    private static final int VARIANTS = 300;

    private final PageCache cache = new PageCache(new PageCacheProperties(true, Duration.ofHours(1), MAX_SIZE),
            List.of(SharedPage.of("/articles/{slug}")), Ticker.systemTicker());
    private final PageCacheFilter filter = new PageCacheFilter(cache, new CookieCsrfTokenRepository(),
            new XorCsrfTokenRequestAttributeHandler(), Set.of("XSRF-TOKEN"));

    private static MockHttpServletRequest variant(int n) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/articles/one-article");
        request.setQueryString("n=" + n);
        request.addParameter("n", String.valueOf(n));
        return request;
    }

    @Test
    void aFloodOfQueryStringsKeepsNoMoreThanTheConfiguredSize() throws Exception {
        String body = "x".repeat(PAGE_BYTES);
        FilterChain page = (request, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(body);
        };

        for (int n = 0; n < VARIANTS; n++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(variant(n), response, page);
            assertThat(response.getContentAsString()).hasSize(PAGE_BYTES);
        }

        long kept = 0;
        for (int n = 0; n < VARIANTS; n++) {
            if (cache.get(PageCache.key(variant(n))) != null) {
                kept++;
            }
        }
        assertThat(kept).as("pages still kept").isPositive();
        assertThat(kept * PAGE_BYTES).as("bytes the kept pages hold").isLessThanOrEqualTo(MAX_SIZE.toBytes());
    }
}
