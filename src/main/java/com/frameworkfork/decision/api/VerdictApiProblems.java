package com.frameworkfork.decision.api;

import java.util.List;
import java.util.Map;

import com.frameworkfork.decision.DecisionNotFoundException;
import com.frameworkfork.decision.scoring.InvalidAnswersException;
import com.frameworkfork.decision.verdict.Verdict;
import com.frameworkfork.web.limits.RateLimitExceededException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the verdict API into an {@code application/problem+json} body with an
 * {@code errors} list, so a client is told what to fix and never sees an HTML page or a 500.
 * Ordered first so it, not the site's page-rendering advice, answers for the API.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = VerdictApiController.class)
class VerdictApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidAnswersException.class)
    ProblemDetail invalidAnswers(InvalidAnswersException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The answers cannot be scored; see errors for each problem.");
        problem.setTitle("Invalid answers");
        problem.setProperty("errors", exception.problems().stream()
                .map(p -> Map.of("question", p.question(), "message", p.message())).toList());
        return problem;
    }

    @ExceptionHandler(DecisionNotFoundException.class)
    ProblemDetail notFound(DecisionNotFoundException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no verdict with this id.");
        problem.setTitle("Verdict not found");
        problem.setProperty("errors", List.of(Map.of("question", "id", "message", "No verdict has this id.")));
        return problem;
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitExceededException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many verdicts were requested from this client; wait before sending more.");
        problem.setTitle("Too many requests");
        problem.setProperty("errors", List.of(Map.of("question", "request",
                "message", "Retry after " + exception.getRetryAfterSeconds() + " seconds.")));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(exception.getRetryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (NestedExceptionUtils.getRootCause(exception) instanceof RequestBodyTooLargeException tooLarge) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "The body is larger than a verdict request needs.");
            problem.setTitle("Request body too large");
            problem.setProperty("errors", List.of(Map.of("question", "body", "message",
                    "Send at most " + DataSize.ofBytes(tooLarge.getLimitBytes()).toKilobytes()
                            + " KB: the six answers as {\"answers\": {\"api\": \"yes\", ...}}.")));
            return handleExceptionInternal(exception, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not valid JSON.");
        problem.setTitle("Unreadable request");
        problem.setProperty("errors", List.of(Map.of("question", "body",
                "message", "Send a JSON object such as {\"answers\": {\"api\": \"yes\", ...}}.")));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** The standard cases (wrong content type, wrong method...) keep their status and gain an errors list. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        Object problemBody = body == null && exception instanceof ErrorResponse response ? response.getBody() : body;
        if (problemBody instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("errors"))) {
            problem.setProperty("errors", List.of(Map.of("question", "request",
                    "message", problem.getDetail() == null ? "The request was not accepted." : problem.getDetail())));
        }
        return super.handleExceptionInternal(exception, problemBody, headers, status, request);
    }
}
