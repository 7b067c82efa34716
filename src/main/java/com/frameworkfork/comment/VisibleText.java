package com.frameworkfork.comment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Reader text without the characters its {@link #kind()} refuses (see {@link PlainText.Kind}). The
 * message may use {@code {character}}, the first refused character by code point and name, since
 * the reader cannot see it to find it.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VisibleTextValidator.class)
@interface VisibleText {

    PlainText.Kind kind();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
