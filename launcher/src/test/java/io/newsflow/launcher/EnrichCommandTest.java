package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.newsflow.enrich.tagging.Taggers;
import org.junit.jupiter.api.Test;

/** How {@code newsflow enrich} refuses a tagger it cannot run: one line that says what to do, no stack trace. */
class EnrichCommandTest {

    private final Console console = new Console();

    @Test
    void an_unknown_tagger_is_refused_naming_the_known_ones() {
        int status = console.type("enrich", "--tagger", "spacy");

        assertThat(status).isEqualTo(2);
        assertThat(console.errors())
                .isEqualTo("newsflow enrich: --tagger=\"spacy\": expected one of builtin, rules, corenlp\n");
    }

    @Test
    void the_corenlp_tagger_without_its_module_is_refused_with_the_command_that_builds_it() {
        assumeFalse(Taggers.isInstalled("corenlp"), "this launcher was built with the CoreNLP tagger");

        int status = console.type("enrich", "--tagger", "corenlp");

        assertThat(status).isEqualTo(2);
        assertThat(console.errors())
                .startsWith("newsflow enrich: --tagger corenlp: the \"corenlp\" tagger is not installed")
                .contains("./mvnw -Pcorenlp -Dmaven.jar.forceCreation=true -DskipTests package -pl launcher -am")
                .doesNotContain("Exception");
    }

    @Test
    void a_file_that_is_not_there_is_named() {
        int status = console.type("enrich", "no-such-articles.jsonl");

        assertThat(status).isEqualTo(2);
        assertThat(console.errors()).endsWith("newsflow enrich: no such file no-such-articles.jsonl\n");
    }
}
