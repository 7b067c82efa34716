package com.frameworkfork.web.maintenance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

/**
 * A site-wide setting shared by every instance. Switches people make are written through this entity
 * so they have a history; the content version in the same table is bumped with plain SQL and has none.
 */
@Entity
@Table(name = "site_setting")
@Audited
class SiteSetting {

    @Id
    private String settingName;

    private String settingValue;

    protected SiteSetting() {
    }

    String getSettingName() {
        return settingName;
    }

    String getSettingValue() {
        return settingValue;
    }

    void change(String value) {
        this.settingValue = value;
    }
}
