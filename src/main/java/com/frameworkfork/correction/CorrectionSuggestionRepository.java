package com.frameworkfork.correction;

import java.time.LocalDateTime;
import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CorrectionSuggestionRepository extends JpaRepository<CorrectionSuggestion, Long> {

    Page<CorrectionSuggestion> findByDoneAtIsNull(Pageable page);

    Page<CorrectionSuggestion> findByDoneAtIsNotNull(Pageable page);

    long countByDoneAtIsNull();

    @Modifying
    @Query("update CorrectionSuggestion s set s.doneAt = :at, s.doneBy = :editor where s.id in :ids and s.doneAt is null")
    int markDone(@Param("ids") Collection<Long> ids, @Param("editor") String editor, @Param("at") LocalDateTime at);

    @Modifying
    @Query("update CorrectionSuggestion s set s.doneAt = null, s.doneBy = null where s.id in :ids and s.doneAt is not null")
    int reopen(@Param("ids") Collection<Long> ids);
}
