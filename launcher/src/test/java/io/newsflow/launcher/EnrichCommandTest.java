package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.newsflow.enrich.tagging.Taggers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code newsflow enrich} refuses a tagger it cannot run: one line that says what to do, no stack trace. */
class EnrichCommandTest {

    final ByteArrayOutputStream errorBytes = new ByteArrayOutputStream();
    final PrintStream errors = new PrintStream(errorBytes, true, StandardCharsets.UTF_8);

    @Test
    void an_unknown_tagger_is_refused_naming_the_known_ones() throws Exception {
        int status = EnrichCommand.run(List.of("--tagger", "spacy"), errors);

        assertThat(status).isEqualTo(2);
        assertThat(errorText()).isEqualTo("newsflow enrich: --tagger \"spacy\": expected one of builtin, rules, corenlp\n");
    }

    @Test
    void the_corenlp_tagger_without_its_module_is_refused_with_the_command_that_builds_it() throws Exception {
        assumeFalse(Taggers.isInstalled("corenlp"), "this launcher was built with the CoreNLP tagger");

        int status = EnrichCommand.run(List.of("--tagger", "corenlp"), errors);

        assertThat(status).isEqualTo(2);
        assertThat(errorText()).startsWith("newsflow enrich: --tagger corenlp: the \"corenlp\" tagger is not installed")
                .contains("./mvnw -Pcorenlp -Dmaven.jar.forceCreation=true -DskipTests package -pl launcher -am")
                .doesNotContain("Exception");
    }

    private String errorText() {
        return errorBytes.toString(StandardCharsets.UTF_8);
    }
}
