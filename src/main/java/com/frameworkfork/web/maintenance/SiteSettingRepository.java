package com.frameworkfork.web.maintenance;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteSettingRepository extends JpaRepository<SiteSetting, String> {
}
