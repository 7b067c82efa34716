package com.frameworkfork.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
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

    /**
     * A reader's token as any page hands it out, for a post that needs no particular page first: a
     * reader's token is not tied to a page. The sign-in page is the smallest page with a form.
     */
    public static RequestPostProcessor reader(MockMvc mvc) throws Exception {
        return from(mvc, "/login");
    }

    /**
     * The admin's identity with the token of a back-office page. The admin's token lives in their
     * session, so a post as the admin carries the session that page was shown in.
     */
    public static RequestPostProcessor asAdmin(MockMvc mvc) throws Exception {
        RequestPostProcessor admin = Admin.admin();
        RequestPostProcessor page = from(mvc, get("/admin/maintenance").with(admin));
        return request -> page.postProcessRequest(admin.postProcessRequest(request));
    }

    public static RequestPostProcessor from(MockMvc mvc, String page) throws Exception {
        return from(mvc, get(page));
    }

    /** The token of the page this request shows, with the session it was shown in, if any. */
    public static RequestPostProcessor from(MockMvc mvc, RequestBuilder page) throws Exception {
        MvcResult shown = mvc.perform(page).andReturn();
        Element field = Jsoup.parse(shown.getResponse().getContentAsString()).selectFirst("input[name=_csrf]");
        if (field == null) {
            throw new AssertionError("No form with a CSRF token on " + shown.getRequest().getRequestURI());
        }
        String token = field.val();
        RequestPostProcessor browser = sameBrowser(shown);
        return request -> {
            browser.postProcessRequest(request);
            request.addParameter("_csrf", token);
            return request;
        };
    }

    /**
     * The cookies, and the session if there was one, that a page's answer left in the browser, added
     * to any cookie the request already carries (a cookie of the same name is replaced, as a browser would).
     */
    public static RequestPostProcessor sameBrowser(MvcResult shown) {
        return request -> {
            Map<String, Cookie> cookies = new LinkedHashMap<>();
            if (request.getCookies() != null) {
                Arrays.stream(request.getCookies()).forEach(cookie -> cookies.put(cookie.getName(), cookie));
            }
            Arrays.stream(shown.getResponse().getCookies()).forEach(cookie -> cookies.put(cookie.getName(), cookie));
            if (!cookies.isEmpty()) {
                request.setCookies(cookies.values().toArray(Cookie[]::new));
            }
            if (shown.getRequest().getSession(false) != null) {
                request.setSession(shown.getRequest().getSession(false));
            }
            return request;
        };
    }
}
