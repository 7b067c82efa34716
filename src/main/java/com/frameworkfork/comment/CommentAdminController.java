package com.frameworkfork.comment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/admin/comments")
class CommentAdminController {

    static final int LISTED = 200;

    private final CommentModerationService moderation;

    CommentAdminController(CommentModerationService moderation) {
        this.moderation = moderation;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("comments", moderation.newest(LISTED));
        return "comment/admin/list";
    }

    @PostMapping("/{id}/visibility")
    public String visibility(@PathVariable long id, @RequestParam boolean hidden) {
        moderation.setHidden(id, hidden);
        return "redirect:/admin/comments#comment-" + id;
    }

    @PostMapping("/{id}/delete")
    public String delete(@PathVariable long id) {
        moderation.delete(id);
        return "redirect:/admin/comments?deleted";
    }
}
