package com.frameworkfork.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.ResultActions;

/** Parses a rendered page as a browser would, for assertions with CSS selectors. */
public final class Html {

    private Html() {
    }

    public static Document of(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
