package io.newsflow.enrich.tagging.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.DateMention;
import io.newsflow.enrich.SeedArticle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date forms of the two seed articles (both dated 2022-04-05), read through the date tagger alone. */
class SeedDatesTest {

    final DateTagger tagger = new DateTagger();

    @Test
    void blinken_seed_dates_resolve_against_april_5_2022() {
        var seed = SeedArticle.read(SeedArticle.BLINKEN);
        assertThat(seed.publishedDate()).isEqualTo(LocalDate.of(2022, 4, 5));

        assertThat(tagger.tag(seed.text(), seed.publishedDate()))
                .extracting(d -> d.text() + "=" + d.value())
                .contains("April 5-7=2022-04-05/2022-04-07", "April 5, 2022=2022-04-05",
                        "Sunday, April 3=2022-04-03", "Monday=2022-04-04", "Tuesday=2022-04-05")
                .noneMatch(t -> t.contains("two-day") || t.contains("73"));
    }

    @Test
    void stoltenberg_seed_on_tuesday_is_the_article_day_april_5_2022() {
        var seed = SeedArticle.read(SeedArticle.STOLTENBERG);

        assertThat(tagger.tag(seed.text(), seed.publishedDate()))
                .filteredOn(d -> d.text().equals("Tuesday"))
                .extracting(DateMention::value)
                .isNotEmpty()
                .containsOnly("2022-04-05");
    }
}
