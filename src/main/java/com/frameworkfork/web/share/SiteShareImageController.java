package com.frameworkfork.web.share;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The preview image of every page that has none of its own, drawn when first asked for and then kept. */
@Controller
class SiteShareImageController {

    static final String PATH = "/share/site.png";

    private final ShareImages images;
    private volatile byte[] png;

    SiteShareImageController(ShareImages images) {
        this.images = images;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> image() {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(drawn());
    }

    private byte[] drawn() {
        byte[] drawn = png;
        if (drawn == null) {
            drawn = images.png(images.siteCard());
            png = drawn;
        }
        return drawn;
    }
}
