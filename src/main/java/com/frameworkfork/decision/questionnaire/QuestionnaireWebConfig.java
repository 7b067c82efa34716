package com.frameworkfork.decision.questionnaire;

import com.frameworkfork.decision.Editors;
import com.frameworkfork.web.AdminScreen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The questionnaire's back office is for editors; publishing a model is further kept to administrators. */
@Configuration(proxyBeanMethods = false)
class QuestionnaireWebConfig {

    @Bean
    AdminScreen questionnaireScreen() {
        return new AdminScreen("/admin/questionnaire/**", "/admin/questionnaire", "Questionnaire", Editors.ROLE, 40);
    }
}
