package com.frameworkfork.decision.quiz;

import com.frameworkfork.decision.Editors;
import com.frameworkfork.web.ReaderWrite;
import com.frameworkfork.web.limits.ClientAllowance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The questionnaire, one question a page, post-redirect-get on every step. */
@Controller
class QuizController {

    private final QuizService quizService;
    private final Editors editors;

    QuizController(QuizService quizService, Editors editors) {
        this.quizService = quizService;
        this.editors = editors;
    }

    @GetMapping("/decide")
    String intro(Model model) {
        model.addAttribute("intro", quizService.introduction());
        model.addAttribute("editor", editors.signedIn());
        return "decision/intro";
    }

    /** With {@code from}, the new quiz starts with that verdict's answers chosen (and, with {@code question}, one changed). */
    @PostMapping("/decide")
    String start(@RequestParam(required = false) String from, @RequestParam(required = false) String question,
                 @RequestParam(required = false) String answer) {
        StepOutcome.NextQuestion first = quizService.start(from, question, answer);
        return "redirect:/decide/" + first.quizId() + "/" + first.key();
    }

    /** A question earlier answers made moot (a skipped one, an unneeded tie-break) leads on to the one to answer. */
    @GetMapping("/decide/{quizId}/{key}")
    String question(@PathVariable String quizId, @PathVariable String key,
                    @RequestParam(required = false) String refused, Model model) {
        StepOutcome outcome = quizService.question(quizId, key, StepOutcome.Refusal.of(refused).orElse(null));
        if (outcome instanceof StepOutcome.NextQuestion next) {
            return "redirect:/decide/" + next.quizId() + "/" + next.key();
        }
        model.addAttribute("question", ((StepOutcome.Show) outcome).page());
        model.addAttribute("editor", editors.signedIn());
        return "decision/question";
    }

    /**
     * The client's allowance for new verdicts is used only when this step makes one. A refused answer
     * redirects back to its question too (post-redirect-get), so the browser's Back button never offers
     * to send the form again; the reason travels in the address, as readers have no session.
     */
    @PostMapping("/decide/{quizId}/{key}")
    String answer(@PathVariable String quizId, @PathVariable String key,
                  @RequestParam(name = "answer", required = false) String answer,
                  @RequestAttribute(ReaderWrite.ALLOWANCE) ClientAllowance verdictAllowance) {
        StepOutcome outcome = quizService.answer(quizId, key, answer, verdictAllowance::use);
        if (outcome instanceof StepOutcome.NextQuestion next) {
            return "redirect:/decide/" + next.quizId() + "/" + next.key();
        }
        if (outcome instanceof StepOutcome.Finished finished) {
            return "redirect:/verdict/" + finished.verdictId();
        }
        StepOutcome.AskAgain again = (StepOutcome.AskAgain) outcome;
        return "redirect:/decide/" + again.quizId() + "/" + again.key() + "?refused=" + again.refusal().parameter();
    }
}
