package com.frameworkfork.decision.verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.frameworkfork.support.StartUpSwitches;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** How all verdicts split is shown only from the configured number of verdicts on, with that number. */
@StartUpSwitches
class PublicStatisticsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    VerdictService verdicts;

    private Document verdict(String id) throws Exception {
        return Jsoup.parse(mvc.perform(get("/verdict/" + id)).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theSplitOfAllVerdictsAppearsOnceThereAreEnoughOfThem() throws Exception {
        Map<String, String> flask = new LinkedHashMap<>(Map.of("api", "yes", "admin", "no", "solo", "yes",
                "growth", "no", "learning", "yes"));
        Map<String, String> django = new LinkedHashMap<>(Map.of("api", "no", "admin", "yes", "solo", "no",
                "team", "yes", "growth", "yes", "learning", "no"));
        String id = null;
        for (Map<String, String> answers : List.of(flask, flask, django)) {
            id = verdicts.create(answers, List.of()).id();
            assertThat(verdict(id).select("[data-testid=others]")).as("below the minimum").isEmpty();
        }
        assertThat(verdicts.stats().total()).isEqualTo(3);
        id = verdicts.create(flask, List.of()).id();
        Element others = verdict(id).selectFirst("[data-testid=others]");
        assertThat(others).isNotNull();
        assertThat(others.attr("data-total")).isEqualTo("4");
        assertThat(others.text()).contains("4").contains("75%").contains("25%");
    }
}
