package com.frameworkfork.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SourceRepository extends JpaRepository<Source, Long>, JpaSpecificationExecutor<Source> {

    List<Source> findAllByOrderByCodeAsc();

    Optional<Source> findByCode(String code);

    List<Source> findByCodeIn(Collection<String> codes);

    boolean existsByCode(String code);

    boolean existsByLabelIgnoreCase(String label);

    boolean existsByLabelIgnoreCaseAndIdNot(String label, Long id);
}
