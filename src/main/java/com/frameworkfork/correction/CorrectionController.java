package com.frameworkfork.correction;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.frameworkfork.web.limits.RateLimitExceededException;
import com.frameworkfork.web.maintenance.UnderMaintenanceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The reader's side of corrections: the form, the post and the thank-you page. A post refused by the
 * rate limit or for maintenance comes back to this same form with what was typed, rather than to the
 * site's general refusal pages, which know how to hand back a comment but not a suggestion.
 */
@Controller
class CorrectionController {

    static final String POST_PATH = "/corrections";
    private static final String FORM_VIEW = "correction/form";

    private final CorrectionService corrections;

    CorrectionController(CorrectionService corrections) {
        this.corrections = corrections;
    }

    /** Only the form's own fields are bound, as on the comment form. */
    @InitBinder("correctionForm")
    void bindOnlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("page", "part", "problem", "link", "website");
    }

    @GetMapping("/corrections/new")
    ModelAndView form(@RequestParam(required = false) String page, @RequestParam(required = false) String part) {
        CorrectionSubject subject = corrections.subject(page, part);
        CorrectionForm form = new CorrectionForm();
        form.setPage(subject.page());
        form.setPart(subject.part());
        return formPage(subject, form, Map.of(), HttpStatus.OK);
    }

    @PostMapping(POST_PATH)
    ModelAndView post(@ModelAttribute CorrectionForm form) {
        CorrectionSubmission outcome = corrections.submit(form);
        if (outcome instanceof CorrectionSubmission.Rejected rejected) {
            return formPage(rejected.subject(), rejected.form(), rejected.errors(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return new ModelAndView("redirect:" + ((CorrectionSubmission.Accepted) outcome).location());
    }

    @GetMapping("/corrections/sent")
    ModelAndView sent(@RequestParam(required = false) String page, @RequestParam(required = false) String part) {
        ModelAndView thanks = new ModelAndView("correction/sent");
        thanks.addObject("subject", corrections.subject(page, part));
        thanks.addObject("noindex", true);
        return thanks;
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ModelAndView rateLimited(RateLimitExceededException refusal, HttpServletRequest request,
                             HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.getRetryAfterSeconds()));
        long seconds = refusal.getRetryAfterSeconds();
        return refused(request, HttpStatus.TOO_MANY_REQUESTS, "Quite a few suggestions came from your connection in "
                + "the last minute, so this one was not sent yet. You can send it again in "
                + (seconds == 1 ? "1 second." : seconds + " seconds."));
    }

    @ExceptionHandler(UnderMaintenanceException.class)
    ModelAndView underMaintenance(UnderMaintenanceException refusal, HttpServletRequest request,
                                  HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfter().toSeconds()));
        return refused(request, HttpStatus.SERVICE_UNAVAILABLE, "The site is under maintenance, so suggestions are "
                + "paused for a little while. Your text is still here; send it again once maintenance is over.");
    }

    /** The form again, from the refused request's fields. */
    private ModelAndView refused(HttpServletRequest request, HttpStatus status, String message) {
        CorrectionForm form = new CorrectionForm();
        form.setPage(request.getParameter("page"));
        form.setPart(request.getParameter("part"));
        form.setProblem(request.getParameter("problem"));
        form.setLink(request.getParameter("link"));
        ModelAndView page = corrections.find(form.getPage(), form.getPart())
                .map(subject -> formPage(subject, form, Map.of(), status))
                .orElseGet(() -> new ModelAndView("error/404", HttpStatus.NOT_FOUND));
        page.addObject("refusal", message);
        return page;
    }

    private static ModelAndView formPage(CorrectionSubject subject, CorrectionForm form, Map<String, String> errors,
                                         HttpStatus status) {
        ModelAndView page = new ModelAndView(FORM_VIEW, status);
        page.addObject("subject", subject);
        page.addObject("correctionForm", form);
        page.addObject("errors", errors);
        page.addObject("noindex", true);
        return page;
    }
}
