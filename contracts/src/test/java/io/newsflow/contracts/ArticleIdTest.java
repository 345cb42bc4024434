package io.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdTest {

    @Test
    void same_text_with_other_line_endings_and_wrapping_is_the_same_article() {
        assertThat(ArticleId.of("NATO meets\r\nin Brussels.\n")).isEqualTo(ArticleId.of("  NATO meets in   Brussels."));
    }

    @Test
    void different_text_is_a_different_article() {
        assertThat(ArticleId.of("NATO meets in Brussels.")).isNotEqualTo(ArticleId.of("NATO meets in Kyiv."));
    }

    @Test
    void id_is_32_lower_case_hex_digits() {
        assertThat(ArticleId.of("text")).matches("[0-9a-f]{32}");
    }
}
