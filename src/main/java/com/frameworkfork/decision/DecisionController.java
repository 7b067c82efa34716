package com.frameworkfork.decision;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.frameworkfork.site.ClientAllowance;
import com.frameworkfork.site.PageCache;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/** The questionnaire, one question a page, post-redirect-get on every step. */
@Controller
public class DecisionController {

    private final QuizService quizService;
    private final PageCache pageCache;

    public DecisionController(QuizService quizService, PageCache pageCache) {
        this.quizService = quizService;
        this.pageCache = pageCache;
    }

    @GetMapping("/decide")
    public String intro(HttpServletRequest request, Model model) {
        model.addAttribute("questions", quizService.introduction());
        pageCache.allow(request);
        return "decision/intro";
    }

    @PostMapping("/decide")
    public View start() {
        StepOutcome.NextQuestion first = quizService.start();
        return seeOther("/decide/" + first.quizId() + "/" + first.key());
    }

    @GetMapping("/decide/{quizId}/{key}")
    public String question(@PathVariable String quizId, @PathVariable String key, HttpServletRequest request,
                           Model model) {
        model.addAttribute("question", quizService.question(quizId, key));
        pageCache.allow(request);
        return "decision/question";
    }

    /** The client's allowance for new verdicts is used only when this step makes one. */
    @PostMapping("/decide/{quizId}/{key}")
    public Object answer(@PathVariable String quizId, @PathVariable String key,
                         @RequestParam(name = "answer", required = false) String answer,
                         @RequestAttribute(ClientAllowance.ATTRIBUTE) ClientAllowance verdictAllowance, Model model,
                         HttpServletResponse response) {
        StepOutcome outcome = quizService.answer(quizId, key, answer, verdictAllowance::use);
        if (outcome instanceof StepOutcome.NextQuestion next) {
            return seeOther("/decide/" + next.quizId() + "/" + next.key());
        }
        if (outcome instanceof StepOutcome.Finished finished) {
            return seeOther("/verdict/" + finished.verdictId());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("question", ((StepOutcome.AskAgain) outcome).page());
        return "decision/question";
    }

    private static RedirectView seeOther(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }
}
