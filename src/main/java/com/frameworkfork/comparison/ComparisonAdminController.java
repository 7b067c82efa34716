package com.frameworkfork.comparison;

import com.frameworkfork.comparison.ComparisonEditing.Outcome;
import com.frameworkfork.comparison.ComparisonEditing.Target;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The back office's screens for frameworks ({@code /admin/frameworks}) and comparisons
 * ({@code /admin/comparisons/{slug}}): one generic edit screen for every part, a confirmation before
 * anything is removed, and move buttons for order. Forms need no JavaScript; adding a release or a
 * side is a button that shows the form again with one more.
 */
@Controller
class ComparisonAdminController {

    private static final String EDIT = "comparison/admin/edit";
    private static final String LIST = "comparison/admin/list";
    private static final String REMOVE = "comparison/admin/remove";

    private final ComparisonEditing editing;

    ComparisonAdminController(ComparisonEditing editing) {
        this.editing = editing;
    }

    @GetMapping(ComparisonAdminPaths.FRAMEWORKS)
    String frameworks(Model model) {
        model.addAttribute("list", editing.frameworks());
        return LIST;
    }

    @GetMapping(ComparisonAdminPaths.FRAMEWORKS + "/new")
    String newFramework(Model model) {
        return show(new Target(Part.FRAMEWORK, null, null, null), model);
    }

    @PostMapping(ComparisonAdminPaths.FRAMEWORKS)
    Object createFramework(@RequestParam MultiValueMap<String, String> form, Model model) {
        return submit(new Target(Part.FRAMEWORK, null, null, null), form, model);
    }

    @GetMapping(ComparisonAdminPaths.FRAMEWORKS + "/{slug}")
    String framework(@PathVariable String slug, Model model) {
        return show(framework(slug), model);
    }

    @PostMapping(ComparisonAdminPaths.FRAMEWORKS + "/{slug}")
    Object saveFramework(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form, Model model) {
        return submit(framework(slug), form, model);
    }

    @GetMapping(ComparisonAdminPaths.FRAMEWORKS + "/{slug}/remove")
    String confirmFrameworkRemoval(@PathVariable String slug, Model model) {
        model.addAttribute("removal", editing.removal(framework(slug)));
        return REMOVE;
    }

    @PostMapping(ComparisonAdminPaths.FRAMEWORKS + "/{slug}/remove")
    String removeFramework(@PathVariable String slug) {
        return "redirect:" + editing.remove(framework(slug));
    }

    @GetMapping(ComparisonAdminPaths.COMPARISONS)
    String comparisons(Model model) {
        model.addAttribute("list", editing.comparisons());
        return LIST;
    }

    @GetMapping(ComparisonAdminPaths.COMPARISONS + "/{slug}")
    String comparison(@PathVariable String slug, Model model) {
        return show(comparison(slug), model);
    }

    @PostMapping(ComparisonAdminPaths.COMPARISONS + "/{slug}")
    Object saveComparison(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form, Model model) {
        return submit(comparison(slug), form, model);
    }

    @GetMapping(ComparisonAdminPaths.COMPARISONS + "/{slug}/{segment}/new")
    String newPart(@PathVariable String slug, @PathVariable String segment,
                   @RequestParam(required = false) String section, Model model) {
        return show(target(slug, segment, null, section), model);
    }

    @PostMapping(ComparisonAdminPaths.COMPARISONS + "/{slug}/{segment}")
    Object createPart(@PathVariable String slug, @PathVariable String segment,
                      @RequestParam MultiValueMap<String, String> form, Model model) {
        return submit(target(slug, segment, null, form.getFirst("section")), form, model);
    }

    @GetMapping(ComparisonAdminPaths.COMPARISONS + "/{slug}/{segment}/{key}")
    String editPart(@PathVariable String slug, @PathVariable String segment, @PathVariable String key, Model model) {
        return show(target(slug, segment, key, null), model);
    }

    @PostMapping(ComparisonAdminPaths.COMPARISONS + "/{slug}/{segment}/{key}")
    Object savePart(@PathVariable String slug, @PathVariable String segment, @PathVariable String key,
                    @RequestParam MultiValueMap<String, String> form, Model model) {
        return submit(target(slug, segment, key, null), form, model);
    }

    @PostMapping(ComparisonAdminPaths.COMPARISONS + "/{slug}/{segment}/{key}/move")
    String move(@PathVariable String slug, @PathVariable String segment, @PathVariable String key,
                @RequestParam(defaultValue = "") String direction) {
        if (!direction.equals("up") && !direction.equals("down")) {
            throw new PartNotFoundException("a move " + direction);
        }
        return "redirect:" + editing.move(target(slug, segment, key, null), direction.equals("up"));
    }

    @GetMapping(ComparisonAdminPaths.COMPARISONS + "/{slug}/{segment}/{key}/remove")
    String confirmRemoval(@PathVariable String slug, @PathVariable String segment, @PathVariable String key,
                          Model model) {
        model.addAttribute("removal", editing.removal(target(slug, segment, key, null)));
        return REMOVE;
    }

    @PostMapping(ComparisonAdminPaths.COMPARISONS + "/{slug}/{segment}/{key}/remove")
    String remove(@PathVariable String slug, @PathVariable String segment, @PathVariable String key) {
        return "redirect:" + editing.remove(target(slug, segment, key, null));
    }

    private String show(Target target, Model model) {
        model.addAttribute("editor", editing.show(target));
        return EDIT;
    }

    private Object submit(Target target, MultiValueMap<String, String> form, Model model) {
        Outcome outcome = editing.submit(target, form);
        if (outcome.redirect() != null) {
            return "redirect:" + outcome.redirect();
        }
        model.addAttribute("editor", outcome.editor());
        return new ModelAndView(EDIT, model.asMap(), outcome.refused() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
    }

    private static Target framework(String slug) {
        return new Target(Part.FRAMEWORK, null, key(slug), null);
    }

    private static Target comparison(String slug) {
        return new Target(Part.COMPARISON, key(slug), key(slug), null);
    }

    private static Target target(String slug, String segment, String key, String section) {
        Part part = Part.ofSegment(segment).orElseThrow(() -> new PartNotFoundException(segment));
        return new Target(part, key(slug), key == null ? null : key(key), section == null ? null : key(section));
    }

    /** Keys in addresses are the content files' keys; anything else names nothing. */
    private static String key(String value) {
        if (value.length() > 60 || !PartField.KEY.matcher(value).matches()) {
            throw new PartNotFoundException(value);
        }
        return value;
    }
}
