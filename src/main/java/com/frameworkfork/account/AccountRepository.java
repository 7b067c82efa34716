package com.frameworkfork.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findBySetupTokenHash(String setupTokenHash);

    boolean existsByUsername(String username);

    long countByRoleAndEnabledTrue(AccountRole role);

    @Query("select a from Account a where (:text = '' or lower(a.username) like concat('%', lower(:text), '%') escape '!') "
            + "and (:role is null or a.role = :role) and (:enabled is null or a.enabled = :enabled)")
    Page<Account> search(@Param("text") String text, @Param("role") AccountRole role, @Param("enabled") Boolean enabled,
                         Pageable page);
}
