package com.frameworkfork.decision.verdict;

import java.time.Duration;

import com.frameworkfork.web.share.ShareImages;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A verdict's preview image for shared links. A verdict never changes, so its image is drawn once,
 * kept (a bounded number of them), and browsers and link previewers may keep it for a year.
 */
@Controller
class VerdictImageController {

    private final VerdictService verdicts;
    private final ShareImages images;
    private final Cache<String, byte[]> drawn;

    VerdictImageController(VerdictService verdicts, ShareImages images, VerdictProperties properties) {
        this.verdicts = verdicts;
        this.images = images;
        this.drawn = Caffeine.newBuilder().maximumSize(properties.shareImagesKept()).build();
    }

    /** An unknown verdict throws before anything is kept, and answers 404. */
    @GetMapping(VerdictService.SHARE_IMAGE_PATH)
    ResponseEntity<byte[]> image(@PathVariable String id) {
        byte[] png = drawn.get(id, key -> images.png(verdicts.shareCard(key)));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(png);
    }
}
