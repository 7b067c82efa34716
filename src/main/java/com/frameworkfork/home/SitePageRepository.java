package com.frameworkfork.home;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SitePageRepository extends JpaRepository<SitePage, Long> {

    Optional<SitePage> findBySlug(String slug);
}
