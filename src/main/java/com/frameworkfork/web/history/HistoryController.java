package com.frameworkfork.web.history;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

@Controller
@RequestMapping("/admin/history")
class HistoryController {

    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    @GetMapping
    String recent(@RequestParam(name = "person", defaultValue = "") String person,
                  @RequestParam(name = "kind", defaultValue = "") String kind,
                  @RequestParam(name = "q", defaultValue = "") String text,
                  @RequestParam(name = "sort", defaultValue = "newest") String sort,
                  @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", history.search(person, kind, text, sort, page));
        model.addAttribute("people", history.actors());
        model.addAttribute("kinds", history.kinds());
        model.addAttribute("person", person);
        model.addAttribute("kind", kind);
        model.addAttribute("q", text);
        model.addAttribute("sort", HistoryService.ORDERS.containsKey(sort) ? sort : "newest");
        return "history/admin/list";
    }

    @GetMapping("/{kind}/{id}")
    String object(@PathVariable String kind, @PathVariable String id, Model model) {
        model.addAttribute("history", history.objectHistory(kind, id));
        return "history/admin/object";
    }

    @GetMapping("/{kind}/{id}/versions/{revision}/restore")
    String confirmRestore(@PathVariable String kind, @PathVariable String id, @PathVariable long revision, Model model) {
        model.addAttribute("preview", history.restorePreview(kind, id, revision));
        model.addAttribute("problems", List.of());
        return "history/admin/restore";
    }

    @PostMapping("/{kind}/{id}/versions/{revision}/restore")
    String restore(@PathVariable String kind, @PathVariable String id, @PathVariable long revision, Model model,
                   HttpServletResponse response) {
        List<String> problems = history.restore(kind, id, revision);
        if (problems.isEmpty()) {
            return "redirect:/admin/history/" + kind + "/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8)
                    + "?restored=" + revision;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("preview", history.restorePreview(kind, id, revision));
        model.addAttribute("problems", problems);
        return "history/admin/restore";
    }
}
