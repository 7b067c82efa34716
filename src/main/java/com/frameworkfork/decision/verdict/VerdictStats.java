package com.frameworkfork.decision.verdict;

import java.util.List;

import com.frameworkfork.decision.scoring.Recommendation;

/** How many verdicts recommended each framework. */
public record VerdictStats(long total, long django, long flask, long either) {

    static VerdictStats of(List<RecommendationCount> counts) {
        long django = 0;
        long flask = 0;
        long either = 0;
        for (RecommendationCount count : counts) {
            switch (count.recommendation()) {
                case DJANGO -> django += count.count();
                case FLASK -> flask += count.count();
                case EITHER -> either += count.count();
            }
        }
        return new VerdictStats(django + flask + either, django, flask, either);
    }

    /** These counts with, unless null, one more verdict recommending {@code added} and one fewer recommending {@code removed}. */
    VerdictStats changed(Recommendation added, Recommendation removed) {
        return new VerdictStats(total + (added == null ? 0 : 1) - (removed == null ? 0 : 1),
                django + delta(Recommendation.DJANGO, added, removed), flask + delta(Recommendation.FLASK, added, removed),
                either + delta(Recommendation.EITHER, added, removed));
    }

    private static int delta(Recommendation of, Recommendation added, Recommendation removed) {
        return (of == added ? 1 : 0) - (of == removed ? 1 : 0);
    }

    public int djangoPercent() {
        return percent(django);
    }

    public int flaskPercent() {
        return percent(flask);
    }

    public int eitherPercent() {
        return percent(either);
    }

    private int percent(long part) {
        return total == 0 ? 0 : (int) Math.round(100.0 * part / total);
    }
}
