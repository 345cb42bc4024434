package io.newsflow.enrich.tagging.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.contracts.DateMention;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Words for the present, the past and the future, which TimeML values as PRESENT_REF, PAST_REF, FUTURE_REF. */
class VagueReferenceTest {

    static final LocalDate APRIL_5_2022 = LocalDate.of(2022, 4, 5);

    final DateTagger tagger = new DateTagger();

    @Test
    void currently_is_the_present_in_an_article_of_april_5_2022() {
        assertThat(tagger.tag("Troops are currently in Kyiv.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::type, DateMention::value, DateMention::relative)
                .containsExactly(tuple("currently", "DATE", "PRESENT_REF", true));
    }

    @Test
    void recently_and_the_past_are_the_past_in_an_article_of_april_5_2022() {
        assertThat(tagger.tag("He recently said it, as in the past and in recent years.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("recently", "PAST_REF"), tuple("the past", "PAST_REF"),
                        tuple("recent years", "PAST_REF"));
    }

    @Test
    void the_past_followed_by_a_unit_is_not_the_past_as_a_whole_on_april_5_2022() {
        assertThat(tagger.tag("Over the past three weeks, prices rose.", APRIL_5_2022))
                .extracting(DateMention::value)
                .doesNotContain("PAST_REF");
    }

    @Test
    void soon_and_the_near_future_are_the_future_in_an_article_of_april_5_2022() {
        assertThat(tagger.tag("Talks will resume soon, in the near future.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("soon", "FUTURE_REF"), tuple("the near future", "FUTURE_REF"));
    }

    @Test
    void as_soon_as_and_the_future_of_a_thing_are_not_dates_on_april_5_2022() {
        assertThat(tagger.tag("Leave as soon as possible; the future of Europe is at stake.", APRIL_5_2022))
                .isEmpty();
    }
}
