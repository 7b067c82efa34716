package com.frameworkfork.admin;

import com.frameworkfork.comment.CommentModerationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

@Controller
@RequestMapping("/admin/comments")
public class AdminCommentController {

    static final int LISTED = 200;

    private final CommentModerationService moderation;

    public AdminCommentController(CommentModerationService moderation) {
        this.moderation = moderation;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("comments", moderation.newest(LISTED));
        return "admin/comments";
    }

    @PostMapping("/{id}/visibility")
    public RedirectView visibility(@PathVariable long id, @RequestParam boolean hidden) {
        moderation.setHidden(id, hidden);
        return SeeOther.to("/admin/comments#comment-" + id);
    }

    @PostMapping("/{id}/delete")
    public RedirectView delete(@PathVariable long id) {
        moderation.delete(id);
        return SeeOther.to("/admin/comments?deleted");
    }
}
