package io.newsflow.enrich.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Json;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TextSketchTest {

    static final String TEXT = "The council approved the budget on Tuesday after a long debate about road repairs, "
            + "bus routes and the new fire station that residents on the east side have asked for since 2019.";

    @Test
    void the_same_words_are_fully_similar_whatever_the_case_and_punctuation() {
        assertThat(TextSketch.of(TEXT).similarity(TextSketch.of(TEXT.toUpperCase().replace(",", " ;")))).isEqualTo(1.0);
    }

    @Test
    void texts_without_a_run_of_eight_words_in_common_are_not_similar() {
        String other = "Rivertown United won the regional cup for the first time in forty years on Saturday.";

        assertThat(TextSketch.of(TEXT).similarity(TextSketch.of(other))).isZero();
        assertThat(TextSketch.of(TEXT).similarity(TextSketch.of(""))).isZero();
    }

    @Test
    void a_text_inside_a_longer_one_is_fully_found_in_it() {
        String longer = "Rivertown United won the regional cup for the first time in forty years. " + TEXT;

        assertThat(TextSketch.of(TEXT).similarity(TextSketch.of(longer))).isEqualTo(1.0);
    }

    @Test
    void a_sketch_survives_its_json_form_and_keeps_only_the_smallest_hashes() throws IOException {
        var words = new StringBuilder(TEXT.repeat(20));
        for (int i = 0; i < 300; i++) {
            words.append(" word").append(i);
        }
        TextSketch sketch = TextSketch.of(words + " " + TEXT.toUpperCase());

        TextSketch back = Json.read(Json.write(sketch), TextSketch.class);

        assertThat(back.encoded()).isEqualTo(sketch.encoded());
        assertThat(back.similarity(sketch)).isEqualTo(1.0);
        assertThat(back.bands()).hasSize(TextSketch.BANDS).isSorted();
    }
}
