package com.frameworkfork.web.errors;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import com.frameworkfork.support.StandaloneSite;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database the site does not recognise stops start-up with a clear message instead of serving broken pages. */
@ExtendWith(OutputCaptureExtension.class)
class SchemaValidationTest {

    /** A database as this release of the site leaves it: every migration applied, by Flyway itself. */
    private static String migratedDatabase() {
        String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        return url;
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The analysis is what the operator reads: Spring Boot prints it in place of the stack trace. */
    @Test
    void aSchemaFromANewerReleaseStopsStartUp(CapturedOutput output) throws Exception {
        String url = migratedDatabase();
        execute(url, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                + "\"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\") "
                + "VALUES (999, '999', 'from a newer release', 'SQL', 'V999__from_a_newer_release.sql', 1, 'sa', "
                + "CURRENT_TIMESTAMP, 1, TRUE)");

        assertThatThrownBy(() -> StandaloneSite.start("--spring.datasource.url=" + url))
                .hasRootCauseInstanceOf(FlywayValidateException.class)
                .rootCause().hasMessageContaining("999")
                .satisfies(failure -> {
                    FailureAnalysis analysis = new SchemaMismatchFailureAnalyzer().analyze(failure);
                    assertThat(analysis.getDescription()).contains("does not match this version of the site", "999");
                    assertThat(analysis.getAction()).contains("newer version", "./data");
                    assertThat(output.getAll()).as("what the operator is told")
                            .contains(analysis.getDescription(), analysis.getAction());
                });
    }

    @Test
    void anEditedMigrationStopsStartUp() throws Exception {
        String url = migratedDatabase();
        execute(url, "UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '1'");

        assertThatThrownBy(() -> StandaloneSite.start("--spring.datasource.url=" + url))
                .hasRootCauseInstanceOf(FlywayValidateException.class)
                .rootCause().hasMessageContaining("checksum mismatch");
    }
}
