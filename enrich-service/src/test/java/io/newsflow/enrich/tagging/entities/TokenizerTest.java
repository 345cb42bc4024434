package io.newsflow.enrich.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How an article is cut into tokens: every entity rule and gazetteer match reads these. */
class TokenizerTest {

    final Tokenizer tokenizer = new Tokenizer();

    @Test
    void abbreviations_stay_whole_and_a_possessive_is_split_off() {
        assertThat(texts("The U.S. and the U.N. met at NATO's summit.")).containsExactly(
                "The", "U.S.", "and", "the", "U.N.", "met", "at", "NATO", "'s", "summit", ".");
    }

    @Test
    void an_initial_before_a_name_keeps_its_full_stop_but_a_capital_ending_a_sentence_does_not() {
        assertThat(texts("M. Atherton batted for group B."))
                .containsExactly("M.", "Atherton", "batted", "for", "group", "B", ".");
    }

    @Test
    void hyphens_and_apostrophes_join_words_handles_and_hashtags_keep_their_sign() {
        assertThat(texts("@SecBlinken's mother-in-law won't tweet #StandWithUkraine — or 1,000 times ½-price"))
                .containsExactly("@SecBlinken", "'s", "mother-in-law", "won't", "tweet", "#StandWithUkraine", "—",
                        "or", "1", ",", "000", "times", "½-price");
    }

    @Test
    void a_run_of_joins_is_cut_after_eight_and_a_lone_sign_is_punctuation() {
        assertThat(texts("a-b-c-d-e-f-g-h-i-j @ # -x")).containsExactly(
                "a-b-c-d-e-f-g-h-i", "-", "j", "@", "#", "-", "x");
    }

    @Test
    void offsets_lines_and_sentence_starts_follow_the_text() {
        String text = "KYIV, Ukraine\r\n\r\nShelling \u00a0resumed. “Enough,” said Kuleba 😀.";

        assertThat(tokenizer.tokenize(text))
                .extracting(Token::text, Token::start, Token::line, Token::sentenceStart)
                .containsExactly(
                        tuple("KYIV", 0, 0, true), tuple(",", 4, 0, false), tuple("Ukraine", 6, 0, false),
                        tuple("Shelling", 17, 2, true), tuple("\u00a0", 26, 2, false), tuple("resumed", 27, 2, false),
                        tuple(".", 34, 2, false), tuple("“", 36, 2, false), tuple("Enough", 37, 2, true),
                        tuple(",", 43, 2, false), tuple("”", 44, 2, false), tuple("said", 46, 2, false),
                        tuple("Kuleba", 51, 2, false), tuple("😀", 58, 2, false), tuple(".", 60, 2, false));
        assertThat(tokenizer.tokenize(text)).allSatisfy(token ->
                assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text()));
    }

    private List<String> texts(String text) {
        return tokenizer.tokenize(text).stream().map(Token::text).toList();
    }
}
