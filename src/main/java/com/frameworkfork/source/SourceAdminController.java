package com.frameworkfork.source;

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
@RequestMapping("/admin/sources")
class SourceAdminController {

    private static final String FORM = "source/admin/form";
    private static final String DELETE = "source/admin/delete";

    private final SourceEditingService editing;

    SourceAdminController(SourceEditingService editing) {
        this.editing = editing;
    }

    /** Only the editor's own fields are bound, as in the article editor. */
    @InitBinder("sourceForm")
    void bindOnlyTheEditorsFields(WebDataBinder binder) {
        binder.setAllowedFields("code", "label", "title", "publisher", "published", "publishedLabel", "checked",
                "kind", "url", "licence", "note");
    }

    @GetMapping
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                       @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("sources", editing.list(q, kind, page));
        return "source/admin/list";
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
    public Object saveNew(@ModelAttribute("sourceForm") SourceForm form, BindingResult errors, Model model) {
        return submit(null, form, errors, model);
    }

    @PostMapping("/{id}")
    public Object save(@PathVariable long id, @ModelAttribute("sourceForm") SourceForm form, BindingResult errors,
                       Model model) {
        return submit(id, form, errors, model);
    }

    /** Deleting asks first, on a page of its own, which also says where the source is still cited. */
    @GetMapping("/{id}/delete")
    public String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("deletion", editing.deletion(id));
        return DELETE;
    }

    @PostMapping("/{id}/delete")
    public Object delete(@PathVariable long id, Model model) {
        SourceDeletion deletion;
        try {
            deletion = editing.delete(id);
        } catch (DataIntegrityViolationException stillReferenced) {
            deletion = editing.deletion(id).refusedByTheDatabase();
        }
        if (deletion.allowed()) {
            return "redirect:/admin/sources?deleted";
        }
        model.addAttribute("deletion", deletion);
        model.addAttribute("refused", true);
        return new ModelAndView(DELETE, model.asMap(), HttpStatus.CONFLICT);
    }

    private Object submit(Long id, SourceForm form, BindingResult errors, Model model) {
        SourceSaveResult result = editing.save(id, form, errors);
        if (result.isSaved()) {
            return "redirect:/admin/sources/" + result.savedId() + "/edit?saved";
        }
        show(result.editor(), model);
        return new ModelAndView(FORM, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private static String show(SourceEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("sourceForm", editor.form());
        return FORM;
    }
}
