package com.frameworkfork.comment;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

@Controller
class CommentController {

    private final CommentService comments;

    CommentController(CommentService comments) {
        this.comments = comments;
    }

    /**
     * Only the form's own fields are bound: a name such as {@code name[0]}, which the form never
     * sends, would otherwise fail deep in the binder with a 500.
     */
    @InitBinder("commentForm")
    void bindOnlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "body", "website");
    }

    @PostMapping("/articles/{slug}/comments")
    ModelAndView post(@PathVariable String slug, @ModelAttribute CommentForm form) {
        CommentSubmission outcome = comments.submit(slug, form);
        if (outcome instanceof CommentSubmission.Rejected rejected) {
            ModelAndView page = new ModelAndView("article/show", HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("page", rejected.page());
            page.addObject("commentDraft", rejected.draft());
            return page;
        }
        return new ModelAndView("redirect:" + ((CommentSubmission.Accepted) outcome).location());
    }

    /**
     * The article as the author of a held comment sees it: with their comment and a notice that it waits
     * for review. Never a shared page (its address is the author's alone) and never kept by the browser.
     */
    @GetMapping("/articles/{slug}/held/{key}")
    ModelAndView held(@PathVariable String slug, @PathVariable String key) {
        HeldComment held = comments.held(slug, key);
        if (held instanceof HeldComment.Elsewhere elsewhere) {
            return new ModelAndView("redirect:" + elsewhere.location());
        }
        HeldComment.Waiting waiting = (HeldComment.Waiting) held;
        ModelAndView page = new ModelAndView("article/show");
        page.addObject("page", waiting.page());
        page.addObject("heldComment", waiting.comment());
        page.addObject("noindex", true);
        return page;
    }
}
