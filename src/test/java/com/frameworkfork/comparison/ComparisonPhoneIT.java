package com.frameworkfork.comparison;

import com.frameworkfork.support.Browser;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison pages on a phone-sized window (375x812) and on a desktop. */
@SiteTest
@Order(3)
class ComparisonPhoneIT {

    private static final String COMPARISON = "/compare/django-vs-flask";

    @LocalServerPort
    private int port;

    private ChromeDriver phone;

    /** Each test gets the phone-sized window again: the desktop test resizes the one browser. */
    @BeforeEach
    void openBrowser() {
        phone = Browser.open(375, 812);
    }

    private long pageOverflow() {
        return (Long) phone.executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth;");
    }

    @Test
    void comparisonFitsAPhoneWithoutScrollingThePageSideways() {
        phone.get("http://localhost:" + port + COMPARISON);

        assertThat((Long) phone.executeScript("return window.innerWidth;")).isEqualTo(375L);
        assertThat(pageOverflow()).as("horizontal overflow of the page, in CSS pixels").isLessThanOrEqualTo(0L);
        assertThat(phone.findElements(By.tagName("h1"))).hasSize(1);
        Browser.assertAccessible(phone, "comparison on a phone");
        Browser.screenshot(phone, "comparison-phone-top");

        phone.executeScript("document.querySelector('.compare-table').scrollIntoView();");
        Browser.screenshot(phone, "comparison-phone-table");
        phone.executeScript("document.querySelector('.compare-section:last-of-type').scrollIntoView();");
        Browser.screenshot(phone, "comparison-phone-end");
        assertThat((Long) phone.executeScript("return window.scrollX;")).isZero();
    }

    @Test
    void sponsoredSlotKeepsItsSizeAndNothingShifts() {
        phone.get("http://localhost:" + port + COMPARISON);

        assertThat(phone.findElement(By.cssSelector("[data-testid=sponsored-slot] .sponsored-space")).getSize().getHeight())
                .isEqualTo(90);
        Number layoutShift = (Number) phone.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let total = 0;
                new PerformanceObserver(list => list.getEntries()
                        .filter(entry => !entry.hadRecentInput).forEach(entry => total += entry.value))
                    .observe({type: 'layout-shift', buffered: true});
                setTimeout(() => done(total), 500);""");
        assertThat(layoutShift.doubleValue()).as("cumulative layout shift").isZero();
    }

    @Test
    void comparisonListFitsAPhone() {
        phone.get("http://localhost:" + port + "/compare");

        assertThat(pageOverflow()).isLessThanOrEqualTo(0L);
        Browser.assertAccessible(phone, "comparison list");
        Browser.screenshot(phone, "compare-list-phone");
    }

    @Test
    void comparisonOnADesktopIsAccessible() {
        ChromeDriver desktop = Browser.openDesktop();
        desktop.get("http://localhost:" + port + COMPARISON);
        Browser.assertAccessible(desktop, "comparison");
        Browser.screenshot(desktop, "comparison-desktop");
    }
}
