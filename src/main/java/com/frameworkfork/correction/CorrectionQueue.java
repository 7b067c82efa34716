package com.frameworkfork.correction;

import java.util.List;

import com.frameworkfork.web.Pagination;
import org.springframework.data.domain.Page;

/** One page of the suggestions editors see, with how many are still open. */
record CorrectionQueue(CorrectionQuery query, List<CorrectionSuggestion> suggestions, Pagination pages, long open) {

    CorrectionQueue(CorrectionQuery query, Page<CorrectionSuggestion> page, long open) {
        this(query.onPage(page.getNumber() + 1), page.getContent(),
                Pagination.of(page, number -> query.onPage(number).href()), open);
    }
}
