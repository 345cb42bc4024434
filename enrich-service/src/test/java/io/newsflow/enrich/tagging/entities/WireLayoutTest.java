package io.newsflow.enrich.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Mention;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes of wire copy: headlines in capitals, bylines, datelines and results tables. Invented names ("Quorbel",
 * "Zarvia") show that the layout, not a list, typed them.
 */
class WireLayoutTest {

    final EntityTagger tagger = new EntityTagger(EntityTaggerTest.GAZETTEER);

    @Test
    void a_headline_word_is_a_name_only_when_the_story_names_it() {
        var entities = tagger.tag("SPORT - QUORBEL TAKE OVER AT TOP .\nQuorbel 22 points , Molvetz 4");

        assertThat(mentions(entities)).extracting(Mention::text, Mention::type)
                .contains(tuple("QUORBEL", "ORGANIZATION"), tuple("Quorbel", "ORGANIZATION"))
                .doesNotContain(tuple("SPORT", "ORGANIZATION"), tuple("TOP", "ORGANIZATION"));
    }

    @Test
    void a_known_place_in_a_headline_is_found_whatever_its_case() {
        assertThat(mentions(tagger.tag("FLOODS HIT NEW YORK AND BRUSSELS .\nRain fell all day .")))
                .extracting(Mention::text, Mention::type)
                .containsExactly(tuple("NEW YORK", "LOCATION"), tuple("BRUSSELS", "LOCATION"));
    }

    @Test
    void a_known_place_and_a_word_that_types_a_name_make_one_name_in_a_headline() {
        assertThat(mentions(tagger.tag("SQUASH - RESULTS FROM THE HONG KONG OPEN .\nPlay went on .")))
                .extracting(Mention::text, Mention::type)
                .containsExactly(tuple("HONG KONG OPEN", "MISC"));
    }

    @Test
    void the_dateline_names_a_place_and_the_byline_above_it_a_person() {
        var entities = tagger.tag("Storm closes port .\nAda Vintrel\nZARVIA , Ruritania 1996-08-30\nThe port shut .");

        assertThat(mentions(entities)).extracting(Mention::text, Mention::type)
                .contains(tuple("Ada Vintrel", "PERSON"), tuple("ZARVIA", "LOCATION"));
    }

    @Test
    void names_followed_by_scores_are_teams_even_when_they_are_cities() {
        var entities = tagger.tag("Results :\nQuorbel 2 Molvetz Rovers 0\nBOSTON 69 66 .511 6\nFrance 3 Zarvia 1");

        assertThat(mentions(entities)).extracting(Mention::text, Mention::type).contains(
                tuple("Quorbel", "ORGANIZATION"), tuple("Molvetz Rovers", "ORGANIZATION"),
                tuple("BOSTON", "ORGANIZATION"), tuple("France", "LOCATION"), tuple("Zarvia", "ORGANIZATION"));
    }

    @Test
    void two_capitalised_words_with_no_other_cue_are_a_person() {
        assertThat(tagger.tag("The award went to Quill Marbury on the last day ."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Quill Marbury", "PERSON"));
    }

    @Test
    void an_initial_starts_a_personal_name() {
        assertThat(tagger.tag("He was caught by M. Quorbel for 12 ."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("M. Quorbel", "PERSON"));
    }

    private static List<Mention> mentions(List<Entity> entities) {
        return entities.stream().flatMap(e -> e.mentions().stream()).sorted(
                Comparator.comparingInt(Mention::start)).toList();
    }
}
