package com.frameworkfork.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<Source, Long> {

    List<Source> findAllByOrderByCodeAsc();

    Optional<Source> findByCode(String code);

    List<Source> findByCodeIn(Collection<String> codes);

    boolean existsByCode(String code);
}
