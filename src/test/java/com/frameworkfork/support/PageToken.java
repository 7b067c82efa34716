package com.frameworkfork.support;

import org.jsoup.Jsoup;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A page's own CSRF token and cookie, sent with a form the way a browser sends it. Tests of a context
 * that also answers real HTTP requests use this instead of Spring Security's test token, which swaps
 * the application's token repository for one kept in the session for every later request.
 */
public final class PageToken {

    private PageToken() {
    }

    public static RequestPostProcessor from(MockMvc mvc, String page) throws Exception {
        MvcResult shown = mvc.perform(get(page)).andReturn();
        String token = Jsoup.parse(shown.getResponse().getContentAsString()).selectFirst("input[name=_csrf]").val();
        RequestPostProcessor browser = sameBrowser(shown);
        return request -> {
            browser.postProcessRequest(request);
            request.addParameter("_csrf", token);
            return request;
        };
    }

    /** The cookies, and the session if there was one, that a page's answer left in the browser. */
    public static RequestPostProcessor sameBrowser(MvcResult shown) {
        return request -> {
            if (shown.getResponse().getCookies().length > 0) {
                request.setCookies(shown.getResponse().getCookies());
            }
            if (shown.getRequest().getSession(false) != null) {
                request.setSession(shown.getRequest().getSession(false));
            }
            return request;
        };
    }
}
