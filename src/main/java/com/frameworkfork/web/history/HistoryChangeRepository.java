package com.frameworkfork.web.history;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HistoryChangeRepository extends JpaRepository<HistoryChange, Long> {

    @Query(value = "select c from HistoryChange c join fetch c.revision r where c.kind in :kinds "
            + "and (:actor = '' or r.actor = :actor) "
            + "and (:text = '' or lower(c.label) like concat('%', :text, '%') escape '!')",
            countQuery = "select count(c) from HistoryChange c join c.revision r where c.kind in :kinds "
                    + "and (:actor = '' or r.actor = :actor) "
                    + "and (:text = '' or lower(c.label) like concat('%', :text, '%') escape '!')")
    Page<HistoryChange> search(@Param("kinds") Collection<String> kinds, @Param("actor") String actor,
                               @Param("text") String text, Pageable page);

    @Query("select distinct c.revision.actor from HistoryChange c where c.kind in :kinds order by c.revision.actor")
    List<String> actors(@Param("kinds") Collection<String> kinds);
}
