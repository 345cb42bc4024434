package io.newsflow.enrich.tagging.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.contracts.DateMention;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Quarters, halves, seasons and fiscal years, each with the article date it is resolved against. */
class PartOfYearTest {

    /** A Thursday in the fourth quarter, when companies report on the third. */
    static final LocalDate NOVEMBER_2_1989 = LocalDate.of(1989, 11, 2);
    static final LocalDate MARCH_22_1998 = LocalDate.of(1998, 3, 22);

    final DateTagger tagger = new DateTagger();

    @Test
    void an_ordinal_quarter_without_a_year_is_the_latest_one_begun_by_the_article_of_november_2_1989() {
        assertThat(tagger.tag("Acme posted a third-quarter loss. Sales in the first quarter rose.", NOVEMBER_2_1989))
                .extracting(DateMention::text, DateMention::value, DateMention::relative)
                .containsExactly(tuple("third-quarter", "1989-Q3", true), tuple("the first quarter", "1989-Q1", true));
    }

    @Test
    void a_quarter_with_its_year_is_absolute_in_an_article_of_november_2_1989() {
        assertThat(tagger.tag("It stopped paying in the third quarter of 1984 and in the 1988 second quarter.",
                NOVEMBER_2_1989))
                .extracting(DateMention::text, DateMention::value, DateMention::relative)
                .containsExactly(tuple("the third quarter of 1984", "1984-Q3", false),
                        tuple("the 1988 second quarter", "1988-Q2", false));
    }

    @Test
    void the_quarter_and_a_year_earlier_follow_the_quarter_under_discussion_in_an_article_of_november_2_1989() {
        String text = "Acme reported a fourth-quarter loss. Revenue in the quarter fell from $3 million a year "
                + "earlier, and the year-earlier quarter had a gain.";
        assertThat(tagger.tag(text, NOVEMBER_2_1989))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("fourth-quarter", "1989-Q4"), tuple("the quarter", "1989-Q4"),
                        tuple("a year\nearlier".replace('\n', ' '), "1988-Q4"), tuple("the year-earlier quarter", "1988-Q4"));
    }

    @Test
    void without_a_quarter_named_the_quarter_is_the_last_completed_one_in_an_article_of_november_2_1989() {
        assertThat(tagger.tag("Profit in the latest quarter fell; a year ago it rose.", NOVEMBER_2_1989))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("the latest quarter", "1989-Q3"), tuple("a year ago", "1988-Q3"));
    }

    @Test
    void a_year_earlier_without_any_quarter_is_the_year_before_the_article_of_november_2_1989() {
        assertThat(tagger.tag("The mayor, elected a year earlier, resigned.", NOVEMBER_2_1989))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("a year earlier", "1988"));
    }

    @Test
    void the_current_quarter_is_the_article_quarter_of_november_2_1989() {
        assertThat(tagger.tag("Sales in the current quarter are weak.", NOVEMBER_2_1989))
                .extracting(DateMention::value)
                .containsExactly("1989-Q4");
    }

    @Test
    void halves_use_timeml_h_values_in_an_article_of_november_2_1989() {
        assertThat(tagger.tag("Earnings for the last half of 1989 and the first half will fall.", NOVEMBER_2_1989))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("the last half of 1989", "1989-H2"), tuple("the first half", "1990-H1"));
    }

    @Test
    void seasons_resolve_from_the_article_of_march_22_1998() {
        assertThat(tagger.tag("Talks began last fall and resume this summer, as in the winter of 1994.",
                MARCH_22_1998))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("last fall", "1997-FA"), tuple("this summer", "1998-SU"),
                        tuple("the winter of 1994", "1994-WI"));
    }

    @Test
    void fall_and_spring_without_a_cue_are_not_seasons_on_march_22_1998() {
        assertThat(tagger.tag("Prices fall as the spring of water dries up.", MARCH_22_1998)).isEmpty();
    }

    @Test
    void fiscal_years_are_written_as_years_in_an_article_of_november_2_1989() {
        assertThat(tagger.tag("Sales in fiscal 1990 will beat the current fiscal year.", NOVEMBER_2_1989))
                .extracting(DateMention::text, DateMention::value, DateMention::relative)
                .containsExactly(tuple("fiscal 1990", "1990", false), tuple("the current fiscal year", "1989", true));
    }
}
