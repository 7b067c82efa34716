package com.frameworkfork.comment;

import java.text.NumberFormat;
import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

class PlainTextLengthValidator implements ConstraintValidator<PlainTextLength, String> {

    private PlainTextLength constraint;

    @Override
    public void initialize(PlainTextLength constraint) {
        this.constraint = constraint;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        int length = PlainText.length(constraint.kind().normalize(value));
        if (length >= 1 && length <= constraint.max()) {
            return true;
        }
        NumberFormat readable = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("limit", readable.format(constraint.max()))
                .addMessageParameter("length", readable.format(length))
                .buildConstraintViolationWithTemplate(length == 0 ? constraint.emptyMessage() : constraint.tooLongMessage())
                .addConstraintViolation();
        return false;
    }
}
