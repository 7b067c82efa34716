package com.frameworkfork.decision.verdict;

import java.nio.charset.StandardCharsets;

import com.frameworkfork.decision.Editors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class VerdictController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final VerdictService verdictService;
    private final Editors editors;

    VerdictController(VerdictService verdictService, Editors editors) {
        this.verdictService = verdictService;
        this.editors = editors;
    }

    /** Each verdict is read by about one reader, so it is rendered for each request rather than kept. */
    @GetMapping("/verdict/{id}")
    public String verdict(@PathVariable String id, Model model) {
        VerdictPage page = verdictService.page(id, editors.signedIn());
        model.addAttribute("verdict", page);
        model.addAttribute("shareImagePath", page.shareImagePath());
        model.addAttribute("shareImageAlt", page.shareImageAlt());
        return "decision/verdict";
    }

    /** The verdict with one answer changed, not stored; only the verdict itself is for search engines. */
    @GetMapping("/verdict/{id}/if/{question}/{answer}")
    String preview(@PathVariable String id, @PathVariable String question, @PathVariable String answer, Model model) {
        model.addAttribute("verdict", verdictService.preview(id, question, answer));
        model.addAttribute("noindex", true);
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
