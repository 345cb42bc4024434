package io.newsflow.enrich.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Mention;
import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.enrich.tagging.Taggers;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The CoreNLP tagger on short news texts. Slow (the models take ~15 s to load), hence an IT; one tagger serves the
 * class, found by name exactly as {@code --tagger corenlp} finds it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreNlpTaggerIT {

    static final LocalDate PUBLISHED = LocalDate.of(2022, 4, 5);
    static final String SEED_LIKE = "US Secretary of State Antony Blinken arrived in Brussels on April 5, 2022 to "
            + "attend the North Atlantic Treaty Organisation (NATO) meeting. On Monday, Blinken said NATO allies "
            + "stand with Ukraine.";

    final Tagger tagger = Taggers.create("corenlp", Optional.empty());

    @Test
    void is_found_by_name_and_says_so_in_lineage() {
        assertThat(tagger.name()).isEqualTo(CoreNlpTagger.NAME);
    }

    @Test
    void finds_blinken_nato_and_brussels_in_a_seed_like_text_with_the_gazetteers_canonical_names() {
        var entities = tagger.tag(SEED_LIKE, PUBLISHED).entities();

        // Grouped by the built-in tagger's code: "US" is the gazetteer's United States, under the same key.
        assertThat(entities).extracting(Entity::key, Entity::name, Entity::type).contains(
                tuple("person:antony-blinken", "Antony Blinken", "PERSON"),
                tuple("organization:nato", "NATO", "ORGANIZATION"),
                tuple("location:united-states", "United States", "LOCATION"),
                tuple("location:brussels", "Brussels", "LOCATION"));
    }

    @Test
    void surname_and_acronym_mentions_join_their_full_names() {
        var entities = tagger.tag(SEED_LIKE, PUBLISHED).entities();

        assertThat(entities).filteredOn(e -> e.key().equals("person:antony-blinken")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text)
                        .containsExactly("Antony Blinken", "Blinken"));
        assertThat(entities).filteredOn(e -> e.key().equals("organization:nato")).singleElement()
                .satisfies(e -> assertThat(e.mentionCount()).isEqualTo(3));
    }

    @Test
    void dates_are_resolved_against_the_published_date() {
        var dates = tagger.tag(SEED_LIKE, PUBLISHED).dates();

        assertThat(dates).extracting(DateMention::text, DateMention::type, DateMention::value, DateMention::relative)
                .contains(tuple("April 5, 2022", "DATE", "2022-04-05", false),
                        tuple("Monday", "DATE", "2022-04-04", true));
    }

    @Test
    void every_offset_points_at_its_text_even_after_characters_outside_the_bmp() {
        String text = "\uD83D\uDCF0 Breaking: " + SEED_LIKE;

        var tagging = tagger.tag(text, PUBLISHED);

        assertThat(tagging.entities()).flatExtracting(Entity::mentions).isNotEmpty()
                .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(tagging.dates()).isNotEmpty()
                .allSatisfy(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
        assertThat(tagging.entities()).flatExtracting(Entity::mentions).extracting(Mention::text)
                .contains("Antony Blinken", "Brussels");
    }

    @Test
    void pronouns_and_titles_are_not_entities_and_durations_are_not_dates() {
        String text = "Antony Blinken began a two-day trip. He said the 73-year-old alliance stands firm.";

        var tagging = tagger.tag(text, PUBLISHED);

        assertThat(tagging.entities()).flatExtracting(Entity::mentions).extracting(Mention::text)
                .doesNotContain("He");
        assertThat(tagging.dates()).allSatisfy(d -> assertThat(d.type()).isNotEqualTo("DATE"));
    }
}
