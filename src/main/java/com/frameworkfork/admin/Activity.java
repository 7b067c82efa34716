package com.frameworkfork.admin;

import java.util.List;

/** The dashboard's activity section: a chart per kind of activity over the same days, and the answer splits. */
record Activity(List<DailyChart> daily, List<AnswerSplitChart> answers) {

    Activity {
        daily = List.copyOf(daily);
        answers = List.copyOf(answers);
    }
}
