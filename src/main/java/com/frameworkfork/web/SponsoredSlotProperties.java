package com.frameworkfork.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reserved advertising slot on article and comparison pages. Today it only holds a placeholder;
 * an operator switches it off with {@code site.sponsored.enabled=false}.
 *
 * @param enabled     whether the slot renders at all
 * @param label       the visible label that marks the slot as sponsored
 * @param placeholder the text shown inside the slot while no sponsor is connected
 */
@ConfigurationProperties("site.sponsored")
record SponsoredSlotProperties(@DefaultValue("true") boolean enabled,
                                      @DefaultValue("Sponsored") String label,
                                      @DefaultValue("Reserved space for a sponsor. Nothing is tracked or loaded from elsewhere.") String placeholder) {
}
