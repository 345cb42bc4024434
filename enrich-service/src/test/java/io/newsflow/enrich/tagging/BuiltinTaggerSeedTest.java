package io.newsflow.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.Entity;
import io.newsflow.enrich.SeedArticle;
import io.newsflow.enrich.tagging.entities.Gazetteer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the built-in tagger must find on the two seed articles (issues 2 and 4). */
class BuiltinTaggerSeedTest {

    final Tagger tagger = new BuiltinTagger(Gazetteer.load(Optional.empty()));

    @Test
    void blinken_seed_has_its_people_organisations_and_places() {
        var seed = SeedArticle.read(SeedArticle.BLINKEN);
        var tagging = tagger.tag(seed.text(), seed.publishedDate());

        assertThat(tagging.entities()).extracting(Entity::name, Entity::type).contains(
                tuple("Antony Blinken", "PERSON"), tuple("Joe Biden", "PERSON"), tuple("Ned Price", "PERSON"),
                tuple("Dmytro Kuleba", "PERSON"), tuple("Putin", "PERSON"), tuple("Zelenskyy", "PERSON"),
                tuple("NATO", "ORGANIZATION"), tuple("G7", "ORGANIZATION"), tuple("UNHCR", "ORGANIZATION"),
                tuple("United Nations Security Council", "ORGANIZATION"), tuple("State Department", "ORGANIZATION"),
                tuple("Bucha", "LOCATION"), tuple("Brussels", "LOCATION"), tuple("Belgium", "LOCATION"),
                tuple("Ukraine", "LOCATION"), tuple("Kyiv", "LOCATION"), tuple("Irpin", "LOCATION"),
                tuple("Moscow", "LOCATION"), tuple("Europe", "LOCATION"));
    }

    @Test
    void blinken_seed_groups_the_surname_and_the_unsc_acronym() {
        var seed = SeedArticle.read(SeedArticle.BLINKEN);
        var entities = tagger.tag(seed.text(), seed.publishedDate()).entities();

        assertThat(entities).filteredOn(e -> e.name().equals("Antony Blinken")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).contains("Blinken", "@SecBlinken"));
        assertThat(entities).filteredOn(e -> e.key().equals("organization:unsc")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text())
                        .contains("UNSC", "United Nations Security Council"));
    }

    @Test
    void blinken_seed_dates_are_resolved_against_april_5_2022() {
        var seed = SeedArticle.read(SeedArticle.BLINKEN);
        var dates = tagger.tag(seed.text(), seed.publishedDate()).dates();

        // Vague references ("now" is PRESENT_REF in TimeML) are not calendar dates; the calendar ones are exact.
        assertThat(dates).filteredOn(d -> d.type().equals("DATE") && !d.value().endsWith("_REF"))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(
                        tuple("April 5-7", "2022-04-05/2022-04-07"),
                        tuple("April 5, 2022", "2022-04-05"),
                        tuple("Monday", "2022-04-04"),
                        tuple("Tuesday", "2022-04-05"),
                        tuple("Sunday, April 3", "2022-04-03"),
                        tuple("Sunday, April 3", "2022-04-03"));
        assertThat(dates).extracting(DateMention::text).noneMatch(t -> t.contains("two-day") || t.contains("73"));
    }

    @Test
    void stoltenberg_seed_has_its_people_organisations_and_places() {
        var seed = SeedArticle.read(SeedArticle.STOLTENBERG);
        var tagging = tagger.tag(seed.text(), seed.publishedDate());

        assertThat(tagging.entities()).extracting(Entity::name, Entity::type).contains(
                tuple("Jens Stoltenberg", "PERSON"), tuple("Volodymyr", "PERSON"), tuple("Zelenskyy", "PERSON"),
                tuple("NATO", "ORGANIZATION"), tuple("International Criminal Court", "ORGANIZATION"),
                tuple("United Nations Security Council", "ORGANIZATION"),
                tuple("Bucha", "LOCATION"), tuple("Kyiv", "LOCATION"), tuple("Ukraine", "LOCATION"),
                tuple("Russia", "LOCATION"), tuple("Moscow", "LOCATION"), tuple("Georgia", "LOCATION"),
                tuple("Bosnia and Herzegovina", "LOCATION"), tuple("Crimea", "LOCATION"), tuple("Donbas", "LOCATION"));
        assertThat(tagging.entities()).filteredOn(e -> e.name().equals("Bosnia and Herzegovina")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).containsExactly("Bosnia"));
        assertThat(tagging.entities()).filteredOn(e -> e.key().equals("organization:nato")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text())
                        .contains("North Atlantic Treaty Organisation", "NATO"));
        assertThat(tagging.dates()).filteredOn(d -> !d.value().endsWith("_REF"))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("Tuesday", "2022-04-05"), tuple("Tuesday", "2022-04-05"));
        assertThat(tagging.dates()).extracting(DateMention::text, DateMention::value)
                .contains(tuple("now", "PRESENT_REF"));
    }

    @Test
    void every_offset_on_both_seeds_points_at_the_mention_text() {
        for (String file : new String[] {SeedArticle.BLINKEN, SeedArticle.STOLTENBERG}) {
            var seed = SeedArticle.read(file);
            var tagging = tagger.tag(seed.text(), seed.publishedDate());

            assertThat(tagging.entities()).flatExtracting(Entity::mentions)
                    .allSatisfy(m -> assertThat(seed.text().substring(m.start(), m.end())).isEqualTo(m.text()));
            assertThat(tagging.dates())
                    .allSatisfy(d -> assertThat(seed.text().substring(d.start(), d.end())).isEqualTo(d.text()));
        }
    }

    @Test
    void keys_are_lower_case_type_and_slug() {
        var seed = SeedArticle.read(SeedArticle.BLINKEN);

        assertThat(tagger.tag(seed.text(), seed.publishedDate()).entities()).extracting(Entity::key)
                .allMatch(key -> key.matches("[a-z_]+:[a-z0-9]+(-[a-z0-9]+)*"))
                .contains("organization:nato", "person:antony-blinken", "location:bucha");
    }
}
