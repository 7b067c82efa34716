package com.frameworkfork.decision.verdict;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.frameworkfork.support.Browser;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verdict printed from Chromium: one or two A4 pages, with its address written out and none of the
 * site's navigation, search, forms or buttons; an article prints its link targets.
 */
@SiteTest
class VerdictPrintIT {

    /** A page object in a PDF as Chromium writes it ("/Type /Pages" is the page tree, not a page). */
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    @LocalServerPort
    private int port;

    @Autowired
    VerdictService verdicts;

    private static Map<String, String> answers(String... values) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> keys = List.of("api", "admin", "solo", "team", "growth", "learning", "decisions");
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                answers.put(keys.get(i), values[i]);
            }
        }
        return answers;
    }

    private static int pages(ChromeDriver browser) {
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());
        return (int) PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1)).results().count();
    }

    private static void emulatePrint(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    @Test
    void aVerdictPrintsOnAtMostTwoPagesWithItsAddressAndWithoutTheSitesControls() {
        ChromeDriver browser = Browser.openDesktop();
        try {
            for (Map<String, String> given : List.of(answers("no", "yes", "no", "yes", "yes", "no"),
                    answers("yes", "no", "yes", null, "no", "yes"),
                    answers("unsure", "unsure", "no", "unsure", "unsure", "unsure", "unsure"))) {
                String id = verdicts.create(given, List.of()).id();
                browser.get("http://localhost:" + port + "/verdict/" + id);
                assertThat(pages(browser)).as("pages for %s", given).isBetween(1, 2);
                emulatePrint(browser);
                for (String hidden : List.of("header.site-header", "form", "button", "nav", "input", "footer")) {
                    assertThat(browser.findElements(By.cssSelector(hidden)).stream().filter(WebElement::isDisplayed))
                            .as("%s on paper", hidden).isEmpty();
                }
                assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("/verdict/" + id);
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void anArticlePrintsWhereEachLinkLeads() {
        ChromeDriver browser = Browser.openDesktop();
        try {
            browser.get("http://localhost:" + port + "/articles");
            browser.get(browser.findElement(By.cssSelector(".card-title a")).getDomProperty("href"));
            List<WebElement> links = browser.findElements(By.cssSelector(".article-sources a[href^=http]"));
            assertThat(links).isNotEmpty();
            emulatePrint(browser);
            for (WebElement link : links) {
                Object after = browser.executeScript("return getComputedStyle(arguments[0], '::after').content", link);
                assertThat(String.valueOf(after)).as("something printed after %s", link.getDomAttribute("href"))
                        .isNotIn("none", "normal", "");
            }
            assertThat(pages(browser)).as("an article and its sources").isPositive();
            assertThat(browser.findElements(By.cssSelector("header.site-header")).stream().filter(WebElement::isDisplayed))
                    .isEmpty();
        } finally {
            browser.quit();
        }
    }
}
