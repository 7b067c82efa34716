package com.frameworkfork.web.share;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SplitBarTest {

    private static final int WIDTH = 1040;

    @Test
    void partsFillTheBarExactlyInOrderAndNoneWithAValueVanishes() {
        for (int left = 0; left <= 40; left++) {
            for (int right = 0; right <= 40; right++) {
                List<SplitBar.Placed> placed = SplitBar.layout(WIDTH, List.of(left, right), List.of(200, 180));

                assertThat(placed.get(0).x()).isZero();
                assertThat(placed.get(1).x()).isEqualTo(placed.get(0).width());
                assertThat(placed.get(0).width() + placed.get(1).width()).isEqualTo(WIDTH);
                if (left > 0) {
                    assertThat(placed.get(0).width()).isGreaterThanOrEqualTo(SplitBar.MIN_PART);
                }
                if (right > 0) {
                    assertThat(placed.get(1).width()).isGreaterThanOrEqualTo(SplitBar.MIN_PART);
                }
            }
        }
    }

    @Test
    void aPartsWidthFollowsItsShareOfTheTotal() {
        List<SplitBar.Placed> placed = SplitBar.layout(WIDTH, List.of(3, 1), List.of(100, 100));

        assertThat(placed.get(0).width()).isEqualTo(WIDTH * 3 / 4);
    }

    @Test
    void labelsNeverOverlapAndStayInsideTheBarWhenTheyFitSideBySide() {
        for (int parts = 2; parts <= 3; parts++) {
            for (int left = 0; left <= 20; left++) {
                for (int labelWidth = 60; labelWidth <= 500; labelWidth += 40) {
                    List<Integer> values = parts == 2 ? List.of(left, 20 - left) : List.of(left, 1, 20 - left);
                    List<Integer> labels = parts == 2 ? List.of(labelWidth, labelWidth) : List.of(labelWidth, 90, labelWidth);
                    List<SplitBar.Placed> placed = SplitBar.layout(WIDTH, values, labels);

                    int labelsAndGaps = labels.stream().mapToInt(Integer::intValue).sum() + (parts - 1) * SplitBar.LABEL_GAP;
                    for (int i = 1; i < parts; i++) {
                        assertThat(placed.get(i).labelX())
                                .as("label %d of %s with labels %s", i, values, labels)
                                .isGreaterThanOrEqualTo(placed.get(i - 1).labelX() + labels.get(i - 1) + SplitBar.LABEL_GAP);
                    }
                    if (labelsAndGaps <= WIDTH) {
                        assertThat(placed.get(parts - 1).labelX() + labels.get(parts - 1)).isLessThanOrEqualTo(WIDTH);
                    }
                }
            }
        }
    }

    @Test
    void theFirstLabelStartsTheBarAndTheLastEndsIt() {
        List<SplitBar.Placed> placed = SplitBar.layout(WIDTH, List.of(10, 10), List.of(150, 170));

        assertThat(placed.get(0).labelX()).isZero();
        assertThat(placed.get(1).labelX() + 170).isEqualTo(WIDTH);
    }
}
