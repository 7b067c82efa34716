package com.frameworkfork.decision;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import com.frameworkfork.site.PageCache;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
public class VerdictController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final VerdictService verdictService;
    private final PageCache pageCache;

    public VerdictController(VerdictService verdictService, PageCache pageCache) {
        this.verdictService = verdictService;
        this.pageCache = pageCache;
    }

    /** Verdicts never change; only the "what others chose" shares move, and a second's delay there is harmless. */
    @GetMapping("/verdict/{id}")
    public String verdict(@PathVariable String id, HttpServletRequest request, Model model) {
        model.addAttribute("verdict", verdictService.page(id));
        pageCache.allow(request);
        return "decision/verdict";
    }

    @GetMapping("/verdict/{id}.md")
    public ResponseEntity<String> decisionRecord(@PathVariable String id) {
        return ResponseEntity.ok()
                .contentType(MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("django-or-flask-decision.md").build().toString())
                .body(verdictService.decisionRecord(id));
    }
}
