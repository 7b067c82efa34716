package com.frameworkfork.admin;

import java.time.Clock;
import java.time.LocalDate;

import com.frameworkfork.content.ContentExport;
import com.frameworkfork.content.ContentReview;
import com.frameworkfork.content.ContentStillUsedException;
import com.frameworkfork.content.HeldBackUpdateNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** The content files in the back office: shipped updates waiting for an editor's choice, and the export. */
@Controller
@RequestMapping("/admin/content")
class ContentAdminController {

    private static final String PAGE = "admin/content";

    private final HeldBackUpdates updates;
    private final ContentReview review;
    private final ContentExport export;
    private final Clock clock;

    ContentAdminController(HeldBackUpdates updates, ContentReview review, ContentExport export, Clock clock) {
        this.updates = updates;
        this.review = review;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping
    public String show(Model model) {
        model.addAttribute("updates", updates.all());
        model.addAttribute("exportName", exportName());
        return PAGE;
    }

    @PostMapping("/{id}/shipped")
    public Object takeShipped(@PathVariable long id, Model model) {
        try {
            review.takeShipped(id);
            return "redirect:/admin/content?taken";
        } catch (HeldBackUpdateNotFoundException settledAlready) {
            return "redirect:/admin/content?settled";
        } catch (ContentStillUsedException stillUsed) {
            show(model);
            model.addAttribute("stillUsed", id);
            return new ModelAndView(PAGE, model.asMap(), HttpStatus.CONFLICT);
        }
    }

    @PostMapping("/{id}/current")
    public String keepCurrent(@PathVariable long id) {
        try {
            review.keepCurrent(id);
            return "redirect:/admin/content?kept";
        } catch (HeldBackUpdateNotFoundException settledAlready) {
            return "redirect:/admin/content?settled";
        }
    }

    /** All current content as the shipped files, to unpack into {@code src/main/resources/content/}. */
    @GetMapping("/export")
    public ResponseEntity<byte[]> export() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(exportName()).build().toString())
                .body(export.zip());
    }

    private String exportName() {
        return "framework-fork-content-" + LocalDate.now(clock) + ".zip";
    }
}
