package io.newsflow.enrich.tagging.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.contracts.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every date form the built-in tagger resolves, each with the article date it is resolved against. */
class DateTaggerTest {

    /** A Tuesday: the date of both seed articles. */
    static final LocalDate APRIL_5_2022 = LocalDate.of(2022, 4, 5);

    final DateTagger tagger = new DateTagger();

    @Test
    void month_day_range_with_a_dash_is_a_range_of_days() {
        assertThat(tag("Blinken flies to Brussels from April 5-7 to attend the meeting.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::type, DateMention::value, DateMention::relative)
                .containsExactly(tuple("April 5-7", "DATE", "2022-04-05/2022-04-07", true));
    }

    @Test
    void numbers_in_a_results_table_are_not_dates_but_numbers_with_a_date_word_after_them_are() {
        String text = "Bayern Munich 22 14 8 0 46-12 50\nKickoff at 3:30 p.m. on 5 April 1996, two days after"
                + " the 2-1 win, 3 years ago; 1990s; 19th century; 5-7 April; 123456 fans";
        assertThat(tag(text, APRIL_5_2022))
                .extracting(DateMention::text, DateMention::type, DateMention::value)
                .containsExactly(
                        tuple("3:30 p.m.", "TIME", "2022-04-05T15:30"),
                        tuple("5 April 1996", "DATE", "1996-04-05"),
                        tuple("two days", "DURATION", "P2D"),
                        tuple("3 years ago", "DATE", "2019"),
                        tuple("1990s", "DATE", "199"),
                        tuple("19th century", "DATE", "18"),
                        tuple("5-7 April", "DATE", "2022-04-05/2022-04-07"));
    }

    @Test
    void a_month_alone_is_a_date_after_a_cue_a_capitalised_modifier_or_with_a_possessive() {
        String text = "Last April the board met. Under the June agreement, figures for January and December's"
                + " figures were revised in mid-1996. May the talks succeed.";
        assertThat(tag(text, APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(
                        tuple("Last April", "2021-04"),
                        tuple("June", "2021-06"),
                        tuple("January", "2022-01"),
                        tuple("December", "2021-12"),
                        tuple("1996", "1996"));
    }

    @Test
    void the_year_is_the_articles_year_and_the_weekend_the_last_one_in_a_report() {
        var monday = LocalDate.of(1990, 8, 13);
        String text = "Sales for the full year rose. Officials said over the weekend that the Player of the Year"
                + " award was delayed to the year 2000.";
        assertThat(tag(text, monday))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("the full year", "1990"), tuple("the weekend", "1990-W32-WE"),
                        tuple("2000", "2000"));
        assertThat(tag("The talks will resume after the weekend.", monday))
                .extracting(DateMention::value).containsExactly("1990-W33-WE");
    }

    @Test
    void the_past_year_and_the_last_decade_count_back_from_the_article_and_the_nineties_is_a_decade() {
        String text = "Prices rose over the past year and the last decade, as in the nineties and the"
                + " nineteen-sixties.";
        assertThat(tag(text, APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("the past year", "2021"), tuple("the last decade", "201"),
                        tuple("the nineties", "199"), tuple("the nineteen-sixties", "196"));
    }

    @Test
    void weekday_before_a_month_day_belongs_to_the_date() {
        assertThat(tag("On Sunday, April 3, the ministry said it found bodies.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("Sunday, April 3", "2022-04-03"));
    }

    @Test
    void month_day_and_year_is_absolute() {
        assertThat(tag("— Secretary Antony Blinken (@SecBlinken) April 5, 2022", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value, DateMention::relative)
                .containsExactly(tuple("April 5, 2022", "2022-04-05", false));
    }

    @Test
    void past_tense_on_monday_is_the_monday_before_the_article_date() {
        assertThat(tag("On Monday, US President Joe Biden called for a war crimes trial.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value, DateMention::relative)
                .containsExactly(tuple("Monday", "2022-04-04", true));
    }

    @Test
    void future_tense_on_tuesday_is_the_same_day_when_the_article_is_from_a_tuesday() {
        assertThat(tag("Zelenskyy will address the United Nations Security Council on Tuesday.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("Tuesday", "2022-04-05"));
    }

    @Test
    void future_tense_on_tuesday_is_the_coming_tuesday() {
        var wednesday = LocalDate.of(2022, 4, 6);
        assertThat(tag("Zelenskyy will address the council on Tuesday.", wednesday))
                .extracting(DateMention::value)
                .containsExactly("2022-04-12");
    }

    @Test
    void past_tense_weekday_of_the_article_day_is_the_article_day() {
        assertThat(tag("Jens Stoltenberg on Tuesday addressed the media.", APRIL_5_2022))
                .extracting(DateMention::value)
                .containsExactly("2022-04-05");
    }

    @Test
    void last_and_next_weekday_exclude_the_article_day() {
        assertThat(tag("He left last Tuesday and returns next Tuesday.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("last Tuesday", "2022-03-29"), tuple("next Tuesday", "2022-04-12"));
    }

    @Test
    void compound_adjectives_with_units_are_neither_dates_nor_durations() {
        assertThat(tag("Blinken embarked on a two-day trip. Our 73-year-old Alliance stands.", APRIL_5_2022))
                .isEmpty();
    }

    @Test
    void a_number_of_units_is_a_duration() {
        assertThat(tag("They found 410 bodies during the first two days.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::type, DateMention::value, DateMention::relative)
                .containsExactly(tuple("two days", "DURATION", "P2D", false));
    }

    @Test
    void day_month_year_and_iso_dates_are_absolute() {
        assertThat(tag("Talks began on 5 April 2022 and resumed on 2022-04-12.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value, DateMention::relative)
                .containsExactly(tuple("5 April 2022", "2022-04-05", false), tuple("2022-04-12", "2022-04-12", false));
    }

    @Test
    void day_before_month_without_year_takes_the_article_year() {
        assertThat(tag("The vote is set for 5 April.", APRIL_5_2022))
                .extracting(DateMention::value)
                .containsExactly("2022-04-05");
    }

    @Test
    void between_two_days_of_a_month_is_a_range() {
        assertThat(tag("Shelling continued between March 3 and 5, officials said.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("March 3 and 5", "2022-03-03/2022-03-05"));
    }

    @Test
    void a_date_without_a_year_takes_the_year_nearest_the_article() {
        var early = LocalDate.of(2022, 1, 3);
        assertThat(tag("The talks of December 28 failed.", early))
                .extracting(DateMention::value)
                .containsExactly("2021-12-28");
    }

    @Test
    void yesterday_today_and_tomorrow_are_relative_to_the_article_day() {
        assertThat(tag("Yesterday he met them, today he rests and tomorrow he flies.", APRIL_5_2022))
                .extracting(DateMention::value, DateMention::relative)
                .containsExactly(tuple("2022-04-04", true), tuple("2022-04-05", true), tuple("2022-04-06", true));
    }

    @Test
    void last_week_next_month_and_earlier_this_year_are_resolved_from_the_article_date() {
        assertThat(tag("Prices rose last week, will fall next month and rose earlier this year.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("last week", "2022-W13"), tuple("next month", "2022-05"),
                        tuple("earlier this year", "2022"));
    }

    @Test
    void a_month_or_year_after_a_preposition_is_a_date() {
        assertThat(tag("The war began in 2014 and escalated in February.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("2014", "2014"), tuple("February", "2022-02"));
    }

    @Test
    void a_month_name_without_a_cue_is_not_a_date() {
        assertThat(tag("May the talks succeed, said March, a delegate.", APRIL_5_2022)).isEmpty();
    }

    @Test
    void month_and_year_is_a_month() {
        assertThat(tag("Russia annexed Crimea in March 2014.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value, DateMention::relative)
                .containsExactly(tuple("March 2014", "2014-03", false));
    }

    @Test
    void units_ago_count_back_from_the_article_date() {
        assertThat(tag("The convoy left three days ago.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("three days ago", "2022-04-02"));
    }

    @Test
    void decades_and_centuries_use_timeml_values() {
        assertThat(tag("Not since the 1990s, the worst war of the 21st century.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("1990s", "199"), tuple("21st century", "20"));
    }

    @Test
    void a_clock_time_is_a_time_on_the_article_day() {
        assertThat(tag("The council meets at 3 p.m. in New York.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::type, DateMention::value)
                .containsExactly(tuple("3 p.m.", "TIME", "2022-04-05T15:00"));
    }

    @Test
    void a_part_of_day_is_a_time() {
        assertThat(tag("Sirens sounded this morning and again tonight.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::type, DateMention::value)
                .containsExactly(tuple("this morning", "TIME", "2022-04-05TMO"),
                        tuple("tonight", "TIME", "2022-04-05TNI"));
    }

    @Test
    void repetitions_are_sets() {
        assertThat(tag("Ministers meet every Monday and publish a weekly report.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::type, DateMention::value)
                .containsExactly(tuple("every Monday", "SET", "XXXX-WXX-1"), tuple("weekly", "SET", "P1W"));
    }

    @Test
    void an_impossible_day_is_not_a_date() {
        assertThat(tag("Filed on February 30, the claim was void.", APRIL_5_2022)).isEmpty();
    }

    @Test
    void every_mention_is_the_text_at_its_offsets() {
        String text = "On Sunday, April 3, and on Monday, and from April 5-7, 2022, and three days ago.";
        assertThat(tag(text, APRIL_5_2022))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
    }

    @Test
    void a_bare_year_is_a_date_but_money_and_percentages_are_not_in_an_article_of_april_5_2022() {
        assertThat(tag("The 2014 annexation cost $2015 and 1999% more, said the 1,990 delegates.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("2014", "2014"));
    }

    @Test
    void a_weekday_night_is_a_time_of_that_day_in_an_article_of_april_5_2022() {
        assertThat(tag("Shelling resumed Sunday night.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::type, DateMention::value)
                .containsExactly(tuple("Sunday night", "TIME", "2022-04-03TNI"));
    }

    @Test
    void a_clock_time_with_a_zone_and_weekday_is_a_time_on_that_weekday_in_an_article_of_april_5_2022() {
        assertThat(tag("The vote will open at 9 a.m. EDT Thursday.", APRIL_5_2022))
                .extracting(DateMention::text, DateMention::type, DateMention::value)
                .containsExactly(tuple("9 a.m. EDT Thursday", "TIME", "2022-04-07T09:00"));
    }

    @Test
    void a_weekday_and_date_before_a_colon_stay_one_date_in_an_article_of_april_24_1998() {
        assertThat(tag("The Times said in an editorial on Saturday, April 25: courts matter.",
                LocalDate.of(1998, 4, 24)))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("Saturday, April 25", "1998-04-25"));
    }

    @Test
    void a_past_tense_month_is_the_last_one_before_the_article_of_november_2_1989() {
        assertThat(tag("The company was sold in March.", LocalDate.of(1989, 11, 2)))
                .extracting(DateMention::value)
                .containsExactly("1989-03");
    }

    @Test
    void a_future_tense_day_is_the_coming_one_after_the_article_of_october_27_1989() {
        assertThat(tag("The company will pay the dividend on Feb. 1 to holders.", LocalDate.of(1989, 10, 27)))
                .extracting(DateMention::value)
                .containsExactly("1990-02-01");
    }

    @Test
    void a_day_without_a_verb_cue_is_the_one_nearest_the_article_of_november_2_1989() {
        assertThat(tag("Dividend payable Dec. 15 to stock of record.", LocalDate.of(1989, 11, 2)))
                .extracting(DateMention::value)
                .containsExactly("1989-12-15");
    }

    @Test
    void the_verb_nearest_a_weekday_sets_its_tense_in_an_article_of_saturday_january_15_2000() {
        assertThat(tag("Cuba predicted Wednesday that exiles will appeal.", LocalDate.of(2000, 1, 15)))
                .extracting(DateMention::value)
                .containsExactly("2000-01-12");
    }

    @Test
    void a_month_of_last_year_takes_the_year_before_the_article_of_february_19_1998() {
        assertThat(tag("He was arrested in June last year.", LocalDate.of(1998, 2, 19)))
                .extracting(DateMention::text, DateMention::value, DateMention::relative)
                .containsExactly(tuple("June last year", "1997-06", true));
    }

    @Test
    void a_weekday_with_a_possessive_is_past_in_an_article_of_saturday_january_15_2000() {
        assertThat(tag("Relatives will fight Wednesday's ruling.", LocalDate.of(2000, 1, 15)))
                .extracting(DateMention::value)
                .containsExactly("2000-01-12");
    }

    @Test
    void a_participle_after_be_takes_the_tense_of_the_verb_before_it_in_an_article_of_friday_august_30_1996() {
        assertThat(tag("Markets will be closed Monday, and the prize was due to be presented on Sunday.",
                LocalDate.of(1996, 8, 30)))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("Monday", "1996-09-02"), tuple("Sunday", "1996-09-01"));
    }

    @Test
    void a_deadline_lies_ahead_even_in_a_past_tense_sentence_of_october_30_1989() {
        assertThat(tag("The offer was extended to Nov. 16, it said.", LocalDate.of(1989, 10, 30)))
                .extracting(DateMention::value)
                .containsExactly("1989-11-16");
    }

    @Test
    void spoken_years_are_years_in_a_transcript_of_february_27_1998() {
        assertThat(tag("Atlanta, nineteen ninety-six. January nineteen ninety-seven. By the year two thousand.",
                LocalDate.of(1998, 2, 27)))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("nineteen ninety-six", "1996"), tuple("January nineteen ninety-seven", "1997-01"),
                        tuple("the year two thousand", "2000"));
    }

    private List<DateMention> tag(String text, LocalDate articleDate) {
        return tagger.tag(text, articleDate);
    }
}
