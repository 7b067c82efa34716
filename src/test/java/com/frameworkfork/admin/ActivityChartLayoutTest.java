package com.frameworkfork.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.frameworkfork.decision.verdict.AnswerSplit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ActivityChartLayoutTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 2);

    private static List<Long> thirtyDays(long... lastDays) {
        List<Long> counts = new ArrayList<>(Collections.nCopies(30 - lastDays.length, 0L));
        for (long count : lastDays) {
            counts.add(count);
        }
        return counts;
    }

    @Test
    void everyDayGetsAnEqualSlotInOrderWhetherOrNotItHadActivity() {
        DailyChart chart = ActivityChartLayout.daily("views", FIRST, thirtyDays(4, 0, 8));

        assertThat(chart.days()).hasSize(30);
        assertThat(chart.days()).extracting(DailyChart.Day::date)
                .containsExactlyElementsOf(FIRST.datesUntil(FIRST.plusDays(30)).toList());
        double slot = (double) chart.width() / 30;
        for (int i = 0; i < 30; i++) {
            DailyChart.Day day = chart.days().get(i);
            assertThat(day.x()).isCloseTo(i * slot + ActivityChartLayout.BAR_GAP / 2, within(0.05));
            assertThat(day.barWidth()).isCloseTo(slot - ActivityChartLayout.BAR_GAP, within(0.05));
        }
        assertThat(chart.days().get(29).x() + chart.days().get(29).barWidth()).isLessThanOrEqualTo(chart.width());
    }

    @Test
    void heightsAreInProportionAndTheBusiestDayFillsTheHeight() {
        DailyChart chart = ActivityChartLayout.daily("views", FIRST, thirtyDays(10, 5, 20, 15));

        List<DailyChart.Day> last = chart.days().subList(26, 30);
        assertThat(last).extracting(DailyChart.Day::barHeight).containsExactly(30.0, 15.0, 60.0, 45.0);
        assertThat(chart.height()).isEqualTo(60);
        for (DailyChart.Day day : chart.days()) {
            assertThat(day.y() + day.barHeight()).as("every bar stands on the baseline").isEqualTo(chart.height());
        }
        assertThat(chart.total()).isEqualTo(50);
        assertThat(chart.peak().date()).isEqualTo(FIRST.plusDays(28));
    }

    @Test
    void aDayWithoutActivityHasNoBarAndADayWithLittleStillShows() {
        DailyChart chart = ActivityChartLayout.daily("views", FIRST, thirtyDays(1, 0, 10_000));

        assertThat(chart.days().get(28).barHeight()).isZero();
        assertThat(chart.days().get(27).barHeight()).isEqualTo(ActivityChartLayout.MIN_BAR_HEIGHT);
        assertThat(chart.days().get(29).barHeight()).isEqualTo(60.0);
    }

    @Test
    void thirtyQuietDaysDrawNothingAndNameNoPeak() {
        DailyChart chart = ActivityChartLayout.daily("views", FIRST, thirtyDays());

        assertThat(chart.days()).hasSize(30).allSatisfy(day -> {
            assertThat(day.barHeight()).isZero();
            assertThat(day.y()).isEqualTo(60.0);
            assertThat(Double.isFinite(day.x())).isTrue();
        });
        assertThat(chart.total()).isZero();
        assertThat(chart.peak()).isNull();
    }

    @Test
    void ofEquallyBusyDaysTheLatestIsThePeak() {
        DailyChart chart = ActivityChartLayout.daily("views", FIRST, thirtyDays(7, 3, 7));

        assertThat(chart.peak().date()).isEqualTo(FIRST.plusDays(29));
    }

    private static AnswerSplit split(long yes, long no, long unsure) {
        return new AnswerSplit("api", 1, "Is it an API?", List.of(new AnswerSplit.Share("yes", "Yes", yes),
                new AnswerSplit.Share("no", "No", no), new AnswerSplit.Share("unsure", "Not sure", unsure)));
    }

    @Test
    void answerSharesSitSideBySideInProportionToTheirCounts() {
        AnswerSplitChart chart = ActivityChartLayout.split(split(6, 3, 1));

        assertThat(chart.total()).isEqualTo(10);
        assertThat(chart.parts()).extracting(AnswerSplitChart.Part::width).containsExactly(60.0, 30.0, 10.0);
        assertThat(chart.parts()).extracting(AnswerSplitChart.Part::x).containsExactly(0.0, 60.0, 90.0);
        assertThat(chart.parts()).extracting(AnswerSplitChart.Part::percent).containsExactly(60, 30, 10);
    }

    @Test
    void sharesThatDoNotDivideEvenlyStillEndAtTheBarsEnd() {
        AnswerSplitChart chart = ActivityChartLayout.split(split(1, 1, 1));

        AnswerSplitChart.Part last = chart.parts().get(2);
        assertThat(last.x() + last.width()).isCloseTo(chart.width(), within(0.2));
        assertThat(chart.parts()).extracting(AnswerSplitChart.Part::percent).containsExactly(34, 33, 33);
    }

    @Test
    void wholePercentsAlwaysAddUpToAHundredAndStayWithinOneOfTheExactShare() {
        long[][] splits = {{2, 2, 3}, {1, 1, 1}, {1, 0, 0}, {1, 5, 994}, {7, 7, 7}, {1, 2, 4}, {13, 11, 9}};
        for (long[] counts : splits) {
            long total = counts[0] + counts[1] + counts[2];
            int[] percents = ActivityChartLayout.wholePercents(counts, total);

            assertThat(percents[0] + percents[1] + percents[2]).as(Arrays.toString(counts)).isEqualTo(100);
            for (int i = 0; i < 3; i++) {
                assertThat((double) percents[i]).isCloseTo(100.0 * counts[i] / total, within(1.0));
            }
        }
        assertThat(ActivityChartLayout.wholePercents(new long[] {2, 2, 3}, 7)).containsExactly(29, 28, 43);
    }

    @Test
    void aQuestionNobodyAnsweredYetHasEmptyPartsAndNoDivisionByZero() {
        AnswerSplitChart chart = ActivityChartLayout.split(split(0, 0, 0));

        assertThat(chart.total()).isZero();
        assertThat(chart.parts()).hasSize(3).allSatisfy(part -> {
            assertThat(part.width()).isZero();
            assertThat(part.percent()).isZero();
        });
    }
}
