package com.frameworkfork.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.frameworkfork.web.limits.RateLimitExceededException;
import com.frameworkfork.web.maintenance.UnderMaintenanceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Renders the pages for refused reader writes. */
@ControllerAdvice
class RefusedWriteAdvice {

    @ExceptionHandler(UnderMaintenanceException.class)
    public ModelAndView underMaintenance(UnderMaintenanceException refusal, HttpServletRequest request,
                                         HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfter().toSeconds()));
        return page("site/write-paused", HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(RateLimitExceededException.class)
    public ModelAndView rateLimited(RateLimitExceededException refusal, HttpServletRequest request,
                                    HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.getRetryAfterSeconds()));
        ModelAndView page = page("site/rate-limited", HttpStatus.TOO_MANY_REQUESTS, request);
        page.addObject("retryAfterSeconds", refusal.getRetryAfterSeconds());
        return page;
    }

    private ModelAndView page(String view, HttpStatus status, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("held", HeldSubmission.of(request));
        return page;
    }
}
