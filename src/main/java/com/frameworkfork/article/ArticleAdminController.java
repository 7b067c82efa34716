package com.frameworkfork.article;

import org.springframework.dao.DataIntegrityViolationException;
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
    /** Back from a preview to the editor, with the form as it was. */
    static final String EDIT = "edit";

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
        binder.setAllowedFields("slug", "title", "summary", "categorySlug", "publishedOn", "publishTime",
                "bodyMarkdown", "sourceCodes", "state");
    }

    @GetMapping
    public String list(@RequestParam(name = "q", required = false) String text,
                       @RequestParam(required = false) String state, @RequestParam(required = false) String category,
                       @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                       Model model) {
        model.addAttribute("list", editing.list(ArticleQuery.of(text, state, category, sort, page)));
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

    /** A saved draft or scheduled article as readers will see it. */
    @GetMapping("/{id}/preview")
    public String previewSaved(@PathVariable long id, Model model) {
        ArticlePreviewResult preview = editing.previewSaved(id);
        return preview(preview, ArticlePreviewBanner.ofSaved(id, preview.state()), model);
    }

    @GetMapping("/{id}/delete")
    public String confirmDeletion(@PathVariable long id, Model model) {
        model.addAttribute("deletion", editing.deletion(id));
        return "article/admin/delete";
    }

    @PostMapping("/{id}/delete")
    public Object delete(@PathVariable long id, Model model) {
        try {
            editing.delete(id);
            return "redirect:/admin/articles?deleted";
        } catch (ArticleStillLinkedException linked) {
            model.addAttribute("deletion", linked.deletion());
        } catch (DataIntegrityViolationException linkedUnannounced) {
            // A feature whose table links to articles without telling through ArticleReferences.
            model.addAttribute("deletion", editing.deletion(id));
            model.addAttribute("linkedUnannounced", true);
        }
        return new ModelAndView("article/admin/delete", model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private Object submit(Long id, ArticleForm form, BindingResult errors, String action, Model model) {
        if (EDIT.equals(action)) {
            return show(editing.resume(id, form), model);
        }
        if (PREVIEW.equals(action)) {
            ArticlePreviewResult preview = editing.preview(id, form, errors);
            if (preview.isShown()) {
                return preview(preview, ArticlePreviewBanner.ofForm(id, form, preview.state()), model);
            }
            return rejected(preview.editor(), model);
        }
        ArticleSaveResult result = editing.save(id, form, errors);
        if (result.isSaved()) {
            return "redirect:/admin/articles/" + result.savedId() + "/edit?saved";
        }
        return rejected(result.editor(), model);
    }

    private static ModelAndView rejected(ArticleEditor editor, Model model) {
        show(editor, model);
        return new ModelAndView("article/admin/form", model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private static String preview(ArticlePreviewResult preview, ArticlePreviewBanner banner, Model model) {
        model.addAttribute("page", preview.page());
        model.addAttribute("preview", banner);
        model.addAttribute("noindex", true);
        return "article/show";
    }

    private static String show(ArticleEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("articleForm", editor.form());
        return "article/admin/form";
    }
}
