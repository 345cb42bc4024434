package io.newsflow.enrich.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.contracts.Entity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping CoreNLP's separate mentions into canonical entities, on hand-made mentions (no model needed). */
class EntityGrouperTest {

    final EntityGrouper grouper = new EntityGrouper();

    @Test
    void surname_joins_the_only_full_name_that_ends_with_it() {
        // given
        String text = "Antony Blinken met Ned Price. Blinken left.";
        // when
        var entities = grouper.group(text, mentions(text, "Antony Blinken:PERSON", "Ned Price:PERSON", "Blinken:PERSON"));
        // then
        assertThat(entities).extracting(Entity::key, Entity::name, Entity::mentionCount).containsExactly(
                tuple("person:antony-blinken", "Antony Blinken", 2), tuple("person:ned-price", "Ned Price", 1));
    }

    @Test
    void surname_shared_by_two_people_stays_on_its_own() {
        String text = "Joe Biden and Jill Biden arrived. Biden spoke.";

        var entities = grouper.group(text, mentions(text, "Joe Biden:PERSON", "Jill Biden:PERSON", "Biden:PERSON"));

        assertThat(entities).extracting(Entity::key)
                .containsExactlyInAnyOrder("person:joe-biden", "person:jill-biden", "person:biden");
    }

    @Test
    void bracketed_acronym_and_its_expansion_are_one_entity_keyed_by_the_acronym() {
        String text = "The North Atlantic Treaty Organisation (NATO) met. NATO said more.";

        var entities = grouper.group(text,
                mentions(text, "North Atlantic Treaty Organisation:ORGANIZATION", "NATO:ORGANIZATION", "NATO:ORGANIZATION"));

        assertThat(entities).singleElement().satisfies(nato -> {
            assertThat(nato.key()).isEqualTo("organization:nato");
            assertThat(nato.name()).isEqualTo("North Atlantic Treaty Organisation");
            assertThat(nato.mentions()).extracting(Mention::text)
                    .containsExactly("North Atlantic Treaty Organisation", "NATO", "NATO");
        });
    }

    @Test
    void key_drops_accents_and_apostrophes_so_spellings_meet() {
        String text = "Zelenskyy's aide met José Martí.";

        var entities = grouper.group(text, mentions(text, "José Martí:PERSON"));

        assertThat(entities).extracting(Entity::key).containsExactly("person:jose-marti");
        assertThat(EntityKeys.of(EntityType.PERSON, "O'Brien")).isEqualTo("person:obrien");
    }

    @Test
    void most_named_and_earliest_entity_is_the_most_salient() {
        String text = "Kyiv said. Moscow said. Moscow again. Moscow once more.";

        var entities = grouper.group(text,
                mentions(text, "Kyiv:LOCATION", "Moscow:LOCATION", "Moscow:LOCATION", "Moscow:LOCATION"));

        assertThat(entities).extracting(Entity::name).containsExactly("Moscow", "Kyiv");
        assertThat(entities.get(0).salience()).isEqualTo(1.0);
        assertThat(entities.get(1).salience()).isBetween(0.0, 1.0);
    }

    /** Mentions "surface:TYPE" found in text order, each after the previous one. */
    private static List<Mention> mentions(String text, String... surfaceAndType) {
        var mentions = new ArrayList<Mention>();
        int from = 0;
        for (String each : surfaceAndType) {
            String surface = each.substring(0, each.lastIndexOf(':'));
            int start = text.indexOf(surface, from);
            mentions.add(new Mention(start, start + surface.length(), surface, each.substring(each.lastIndexOf(':') + 1)));
            from = start + surface.length();
        }
        return mentions;
    }
}
