package io.newsflow.enrich.tagging.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Mention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules and canonicalisation on short texts. Names that the gazetteers cannot know (invented ones such as
 * "Quorbel" or "Zarvia") show that a rule, not a list, found them.
 */
class EntityTaggerTest {

    static final Gazetteer GAZETTEER = Gazetteer.load(Optional.empty());

    final EntityTagger tagger = new EntityTagger(GAZETTEER);

    @Test
    void a_surname_after_the_full_name_is_the_same_person() {
        var entities = tagger.tag("Antony Blinken flew to Brussels. Later, Blinken said the images were shocking.");

        assertThat(entity(entities, "person:antony-blinken"))
                .extracting(Entity::name, Entity::type, Entity::mentionCount)
                .containsExactly("Antony Blinken", "PERSON", 2);
        assertThat(entity(entities, "person:antony-blinken").mentions())
                .extracting(Mention::text).containsExactly("Antony Blinken", "Blinken");
    }

    @Test
    void organisations_known_by_their_context_a_place_in_their_name_a_noun_beside_them_or_a_team_plural() {
        var entities = tagger.tag("The report in the Kyiv Quorbel praised the defence of the Zarvans , who beat"
                + " Lomeria in the final. Tyre giant Pellorin said the Zarvans ' coach would stay, the Vostrag"
                + " news agency reported.");

        assertThat(entities).extracting(Entity::name, Entity::type).contains(
                tuple("Kyiv Quorbel", "ORGANIZATION"),
                tuple("Zarvans", "ORGANIZATION"),
                tuple("Pellorin", "ORGANIZATION"),
                tuple("Vostrag", "ORGANIZATION"));
        assertThat(entities).extracting(Entity::name).doesNotContain("Kyiv");
    }

    @Test
    void a_name_ending_in_an_organisation_or_place_word_takes_its_of_phrase() {
        var entities = tagger.tag("The central bank said the National Bank of Zarvia and the Ministry of Foreign"
                + " Affairs met in the Republic of Lomeria.");

        assertThat(entities).extracting(Entity::name, Entity::type).contains(
                tuple("National Bank of Zarvia", "ORGANIZATION"),
                tuple("Ministry of Foreign Affairs", "ORGANIZATION"),
                tuple("Republic of Lomeria", "LOCATION"));
    }

    @Test
    void a_qualifier_such_as_brazilian_born_is_not_part_of_the_name_after_it() {
        var entities = tagger.tag("The striker said that Brazilian-born Luis Quorbel scored twice.");

        assertThat(entities).extracting(Entity::name, Entity::type).contains(
                tuple("Brazilian-born", "MISC"), tuple("Luis Quorbel", "PERSON"));
    }

    @Test
    void a_surname_given_first_joins_the_full_name_given_later() {
        var entities = tagger.tag("Zelenskyy spoke on Monday. Later, Volodymyr Zelenskyy thanked the allies.");

        assertThat(entities).extracting(Entity::key, Entity::name, Entity::mentionCount)
                .containsExactly(tuple("person:volodymyr-zelenskyy", "Volodymyr Zelenskyy", 2));
    }

    @Test
    void an_acronym_in_brackets_and_its_expansion_are_one_entity() {
        var entities = tagger.tag("North Atlantic Treaty Organisation (NATO) ministers met. NATO said it would help.");

        assertThat(entity(entities, "organization:nato"))
                .extracting(Entity::name, Entity::type, Entity::mentionCount)
                .containsExactly("NATO", "ORGANIZATION", 3);
        assertThat(entity(entities, "organization:nato").mentions()).extracting(Mention::text)
                .containsExactly("North Atlantic Treaty Organisation", "NATO", "NATO");
    }

    @Test
    void an_unknown_acronym_in_brackets_is_keyed_by_the_acronym_and_named_by_its_expansion() {
        var entities = tagger.tag("The Eastern Grain Council (EGC) met on Monday. Later the EGC raised prices.");

        assertThat(entity(entities, "organization:egc"))
                .extracting(Entity::name, Entity::mentionCount)
                .containsExactly("Eastern Grain Council", 3);
    }

