package com.frameworkfork;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FrameworkForkApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrameworkForkApplication.class, args);
    }
}
