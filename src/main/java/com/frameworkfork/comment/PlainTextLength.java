package com.frameworkfork.comment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Reader text of 1 to {@link #max()} characters once normalized as its {@link #kind()} is stored;
 * whitespace alone counts as empty. The messages may use {@code {limit}} and {@code {length}},
 * both formatted for readers ("4,000").
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextLengthValidator.class)
@interface PlainTextLength {

    int max();

    PlainText.Kind kind();

    String emptyMessage();

    String tooLongMessage();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
