package com.frameworkfork.decision.questionnaire;

import java.util.function.Supplier;

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

/**
 * The back office of the questionnaire: the published model and its drafts, every part of a draft on
 * a form of its own, the impact preview, and publishing and deleting, each confirmed on a page of its
 * own. Every form works without JavaScript; a refused form comes back with 422, what was typed, and
 * each problem beside its field.
 */
@Controller
@RequestMapping("/admin/questionnaire")
class QuestionnaireAdminController {

    private static final String NEW = "new";
    private static final String REMOVE = "remove";

    private final QuestionnaireEditing editing;

    QuestionnaireAdminController(QuestionnaireEditing editing) {
        this.editing = editing;
    }

    /** Only the fields each form shows are bound; anything else a request names is ignored. */
    @InitBinder("settingsForm")
    void bindSettings(WebDataBinder binder) {
        binder.setAllowedFields("eitherBelow", "clearFrom", "strongFrom", "note", "djangoTutorial", "flaskTutorial");
    }

    @InitBinder("questionForm")
    void bindQuestion(WebDataBinder binder) {
        binder.setAllowedFields("prompt", "help", "articleId", "sectionId", "kind", "conflictMessage",
                "yesLabel", "yesFavours", "yesWeight", "yesExplanation", "noLabel", "noFavours", "noWeight",
                "noExplanation", "unsureLabel", "unsureFavours", "unsureWeight", "unsureExplanation");
    }

    @InitBinder("thirdOptionForm")
    void bindThirdOption(WebDataBinder binder) {
        binder.setAllowedFields("framework", "when", "heading", "text", "sourceCodes");
    }

    @InitBinder("packageForm")
    void bindPackage(WebDataBinder binder) {
        binder.setAllowedFields("when", "name", "url", "why");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("models", editing.overview());
        return "decision/admin/list";
    }

    @PostMapping("/drafts")
    String createDraft() {
        return "redirect:/admin/questionnaire/" + editing.createDraft() + "?created";
    }

    @GetMapping("/{version:[0-9]+}")
    String model(@PathVariable int version, Model model) {
        return showModel(version, editing.settingsForm(version), model);
    }

    @PostMapping("/{version:[0-9]+}/settings")
    Object saveSettings(@PathVariable int version, @ModelAttribute("settingsForm") SettingsForm form,
                        BindingResult errors, Model model) {
        return guarded(model, () -> {
            if (editing.saveSettings(version, form, errors)) {
                return "redirect:/admin/questionnaire/" + version + "?saved";
            }
            return refused(showModel(version, form, model), model);
        });
    }

    @GetMapping("/{version:[0-9]+}/questions/{key}")
    String question(@PathVariable int version, @PathVariable String key, Model model) {
        return showQuestion(version, key, editing.questionForm(version, key), model);
    }

    @PostMapping("/{version:[0-9]+}/questions/{key}")
    Object saveQuestion(@PathVariable int version, @PathVariable String key,
                        @ModelAttribute("questionForm") QuestionForm form, BindingResult errors, Model model) {
        return guarded(model, () -> {
            if (editing.saveQuestion(version, key, form, errors)) {
                return "redirect:/admin/questionnaire/" + version + "/questions/" + key + "?saved";
            }
            return refused(showQuestion(version, key, form, model), model);
        });
    }

    @GetMapping("/{version:[0-9]+}/third-options/{item}")
    String thirdOption(@PathVariable int version, @PathVariable String item, Model model) {
        return showThirdOption(version, item, editing.thirdOptionForm(version, position(item)), model);
    }

    @PostMapping("/{version:[0-9]+}/third-options/{item}")
    Object saveThirdOption(@PathVariable int version, @PathVariable String item,
                           @RequestParam(defaultValue = "save") String action,
                           @ModelAttribute("thirdOptionForm") ThirdOptionForm form, BindingResult errors, Model model) {
        return guarded(model, () -> {
            Integer position = position(item);
            if (REMOVE.equals(action) && position != null) {
                editing.removeThirdOption(version, position);
                return "redirect:/admin/questionnaire/" + version + "?saved";
            }
            if (editing.saveThirdOption(version, position, form, errors)) {
                return "redirect:/admin/questionnaire/" + version + "?saved";
            }
            return refused(showThirdOption(version, item, form, model), model);
        });
    }

    @GetMapping("/{version:[0-9]+}/packages/{item}")
    String nextStep(@PathVariable int version, @PathVariable String item, Model model) {
        return showPackage(version, item, editing.packageForm(version, position(item)), model);
    }

