package com.frameworkfork.article;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
@RequestMapping("/admin/articles")
class ArticleAdminController {

    static final String PREVIEW = "preview";

    private final ArticleEditingService editing;

    ArticleAdminController(ArticleEditingService editing) {
        this.editing = editing;
    }

    /**
     * Only the editor's own fields are bound: a name such as {@code title[0]}, which no form sends,
     * would otherwise fail deep in the binder with a 500.
     */
    @InitBinder("articleForm")
    void bindOnlyTheEditorsFields(WebDataBinder binder) {
        binder.setAllowedFields("slug", "title", "summary", "categorySlug", "publishedOn", "bodyMarkdown",
                "sourceCodes", "published");
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("articles", editing.listAll());
        return "article/admin/list";
    }

    @GetMapping("/new")
    public String create(Model model) {
        return show(editing.blank(), model);
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable long id, Model model) {
        return show(editing.edit(id), model);
    }

    @PostMapping
    public Object saveNew(@ModelAttribute("articleForm") ArticleForm form, BindingResult errors,
                          @RequestParam(defaultValue = "save") String action, Model model) {
        return submit(null, form, errors, action, model);
    }

    @PostMapping("/{id}")
    public Object save(@PathVariable long id, @ModelAttribute("articleForm") ArticleForm form, BindingResult errors,
                       @RequestParam(defaultValue = "save") String action, Model model) {
        return submit(id, form, errors, action, model);
    }

    @PostMapping("/{id}/publication")
    public String publication(@PathVariable long id, @RequestParam boolean published) {
        editing.setPublished(id, published);
        return "redirect:/admin/articles";
    }

    private Object submit(Long id, ArticleForm form, BindingResult errors, String action, Model model) {
        if (PREVIEW.equals(action)) {
            return show(editing.preview(id, form), model);
        }
        ArticleSaveResult result = editing.save(id, form, errors);
        if (result.isSaved()) {
            return "redirect:/admin/articles/" + result.savedId() + "/edit?saved";
        }
        show(result.editor(), model);
        return new ModelAndView("article/admin/form", model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private static String show(ArticleEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("articleForm", editor.form());
        return "article/admin/form";
    }
}
