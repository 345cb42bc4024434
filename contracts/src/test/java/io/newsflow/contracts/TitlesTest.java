package io.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void the_first_sentence_becomes_the_title() {
        assertThat(Titles.derive("NATO met in Brussels. Then it left.")).isEqualTo("NATO met in Brussels");
    }

    @Test
    void a_headline_line_ends_the_title() {
        assertThat(Titles.derive("Bucha massacre\n\nOn Sunday, April 3, ...")).isEqualTo("Bucha massacre");
    }

    @Test
    void a_long_sentence_is_cut_at_a_word_boundary() {
        String title = Titles.derive("word ".repeat(60));
        assertThat(title).hasSizeLessThanOrEqualTo(Titles.MAX_LENGTH).endsWith("word…");
    }
}
