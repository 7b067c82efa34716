package com.frameworkfork.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.frameworkfork.support.StandaloneSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The site will not start with a short or common admin password, and has no account without one. */
@ExtendWith(OutputCaptureExtension.class)
class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.withBundledList();

    @ParameterizedTest
    @ValueSource(strings = {"short", "elevenchars", "Tr0ub4dor&3"})
    void passwordsShorterThanTwelveCharactersAreRefused(String password) {
        assertThatThrownBy(() -> policy.checkFirstAdministrator(password))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessageContaining("at least 12 characters")
                .hasMessageNotContaining(password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "123456789012", "qwertyuiop123", "iloveyou1234", "PASSWORD1234",
            "QwertyUiop123", "administrator1", "frameworkfork123"})
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertThatThrownBy(() -> policy.checkFirstAdministrator(password))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessageContaining("common passwords")
                .hasMessageNotContaining(password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"test-only-Secret-42", "plum orbit kettle mango", "correct-staple-quietly-7"})
    void longUncommonPasswordsAreAccepted(String password) {
        assertThatCode(() -> policy.checkFirstAdministrator(password)).doesNotThrowAnyException();
    }

    /** The analysis is what the operator reads: Spring Boot prints it in place of the stack trace. */
    @Test
    void aWeakPasswordStopsStartUpWithAClearMessage(CapturedOutput output) {
        Throwable failure = catchStartUpFailure("--site.admin.password=password1234");

        WeakPasswordException refusal = findCause(failure);
        FailureAnalysis analysis = new WeakPasswordFailureAnalyzer().analyze(failure);
        assertThat(refusal.getMessage()).contains("common passwords");
        assertThat(analysis.getDescription()).startsWith("The admin password was refused").contains("common passwords");
        assertThat(analysis.getAction()).contains("SITE_ADMIN_PASSWORD").contains("at least 12 characters");
        assertThat(output.getAll()).as("what the operator is told").contains(analysis.getDescription(), analysis.getAction());
    }

    @Test
    void withoutAPasswordThereIsNoAccountAtAll() {
        try (ConfigurableApplicationContext context = StandaloneSite.start("--site.admin.password=")) {
            UserDetailsService accounts = context.getBean(UserDetailsService.class);
            for (String username : List.of("admin", "administrator", "root", "user")) {
                assertThatThrownBy(() -> accounts.loadUserByUsername(username)).isInstanceOf(UsernameNotFoundException.class);
            }
        }
    }

    /** No password, or anything that looks like one, is written down in the main code, configuration or README. */
    @Test
    void noDefaultPasswordIsWrittenDownAnywhere() throws IOException {
        Pattern assignment = Pattern.compile("(?i)(SITE_ADMIN_PASSWORD|admin[-_.]?password)\\s*[=:]\\s*(\\S*)");
        List<Path> files;
        try (Stream<Path> tree = Stream.concat(Files.walk(Path.of("src/main")), Stream.of(Path.of("README.md")))) {
            files = tree.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith("common-passwords.txt"))
                    .filter(p -> !p.toString().matches(".*\\.(ttf|png|ico|woff2?)$")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file);
            // Only empty values and references to the environment, such as ${SITE_ADMIN_PASSWORD:}, may follow.
            assertThat(assignment.matcher(text).results().map(m -> m.group(2).replaceAll("['\"]", "")))
                    .as(file.toString()).allMatch(value -> value.isEmpty() || value.startsWith("$") || value.startsWith("}"));
        }
    }

    private static Throwable catchStartUpFailure(String... args) {
        try (ConfigurableApplicationContext ignored = StandaloneSite.start(args)) {
            throw new AssertionError("The site started with a weak admin password");
        } catch (RuntimeException failure) {
            return failure;
        }
    }

    private static WeakPasswordException findCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WeakPasswordException refusal) {
                return refusal;
            }
        }
        throw new AssertionError("Start-up failed for another reason", failure);
    }
}
