package io.newsflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.newsflow.store.persist.SearchQuery;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The search phase's queries are ones the API takes, and name what the generated store holds. */
class SearchMixTest {

    @Test
    void every_query_of_every_kind_is_valid_search_syntax_and_a_valid_url() {
        for (SearchMix.Kind kind : SearchMix.kinds(100_000)) {
            for (SearchMix.Search search : kind.searches()) {
                assertThatCode(() -> SearchQuery.parse(search.q())).as(kind.name() + ": " + search)
                        .doesNotThrowAnyException();
                assertThat(URI.create("http://127.0.0.1/api/articles?" + search.queryString()).getRawQuery())
                        .as("sent percent-encoded").doesNotContain(" ", "\"");
            }
        }
    }

    @Test
    void rare_words_are_story_numbers_spread_over_the_stored_stories() {
        SearchMix.Kind rare = SearchMix.kinds(300).get(1);

        assertThat(rare.name()).isEqualTo("rare word");
        assertThat(rare.searches()).extracting(SearchMix.Search::q)
                .containsExactly("15", "45", "75", "105", "135", "165", "195", "225", "255", "285");
    }

    @Test
    void a_filtered_search_sends_q_beside_the_entity_and_a_twelfth_of_the_stored_dates() {
        SearchMix.Search filtered = SearchMix.kinds(100_000).get(6).search(0);

        assertThat(filtered.queryString()).isEqualTo("q=talks&entity=NATO&from=2022-04-03&to=2022-07-02");
        assertThat(filtered).hasToString("talks [entity=NATO from=2022-04-03 to=2022-07-02]");
    }

    @Test
    void on_a_small_store_the_date_ranges_fall_within_the_days_it_covers() {
        for (SearchMix.Search filtered : SearchMix.kinds(300).get(6).searches()) {
            assertThat(filtered.from()).isAfterOrEqualTo(SearchStore.FIRST_DAY).isBeforeOrEqualTo(filtered.to());
            assertThat(filtered.to()).isBefore(SearchStore.publishedDate(299).plusDays(1));
        }
    }

    @Test
    void the_stored_stories_are_spread_over_three_years_from_the_first_day() {
        assertThat(SearchStore.publishedDate(0)).isEqualTo(SearchStore.FIRST_DAY);
        assertThat(SearchStore.publishedDate(SearchStore.DAYS - 1)).isEqualTo("2024-12-31");
        assertThat(SearchStore.publishedDate(SearchStore.DAYS)).isEqualTo(SearchStore.FIRST_DAY);
    }
}
