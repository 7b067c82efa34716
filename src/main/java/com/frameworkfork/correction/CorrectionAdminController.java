package com.frameworkfork.correction;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Readers' suggestions for editors: the open ones or the done ones, newest first. Every action form
 * carries the list's state and page, so the editor comes back to where they were.
 */
@Controller
@RequestMapping(CorrectionQuery.PATH)
class CorrectionAdminController {

    private final CorrectionService corrections;

    CorrectionAdminController(CorrectionService corrections) {
        this.corrections = corrections;
    }

    @GetMapping
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String page,
                @RequestParam(required = false) String marked, @RequestParam(required = false) String count,
                Model model) {
        model.addAttribute("queue", corrections.queue(CorrectionQuery.of(state, page)));
        model.addAttribute("report", report(marked, count));
        return "correction/admin/list";
    }

    /** Marks one suggestion done ({@code done=true}) or open again. */
    @PostMapping("/{id}/state")
    String mark(@PathVariable long id, @RequestParam boolean done, @RequestParam(required = false) String state,
                @RequestParam(required = false) String page, Principal editor) {
        int changed = corrections.mark(List.of(id), done, editor.getName());
        return "redirect:" + CorrectionQuery.of(state, page).hrefReporting(done, changed);
    }

    /** Marks the ticked suggestions done or open again. */
    @PostMapping("/bulk")
    Object bulk(@RequestParam(name = "ids", required = false) List<Long> ids,
                @RequestParam(required = false) String action, @RequestParam(required = false) String state,
                @RequestParam(required = false) String page, Principal editor, Model model) {
        CorrectionQuery query = CorrectionQuery.of(state, page);
        boolean done = "done".equals(action);
        if (ids == null || ids.isEmpty() || !(done || "open".equals(action))) {
            model.addAttribute("queue", corrections.queue(query));
            model.addAttribute("bulkError", ids == null || ids.isEmpty()
                    ? "Tick at least one suggestion, then choose what to do with them."
                    : "Choose Mark done or Open again for the ticked suggestions.");
            return new ModelAndView("correction/admin/list", model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        int changed = corrections.mark(ids, done, editor.getName());
        return "redirect:" + query.hrefReporting(done, changed);
    }

    /** "3 suggestions marked done.", from the address the last action redirected to; null when there is none. */
    private static String report(String marked, String count) {
        if (!("done".equals(marked) || "open".equals(marked)) || count == null || !count.matches("\\d{1,6}")) {
            return null;
        }
        int n = Integer.parseInt(count);
        return (n == 1 ? "1 suggestion " : n + " suggestions ") + ("done".equals(marked) ? "marked done." : "open again.");
    }
}
