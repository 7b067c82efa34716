package com.frameworkfork.comparison;

import java.util.List;
import java.util.Map;

import com.frameworkfork.support.Browser;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Getting around the long comparison page in Chromium: on a 390px phone nothing scrolls the page
 * sideways and wide tables scroll in their own box; on a 1366px desktop the contents stay in view
 * beside the sections. Each case is looked at in the light and the dark colour scheme.
 */
@SiteTest
@Order(2)
class ComparisonReadingIT {

    private static final String COMPARISON = "/compare/django-vs-flask";

    @LocalServerPort
    private int port;

    private static void colourScheme(ChromeDriver browser, String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static long number(ChromeDriver browser, String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }

    @Test
    void onAPhoneThePageNeverScrollsSidewaysAndWideTablesScrollInTheirOwnBox() {
        ChromeDriver phone = Browser.open(390, 844);
        try {
            for (String scheme : List.of("light", "dark")) {
                colourScheme(phone, scheme);
                phone.get("http://localhost:" + port + COMPARISON);

                assertThat(number(phone, "return window.innerWidth;")).isEqualTo(390L);
                assertThat(number(phone, "return document.scrollingElement.scrollWidth;"))
                        .as("width of the page, %s", scheme).isLessThanOrEqualTo(number(phone, "return window.innerWidth;"));
                List<WebElement> wide = phone.findElements(By.cssSelector("[data-testid=wide-table]"));
                assertThat(wide).isNotEmpty();
                for (WebElement region : wide) {
                    long hidden = ((Number) phone.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", region)).longValue();
                    assertThat(hidden).as("%s scrolls in its box", region.getAttribute("aria-label")).isPositive();
                    WebElement hint = (WebElement) phone.executeScript("return arguments[0].previousElementSibling;", region);
                    assertThat(hint.isDisplayed()).as("a visible cue above %s", region.getAttribute("aria-label")).isTrue();
                }
                assertThat(phone.findElement(By.id("contents")).getLocation().getY())
                        .as("the contents come before the sponsored slot")
                        .isLessThan(phone.findElement(By.cssSelector("[data-testid=sponsored-slot]")).getLocation().getY());
                Browser.screenshot(phone, "comparison-390-" + scheme + "-top");
                phone.executeScript("arguments[0].scrollIntoView();", wide.get(0));
                phone.executeScript("arguments[0].scrollLeft = 120;", wide.get(0));
                Browser.screenshot(phone, "comparison-390-" + scheme + "-wide-table");
                phone.executeScript("document.getElementById('sources').scrollIntoView();");
                Browser.screenshot(phone, "comparison-390-" + scheme + "-sources");
                phone.executeScript("document.querySelector('#community .disagreement').scrollIntoView();");
                Browser.screenshot(phone, "comparison-390-" + scheme + "-disagreement");
                assertThat(number(phone, "return window.scrollX;")).isZero();
            }
            Browser.assertAccessible(phone, "comparison at 390px, dark");
        } finally {
            // The browser is shared with the other browser tests: leave it as it was, not closed.
            colourScheme(phone, "");
        }
    }

    @Test
    void onADesktopTheContentsStayInViewBesideTheSections() {
        ChromeDriver desktop = Browser.open(1366, 900);
        try {
            for (String scheme : List.of("light", "dark")) {
                colourScheme(desktop, scheme);
                desktop.get("http://localhost:" + port + COMPARISON);
                WebElement contents = desktop.findElement(By.id("contents"));
                assertThat(contents.getCssValue("position")).isEqualTo("sticky");
                Browser.screenshot(desktop, "comparison-1366-" + scheme + "-top");

                for (String section : List.of("performance", "sources")) {
                    desktop.executeScript("document.getElementById(arguments[0]).scrollIntoView();", section);
                    Map<?, ?> box = (Map<?, ?>) desktop.executeScript("""
                            const toc = document.getElementById('contents').getBoundingClientRect();
                            const body = document.getElementById(arguments[0]).getBoundingClientRect();
                            return {top: toc.top, bottom: toc.bottom, right: toc.right, sectionLeft: body.left,
                                    height: window.innerHeight};""", section);
                    assertThat(((Number) box.get("top")).doubleValue()).as("contents in view at #%s", section).isGreaterThanOrEqualTo(0);
                    assertThat(((Number) box.get("bottom")).doubleValue()).as("contents in view at #%s", section)
                            .isLessThanOrEqualTo(((Number) box.get("height")).doubleValue());
                    assertThat(((Number) box.get("right")).doubleValue()).as("beside, not above, #%s", section)
                            .isLessThanOrEqualTo(((Number) box.get("sectionLeft")).doubleValue());
                    Browser.screenshot(desktop, "comparison-1366-" + scheme + "-" + section);
                }
            }
            Browser.assertAccessible(desktop, "comparison at 1366px, dark");
        } finally {
            colourScheme(desktop, "");
        }
    }
}