    @PostMapping("/{version:[0-9]+}/packages/{item}")
    Object saveNextStep(@PathVariable int version, @PathVariable String item,
                        @RequestParam(defaultValue = "save") String action,
                        @ModelAttribute("packageForm") PackageForm form, BindingResult errors, Model model) {
        return guarded(model, () -> {
            Integer position = position(item);
            if (REMOVE.equals(action) && position != null) {
                editing.removePackage(version, position);
                return "redirect:/admin/questionnaire/" + version + "?saved";
            }
            if (editing.savePackage(version, position, form, errors)) {
                return "redirect:/admin/questionnaire/" + version + "?saved";
            }
            return refused(showPackage(version, item, form, model), model);
        });
    }

    @GetMapping("/{version:[0-9]+}/impact")
    Object impact(@PathVariable int version, Model model) {
        return guarded(model, () -> {
            model.addAttribute("screen", editing.model(version));
            model.addAttribute("impact", editing.impact(version));
            return "decision/admin/impact";
        });
    }

    @GetMapping("/{version:[0-9]+}/publish")
    Object confirmPublish(@PathVariable int version, Model model) {
        return guarded(model, () -> {
            return showConfirmation(version, "publish", null, model);
        });
    }

    /** Publishing needs the confirmation box ticked; without it the page asks again. */
    @PostMapping("/{version:[0-9]+}/publish")
    Object publish(@PathVariable int version, @RequestParam(required = false) String confirm, Model model) {
        return guarded(model, () -> {
            if (confirm == null) {
                return refused(showConfirmation(version, "publish",
                        "Tick the box to confirm that new verdicts should use this model.", model), model);
            }
            editing.publish(version);
            return "redirect:/admin/questionnaire/" + version + "?published";
        });
    }

    @GetMapping("/{version:[0-9]+}/delete")
    Object confirmDelete(@PathVariable int version, Model model) {
        return guarded(model, () -> {
            return showConfirmation(version, "delete", null, model);
        });
    }

    @PostMapping("/{version:[0-9]+}/delete")
    Object delete(@PathVariable int version, @RequestParam(required = false) String confirm, Model model) {
        return guarded(model, () -> {
            if (confirm == null) {
                return refused(showConfirmation(version, "delete",
                        "Tick the box to confirm that this draft should be deleted.", model), model);
            }
            editing.delete(version);
            return "redirect:/admin/questionnaire?deleted";
        });
    }

    private String showModel(int version, SettingsForm form, Model model) {
        model.addAttribute("screen", editing.model(version));
        model.addAttribute("settingsForm", form);
        return "decision/admin/model";
    }

    private String showQuestion(int version, String key, QuestionForm form, Model model) {
        model.addAttribute("editor", editing.questionEditor(version, key));
        model.addAttribute("questionForm", form);
        return "decision/admin/question";
    }

    private String showThirdOption(int version, String item, ThirdOptionForm form, Model model) {
        model.addAttribute("editor", editing.adviceEditor(version));
        model.addAttribute("item", item);
        model.addAttribute("thirdOptionForm", form);
        return "decision/admin/third-option";
    }

    private String showPackage(int version, String item, PackageForm form, Model model) {
        model.addAttribute("editor", editing.adviceEditor(version));
        model.addAttribute("item", item);
        model.addAttribute("packageForm", form);
        return "decision/admin/package";
    }

    private String showConfirmation(int version, String action, String error, Model model) {
        model.addAttribute("screen", editing.model(version));
        model.addAttribute("action", action);
        model.addAttribute("error", error);
        if (action.equals("publish")) {
            model.addAttribute("impact", editing.impact(version));
        }
        return "decision/admin/confirm";
    }

    /** A change the model cannot take (it was published): said on a page of its own, with the way on. */
    private static Object guarded(Model model, Supplier<Object> action) {
        try {
            return action.get();
        } catch (ModelNotEditableException refused) {
            model.addAttribute("message", refused.getMessage());
            return new ModelAndView("decision/admin/refused", model.asMap(), HttpStatus.CONFLICT);
        }
    }

    private static ModelAndView refused(String view, Model model) {
        return new ModelAndView(view, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** "new" adds an item; a number names one from 1; anything else names nothing. */
    private static Integer position(String item) {
        if (NEW.equals(item)) {
            return null;
        }
        try {
            return Integer.parseInt(item);
        } catch (NumberFormatException notANumber) {
            throw new ModelNotFoundException(0);
        }
    }
}
