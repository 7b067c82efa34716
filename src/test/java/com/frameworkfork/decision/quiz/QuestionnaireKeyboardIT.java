package com.frameworkfork.decision.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.frameworkfork.support.Browser;
import com.frameworkfork.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole questionnaire with the keyboard only: Tab, Space, Enter and the arrow keys, never a click.
 * Every focus stop must be outlined and clear of the sticky header (WCAG 2.4.7, 2.4.11), and no
 * question may be asked twice (WCAG 3.3.7).
 */
@SiteTest
class QuestionnaireKeyboardIT {

    private static final String STEP = ".*/decide/[A-Za-z0-9_-]+/[a-z]+$";
    private static final String VERDICT = ".*/verdict/[A-Za-z0-9_-]{22}$";

    @LocalServerPort
    private int port;

    private ChromeDriver browser;

    /** Tabs forward until the predicate holds, checking every stop on the way. */
    private WebElement tabTo(String what, Predicate<WebElement> target) {
        for (int stop = 0; stop < 40; stop++) {
            WebElement focused = Browser.tab(browser);
            Browser.assertFocusVisibleAndUnobscured(browser);
            if (target.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + what + " on " + browser.getCurrentUrl());
    }

    private WebElement tabToAnswer() {
        return tabTo("an answer", e -> "radio".equals(e.getDomAttribute("type")));
    }

    private WebElement tabToSubmit() {
        return tabTo("the submit button", e -> "submit".equals(e.getDomAttribute("type")) && e.findElements(By.xpath("ancestor::form[contains(@class,'quiz-')]")).size() == 1);
    }

    private String questionKey() {
        return browser.findElement(By.cssSelector("[data-question]")).getDomAttribute("data-question");
    }

    private String checkedAnswer() {
        return browser.findElements(By.cssSelector("input[name=answer]")).stream()
                .filter(WebElement::isSelected).map(e -> e.getDomAttribute("value")).findFirst().orElse(null);
    }

    private void answerAndGoOn(Keys choice) {
        WebElement answer = tabToAnswer();
        answer.sendKeys(choice);
        assertThat(checkedAnswer()).as("an answer chosen by keyboard on %s", questionKey()).isNotNull();
        String from = browser.getCurrentUrl();
        tabToSubmit().sendKeys(Keys.ENTER);
        Browser.waitForUrl(browser, "(?!" + Pattern.quote(from) + "$).*");
    }

    @Test
    void walkTheQuestionnaireByKeyboardAndShareTheVerdict() {
        browser = Browser.openDesktop();
        String verdictUrl;
        String verdictHeadline;
        try {
            browser.get("http://localhost:" + port + "/decide");
            Browser.assertAccessible(browser, "questionnaire intro");
            tabTo("Start the quiz", e -> e.getText().equals("Start the quiz")).sendKeys(Keys.ENTER);
            Browser.waitForUrl(browser, STEP);
            Browser.assertAccessible(browser, "questionnaire step");
            Browser.screenshot(browser, "quiz-step-1");

            String firstStep = browser.getCurrentUrl();
            tabToSubmit().sendKeys(Keys.ENTER);
            assertThat(Browser.waitFor(browser, By.id("answer-error")).getText()).isNotBlank();
            Browser.assertAccessible(browser, "questionnaire step with an error");
            Browser.screenshot(browser, "quiz-step-error");

            List<String> asked = new ArrayList<>();
            asked.add(questionKey());
            answerAndGoOn(Keys.SPACE);
            assertThat(browser.getCurrentUrl()).matches(STEP).isNotEqualTo(firstStep);

            String secondQuestion = questionKey();
            asked.add(secondQuestion);
            answerAndGoOn(Keys.SPACE);
            assertThat(checkedAnswer()).as("a question not answered yet starts empty").isNull();

            tabTo("the back link", e -> e.getText().contains("Back to the previous question")).sendKeys(Keys.ENTER);
            Browser.waitForUrl(browser, ".*/" + secondQuestion + "$");
            assertThat(checkedAnswer()).as("going back shows the answer already given").isEqualTo("yes");
            WebElement answer = tabToAnswer();
            assertThat(answer.getDomAttribute("value")).as("Tab lands on the chosen answer").isEqualTo("yes");
            answer.sendKeys(Keys.ARROW_DOWN);
            String changed = checkedAnswer();
            assertThat(changed).isNotEqualTo("yes");
            tabToSubmit().sendKeys(Keys.ENTER);
            Browser.waitForUrl(browser, "(?!.*/" + secondQuestion + "$).*");

            while (!browser.getCurrentUrl().matches(VERDICT)) {
                assertThat(asked).as("no question is asked twice (WCAG 3.3.7)").doesNotContain(questionKey());
                asked.add(questionKey());
                answerAndGoOn(asked.size() % 2 == 0 ? Keys.SPACE : Keys.ARROW_DOWN);
            }
            assertThat(browser.findElements(By.cssSelector("[data-testid=reason][data-status=answered]")))
                    .as("every question asked is answered on the verdict").hasSize(asked.size());

            verdictUrl = browser.getCurrentUrl();
            verdictHeadline = browser.findElement(By.tagName("h1")).getText();
            String secondReason = browser.findElement(
                    By.cssSelector("[data-testid=reason][data-question=" + secondQuestion + "] .reason-answer")).getText();
            assertThat(secondReason).as("the verdict uses the changed answer").isNotEqualTo("You answered: Yes");
            Browser.assertAccessible(browser, "verdict");
            Browser.screenshot(browser, "verdict");
        } finally {
            browser.quit();
        }

        ChromeDriver fresh = Browser.openDesktop();
        try {
            fresh.get(verdictUrl);
            assertThat(fresh.findElement(By.tagName("h1")).getText()).isEqualTo(verdictHeadline);
            Browser.screenshot(fresh, "verdict-fresh-browser");
        } finally {
            fresh.quit();
        }
    }
}
