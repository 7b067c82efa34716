package com.frameworkfork.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the {@code site/sponsored :: slot} fragment its configuration on whichever page includes it. */
@ControllerAdvice
class SponsoredSlotAdvice {

    private final SponsoredSlotProperties sponsored;

    SponsoredSlotAdvice(SponsoredSlotProperties sponsored) {
        this.sponsored = sponsored;
    }

    @ModelAttribute("sponsoredSlot")
    public SponsoredSlotProperties sponsoredSlot() {
        return sponsored;
    }
}
