package com.frameworkfork.comment;

import java.util.OptionalInt;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

class VisibleTextValidator implements ConstraintValidator<VisibleText, String> {

    private PlainText.Kind kind;

    @Override
    public void initialize(VisibleText constraint) {
        this.kind = constraint.kind();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        OptionalInt refused = kind.firstRefused(kind.normalize(value));
        if (refused.isEmpty()) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("character", PlainText.describe(refused.getAsInt()));
        return false;
    }
}
