package com.frameworkfork.comment;

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
 * The moderation queue. Every action form carries the queue's search and filters, so the moderator
 * comes back to the same page of the same list; deleting always asks first.
 */
@Controller
@RequestMapping("/admin/comments")
class CommentAdminController {

    private final CommentModerationService moderation;

    CommentAdminController(CommentModerationService moderation) {
        this.moderation = moderation;
    }

    @GetMapping
    public String list(@RequestParam(name = "q", required = false) String text,
                       @RequestParam(required = false) String state, @RequestParam(required = false) String article,
                       @RequestParam(required = false) String page, @RequestParam(required = false) String done,
                       @RequestParam(required = false) String count, Model model) {
        model.addAttribute("queue", moderation.queue(CommentQuery.of(text, state, article, page)));
        model.addAttribute("report", report(BulkAction.ofCode(done), count));
        return "comment/admin/list";
    }

    /** Approves a held comment or shows a hidden one again ({@code hidden=false}), or hides one. */
    @PostMapping("/{id}/visibility")
    public String visibility(@PathVariable long id, @RequestParam boolean hidden,
                             @RequestParam(name = "q", required = false) String text,
                             @RequestParam(required = false) String state,
                             @RequestParam(required = false) String article,
                             @RequestParam(required = false) String page) {
        moderation.setHidden(id, hidden);
        return "redirect:" + CommentQuery.of(text, state, article, page).href() + "#comment-" + id;
    }

    @GetMapping("/{id}/delete")
    public String confirmDeletion(@PathVariable long id, @RequestParam(name = "q", required = false) String text,
                                  @RequestParam(required = false) String state,
                                  @RequestParam(required = false) String article,
                                  @RequestParam(required = false) String page, Model model) {
        List<ModeratedComment> chosen = moderation.chosen(List.of(id));
        if (chosen.isEmpty()) {
            throw new CommentNotFoundException(id);
        }
        return confirmation(chosen, "/admin/comments/" + id + "/delete", CommentQuery.of(text, state, article, page), model);
    }

    @PostMapping("/{id}/delete")
    public String delete(@PathVariable long id, @RequestParam(name = "q", required = false) String text,
                         @RequestParam(required = false) String state, @RequestParam(required = false) String article,
                         @RequestParam(required = false) String page) {
        moderation.delete(id);
        return "redirect:" + CommentQuery.of(text, state, article, page).hrefReporting(BulkAction.DELETE, 1);
    }

    /** Approve, hide or delete the ticked comments; deleting shows them first and asks to confirm. */
    @PostMapping("/bulk")
    public Object bulk(@RequestParam(name = "ids", required = false) List<Long> ids,
                       @RequestParam(required = false) String action,
                       @RequestParam(defaultValue = "false") boolean confirmed,
                       @RequestParam(name = "q", required = false) String text,
                       @RequestParam(required = false) String state, @RequestParam(required = false) String article,
                       @RequestParam(required = false) String page, Model model) {
        CommentQuery query = CommentQuery.of(text, state, article, page);
        BulkAction chosenAction = BulkAction.ofCode(action);
        List<Long> chosen = ids == null ? List.of() : ids;
        if (chosen.isEmpty() || chosenAction == null) {
            model.addAttribute("queue", moderation.queue(query));
            model.addAttribute("bulkError", chosen.isEmpty()
                    ? "Tick at least one comment, then choose what to do with them."
                    : "Choose Approve, Hide or Delete for the ticked comments.");
            return new ModelAndView("comment/admin/list", model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (chosenAction == BulkAction.DELETE && !confirmed) {
            return confirmation(moderation.chosen(chosen), "/admin/comments/bulk", query, model);
        }
        int changed = moderation.apply(chosenAction, chosen);
        return "redirect:" + query.hrefReporting(chosenAction, changed);
    }

    private static String confirmation(List<ModeratedComment> chosen, String action, CommentQuery query, Model model) {
        model.addAttribute("chosen", chosen);
        model.addAttribute("confirmAction", action);
        model.addAttribute("query", query);
        model.addAttribute("backHref", query.href());
        return "comment/admin/delete";
    }

    /** "3 comments approved.", from the address the last action redirected to; null when there is none. */
    private static String report(BulkAction done, String count) {
        if (done == null || count == null || !count.matches("\\d{1,6}")) {
            return null;
        }
        int n = Integer.parseInt(count);
        return (n == 1 ? "1 comment " : n + " comments ") + done.done() + ".";
    }
}
