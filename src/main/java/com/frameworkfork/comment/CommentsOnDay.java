package com.frameworkfork.comment;

import java.time.LocalDate;

record CommentsOnDay(LocalDate day, long comments) {
}
