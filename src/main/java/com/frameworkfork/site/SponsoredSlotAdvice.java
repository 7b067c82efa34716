package com.frameworkfork.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the {@code site/sponsored :: slot} fragment its configuration on whichever page includes it. */
@ControllerAdvice
public class SponsoredSlotAdvice {

    private final SponsoredSlotProperties sponsored;

    public SponsoredSlotAdvice(SponsoredSlotProperties sponsored) {
        this.sponsored = sponsored;
    }

    @ModelAttribute("sponsoredSlot")
    public SponsoredSlotProperties sponsoredSlot() {
        return sponsored;
    }
}
