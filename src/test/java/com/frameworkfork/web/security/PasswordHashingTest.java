package com.frameworkfork.web.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests hash passwords at the cheapest work factor (their {@code config/application.yml}), so
 * this is where the site's own settings are held to a strong one.
 */
class PasswordHashingTest {

    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]\\$(\\d\\d)\\$.{53}");

    @Test
    void asShippedANewPasswordIsABcryptHashOfWorkFactorTenOrMore() throws IOException {
        String hash = encoder("application.yml").encode("correct horse battery staple");

        Matcher bcrypt = BCRYPT.matcher(hash);
        assertThat(bcrypt.matches()).as(hash).isTrue();
        assertThat(Integer.parseInt(bcrypt.group(1))).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aPasswordHashedAtAnotherWorkFactorStillSignsIn() throws IOException {
        String cheap = encoder("config/application.yml").encode("correct horse battery staple");

        assertThat(encoder("application.yml").matches("correct horse battery staple", cheap)).isTrue();
        assertThat(encoder("application.yml").matches("wrong horse battery staple", cheap)).isFalse();
    }

    private static PasswordEncoder encoder(String settingsFile) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load(settingsFile, new ClassPathResource(settingsFile))
                .forEach(environment.getPropertySources()::addFirst);
        SignInProperties signIn = new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("site.sign-in", SignInProperties.class);
        return new SecurityConfig().passwordEncoder(signIn);
    }
}
