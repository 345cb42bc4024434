package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Headers;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Source;
import io.newsflow.contracts.Topic;
import io.newsflow.contracts.Topics;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The README is the users' reference: it must name every variable, topic, header and event field the code has. */
class ReadmeTest {

    private final String readme = read(Path.of("..", "README.md"));

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_configuration_table_has_a_row_for_every_variable_of_every_service() {
        for (String variable : ServiceVariables.all()) {
            assertThat(readme).as("README row for " + variable).contains("| `" + variable + "` |");
        }
    }

    @Test
    void every_topic_is_documented() {
        for (Topic<?, ?> topic : Topics.ALL) {
            assertThat(readme).as("README names topic " + topic.name()).contains("`" + topic.name() + "`");
        }
    }

    @Test
    void every_header_is_documented() {
        Arrays.stream(Headers.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .forEach(f -> {
                    try {
                        assertThat(readme).as("README names header " + f.getName()).contains((String) f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @Test
    void every_raw_article_and_source_field_has_a_row_in_the_fields_table() {
        for (RecordComponent field : RawArticle.class.getRecordComponents()) {
            if (field.getType() != Source.class) { // documented field by field, below
                assertThat(readme).as("README row for " + field.getName()).contains("| `" + field.getName() + "` |");
            }
        }
        for (RecordComponent field : Source.class.getRecordComponents()) {
            assertThat(readme).as("README row for source." + field.getName())
                    .contains("| `source." + field.getName() + "` |");
        }
    }

    @Test
    void the_two_commands_are_the_run_and_test_commands_ci_uses() {
        assertThat(readme).contains("./newsflow run", "./mvnw verify");
        assertThat(read(Path.of("..", ".ci", "run"))).contains("./mvnw verify");
    }
}
