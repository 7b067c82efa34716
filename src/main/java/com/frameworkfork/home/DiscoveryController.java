package com.frameworkfork.home;

import java.time.Duration;

import com.rometools.rome.feed.atom.Feed;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The files crawlers and feed readers ask for: robots.txt, the sitemap and the Atom feed. */
@RestController
class DiscoveryController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    /** Feed readers poll often; an hour's delay before they see a new article costs nothing. */
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final SitemapService sitemap;
    private final AtomFeedService feed;

    DiscoveryController(SitemapService sitemap, AtomFeedService feed) {
        this.sitemap = sitemap;
        this.feed = feed;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().cacheControl(CACHE).contentType(TEXT).body(sitemap.robotsTxt());
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        return ResponseEntity.ok().cacheControl(CACHE).contentType(XML).body(sitemap.sitemapXml());
    }

    @GetMapping("/feed.xml")
    ResponseEntity<Feed> feed() {
        return ResponseEntity.ok().cacheControl(CACHE).contentType(ATOM).body(feed.feed());
    }
}