    @Test
    void an_acronym_alone_gets_the_same_key_as_its_spelled_out_name() {
        var spelled = tagger.tag("The United Nations Security Council will meet.");
        var acronym = tagger.tag("Zelenskyy to brief UNSC body.");

        assertThat(spelled).extracting(Entity::key).contains("organization:unsc");
        assertThat(acronym).extracting(Entity::key).contains("organization:unsc");
    }

    @Test
    void british_and_american_spellings_of_one_organisation_share_an_entity() {
        var entities = tagger.tag(
                "The Ukrainian Defence Ministry said it found bodies. The Defense Ministry added more.");

        assertThat(entity(entities, "organization:ukrainian-defense-ministry"))
                .extracting(Entity::name, Entity::mentionCount)
                .containsExactly("Ukrainian Defence Ministry", 2);
    }

    @Test
    void a_capitalised_word_after_a_title_is_a_person() {
        var entities = tagger.tag("The talks were led by Foreign Minister Quorbel and spokesperson Ada Vintrel.");

        assertThat(entities).extracting(Entity::name, Entity::type)
                .contains(tuple("Quorbel", "PERSON"), tuple("Ada Vintrel", "PERSON"));
    }

    @Test
    void a_title_separated_by_a_comma_still_introduces_the_name() {
        var entities = tagger.tag("US Secretary of State, Quill Marbury embarked on a trip.");

        assertThat(entities).extracting(Entity::name, Entity::type)
                .contains(tuple("Quill Marbury", "PERSON"), tuple("United States", "LOCATION"));
    }

