package com.frameworkfork.decision.verdict;

import java.time.LocalDate;

record VerdictsOnDay(LocalDate day, long verdicts) {
}
