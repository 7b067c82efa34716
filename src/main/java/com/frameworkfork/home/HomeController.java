package com.frameworkfork.home;

import com.frameworkfork.article.ArticleService;
import com.frameworkfork.decision.quiz.QuizService;
import com.frameworkfork.decision.verdict.VerdictService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the questions from the published model, an example verdict it gives, and the newest articles. */
@Controller
class HomeController {

    private static final int NEWEST_ON_HOME = 3;

    private final ArticleService articleService;
    private final QuizService quizService;
    private final VerdictService verdictService;

    HomeController(ArticleService articleService, QuizService quizService, VerdictService verdictService) {
        this.articleService = articleService;
        this.quizService = quizService;
        this.verdictService = verdictService;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("newest", articleService.newest(NEWEST_ON_HOME));
        model.addAttribute("intro", quizService.introduction());
        model.addAttribute("example", verdictService.example().orElse(null));
        return "home/home";
    }
}