    @Test
    void a_name_before_a_reporting_verb_is_a_person() {
        assertThat(tagger.tag("The facts must be established, Quorbel said."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Quorbel", "PERSON"));
    }

    @Test
    void place_words_and_lists_with_places_make_unknown_names_places() {
        var entities = tagger.tag(
                "Bodies were found in the city of Zarvia. Troops left Zarvia, Molvetz and other towns.");

        assertThat(entities).extracting(Entity::name, Entity::type)
                .containsExactly(tuple("Zarvia", "LOCATION"), tuple("Molvetz", "LOCATION"));
    }

    @Test
    void a_handle_in_brackets_after_a_name_belongs_to_that_person() {
        var entities = tagger.tag("Secretary Antony Blinken (@SecBlinken) wrote to @NATO allies.");

        assertThat(entity(entities, "person:antony-blinken").mentions())
                .extracting(Mention::text, Mention::type)
                .containsExactly(tuple("Antony Blinken", "PERSON"), tuple("@SecBlinken", "HANDLE"));
        assertThat(entity(entities, "organization:nato").mentions())
                .extracting(Mention::text, Mention::type).containsExactly(tuple("@NATO", "HANDLE"));
    }

    @Test
    void a_handle_nobody_claims_is_an_entity_of_its_own() {
        assertThat(tagger.tag("Follow @newsdesk for more."))
                .extracting(Entity::key, Entity::name, Entity::type)
                .containsExactly(tuple("handle:newsdesk", "@newsdesk", "HANDLE"));
    }

    @Test
    void a_possessive_is_not_part_of_the_mention() {
        var entities = tagger.tag("The massacre at Ukraine's Bucha region shocked NATO’s members.");

        assertThat(entities).flatExtracting(Entity::mentions).extracting(Mention::text)
                .contains("Ukraine", "Bucha", "NATO");
    }

    @Test
    void nationalities_are_misc() {
        assertThat(tagger.tag("Russian troops left and Ukrainians returned."))
                .extracting(Entity::name, Entity::type, Entity::mentionCount)
                .containsExactly(tuple("Russian", "MISC", 1), tuple("Ukrainian", "MISC", 1));
    }

    @Test
    void the_last_word_of_a_name_says_whether_it_is_an_event_a_place_or_an_organisation() {
        var entities = tagger.tag("Fans left Quorbel Square for the Zarvia Open , sponsored by Molvetz Holdings .");

        assertThat(entities).extracting(Entity::name, Entity::type).containsExactly(
                tuple("Quorbel Square", "LOCATION"), tuple("Zarvia Open", "MISC"),
                tuple("Molvetz Holdings", "ORGANIZATION"));
    }

    @Test
    void a_word_qualified_by_a_place_is_misc() {
        assertThat(tagger.tag("The Moscow-backed leader met a New York-based lawyer ."))
                .extracting(Entity::name, Entity::type)
                .containsExactly(tuple("Moscow-backed", "MISC"), tuple("New York-based", "MISC"));
    }

    @Test
    void a_sentence_opener_the_article_also_writes_in_lower_case_is_no_name() {
        assertThat(tagger.tag("Traders said prices fell . Other traders disagreed .")).isEmpty();
    }

    @Test
    void sentence_openers_months_and_weekdays_are_not_entities() {
        assertThat(tagger.tag("However, on Monday it rained. Meanwhile April was dry. They said nothing."))
                .isEmpty();
    }

    @Test
    void the_most_central_entity_has_salience_one_and_comes_first() {
        var entities = tagger.tag("NATO met in Brussels. NATO said more. Later NATO and Kyiv spoke.");

        assertThat(entities.get(0)).extracting(Entity::key, Entity::salience).containsExactly("organization:nato", 1.0);
        assertThat(entities).allSatisfy(e -> assertThat(e.salience()).isBetween(0.0, 1.0));
    }

    @Test
    void a_users_gazetteer_folder_extends_the_built_in_lists(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("organizations.txt"), "Quorbel Institute of Light | QIL\n",
                StandardCharsets.UTF_8);
        var extended = new EntityTagger(Gazetteer.load(Optional.of(dir)));

        assertThat(extended.tag("The QIL published figures."))
                .extracting(Entity::key, Entity::name, Entity::type)
                .containsExactly(tuple("organization:qil", "Quorbel Institute of Light", "ORGANIZATION"));
    }

    @Test
    void names_another_tagger_found_get_the_keys_groups_and_handles_of_the_built_in_ones() {
        String text = "The Defence Ministry of Zarvia (@ZarviaMoD) said Quorbel Tannic met NATO. "
                + "Tannic and the Defense Ministry of Zarvia did not comment on Ukraine's request.";
        // As a tagger with tokens of its own reports them: character spans, one with a possessive attached, and a
        // listed organisation it took for something else.
        var found = List.of(mention(text, "Defence Ministry of Zarvia", 0, "ORGANIZATION"),
                mention(text, "Quorbel Tannic", 0, "PERSON"), mention(text, "NATO", 0, "MISC"),
                mention(text, "Tannic", text.indexOf("Tannic and"), "PERSON"),
                mention(text, "Defense Ministry of Zarvia", 0, "ORGANIZATION"),
                mention(text, "Ukraine's", 0, "LOCATION"));

        var entities = tagger.group(text, found);

        assertThat(entities).extracting(Entity::key, Entity::mentionCount).contains(
                tuple("person:quorbel-tannic", 2), tuple("organization:nato", 1), tuple("location:ukraine", 1));
        assertThat(entity(entities, "organization:defense-ministry-of-zarvia").mentions()).extracting(Mention::text)
                .containsExactly("Defence Ministry of Zarvia", "@ZarviaMoD", "Defense Ministry of Zarvia");
        assertThat(entity(entities, "location:ukraine").mentions()).extracting(Mention::text)
                .containsExactly("Ukraine");
    }

    private static Mention mention(String text, String name, int from, String type) {
        int start = text.indexOf(name, from);
        return new Mention(start, start + name.length(), name, type);
    }

    @Test
    void a_very_long_hyphenated_run_is_tokenized_without_overflowing_the_stack() {
        String text = "2022-04-0".repeat(20_000) + " and NATO";

        assertThat(tagger.tag(text)).extracting(Entity::key).containsExactly("organization:nato");
    }

    private static Entity entity(List<Entity> entities, String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + key + " in " + entities));
    }
}
