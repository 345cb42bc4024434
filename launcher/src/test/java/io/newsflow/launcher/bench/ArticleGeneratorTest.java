package io.newsflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.RawArticle;
import io.newsflow.ingest.parse.ArticleReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bench's articles: the same every run, each one different, near the asked size, and read by ingest as seeds. */
class ArticleGeneratorTest {

    private static final LocalDate DAY = LocalDate.of(2022, 4, 5);

    private final ArticleGenerator generator = new ArticleGenerator(ArticleGenerator.DEFAULT_SEED, 3000);

    @Test
    void the_same_seed_and_story_number_give_the_same_bytes() {
        var again = new ArticleGenerator(ArticleGenerator.DEFAULT_SEED, 3000);

        assertThat(again.article(42, DAY).content()).isEqualTo(generator.article(42, DAY).content());
        assertThat(new ArticleGenerator(7, 3000).article(42, DAY).text()).isNotEqualTo(generator.article(42, DAY).text());
    }

    @Test
    void five_thousand_articles_have_five_thousand_distinct_ids() {
        var ids = new HashSet<String>();

        IntStream.range(0, 5000).forEach(n -> ids.add(generator.article(n, DAY.plusDays(n % 30)).id()));

        assertThat(ids).hasSize(5000);
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 3000, 10_000})
    void articles_are_a_little_under_the_target_size_never_far_from_it(int target) {
        var sized = new ArticleGenerator(ArticleGenerator.DEFAULT_SEED, target);

        IntStream.range(0, 200).forEach(n -> assertThat(sized.article(n, DAY).content().length)
                .as("article %d for a target of %d bytes", n, target)
                .isBetween((int) (target * 0.9), target));
    }

    @Test
    void ingest_reads_an_article_as_a_seed_file_with_its_header_date_and_the_same_id() throws Exception {
        GeneratedArticle article = generator.article(7, DAY);

        var read = new ArticleReader().read(article.fileName(), article.content(), LocalDate.of(2030, 1, 1));

        assertThat(read.format()).isEqualTo("seed");
        assertThat(read.warnings()).isEmpty();
        assertThat(read.article().publishedDate()).isEqualTo(DAY);
        assertThat(read.article().dateSource()).isEqualTo(RawArticle.DATE_FROM_HEADER);
        assertThat(read.article().text()).isEqualTo(article.text());
        assertThat(ArticleId.of(read.article().text())).isEqualTo(article.id());
    }

    @Test
    void an_article_names_people_organisations_places_and_dates_the_tagger_resolves() {
        String text = generator.article(3, DAY).text();

        assertThat(text).containsPattern("[A-Z][a-z]+ [A-Z][\\p{L}]+ said|said [a-z]+")
                .containsPattern("(on (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(January|February|March|April|May|June"
                        + "|July|August|September|October|November|December) \\d+)")
                .contains("\n\n")
                .endsWith("story 3)");
    }

    @Test
    void a_target_too_small_for_a_story_is_refused() {
        var refused = assertThrows(IllegalArgumentException.class, () -> new ArticleGenerator(1, 100));

        assertThat(refused).hasMessage("target size 100 bytes: expected at least 400");
    }
}
