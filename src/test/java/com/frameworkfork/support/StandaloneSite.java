package com.frameworkfork.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.frameworkfork.FrameworkForkApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The site started in the test JVM as it ships, from its own application.yml only (not the tests'
 * shared configuration), on a random port and, unless the arguments name one, a fresh in-memory
 * database. For tests of start-up itself and of a second instance beside a test context.
 */
public final class StandaloneSite {

    private StandaloneSite() {
    }

    public static ConfigurableApplicationContext start(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--spring.config.location=classpath:/application.yml",
                "--server.port=0", "--spring.main.banner-mode=off"));
        if (Arrays.stream(arguments).noneMatch(argument -> argument.startsWith("--spring.datasource.url="))) {
            all.add("--spring.datasource.url=jdbc:h2:mem:standalone-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        all.addAll(Arrays.asList(arguments));
        return new SpringApplicationBuilder(FrameworkForkApplication.class).run(all.toArray(String[]::new));
    }
}
