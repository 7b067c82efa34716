package com.frameworkfork.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work such as writing buffered view counts to the database. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
