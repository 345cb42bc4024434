package io.newsflow.store;

import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.Lineage;
import io.newsflow.contracts.Mention;
import io.newsflow.contracts.Source;
import io.newsflow.contracts.StoryAssignment;
import io.newsflow.contracts.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Realistic enriched articles for store tests, with offsets that really point into their text, built the way the
 * enricher builds them: the id from the text, every mention found where it occurs.
 */
public final class TestArticles {

    private TestArticles() {
    }

    /** Where {@link #seeds()} are kept, as the pipeline stores the project's seeds (a launcher test keeps it so). */
    public static final String SEEDS_RESOURCE = "io/newsflow/store/seeds-enriched.jsonl";

    /** Where {@link #seedStories()} are kept, as the pipeline assigns the seeds' stories (a launcher test keeps it so). */
    public static final String SEED_STORIES_RESOURCE = "io/newsflow/store/seeds-stories.jsonl";

    /**
     * The project's two seed articles as {@code ./newsflow run} stores them, tagged by the built-in tagger: what the
     * README's API examples show.
     */
    public static List<EnrichedArticle> seeds() {
        return readLines(SEEDS_RESOURCE, EnrichedArticle.class);
    }

    /** The seeds' story assignments as {@code ./newsflow run} publishes them: one story of the two. */
    public static List<StoryAssignment> seedStories() {
        return readLines(SEED_STORIES_RESOURCE, StoryAssignment.class);
    }

    private static <T> List<T> readLines(String resource, Class<T> type) {
        try (var in = TestArticles.class.getClassLoader().getResourceAsStream(resource)) {
            var values = new ArrayList<T>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                values.add(Json.read(line.getBytes(StandardCharsets.UTF_8), type));
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blinken and Stoltenberg meet at NATO in Brussels: 4 entities (two people, an organization, a place), 1 date. */
    public static EnrichedArticle natoMeeting() {
        String text = "Antony Blinken met Jens Stoltenberg at NATO headquarters in Brussels on April 5-7. "
                + "Blinken said NATO stands united.";
        return article("Blinken meets Stoltenberg", LocalDate.of(2022, 4, 8), text,
                List.of(entity(text, "PERSON", "Antony Blinken", 0.9, "Antony Blinken", "Blinken"),
                        entity(text, "PERSON", "Jens Stoltenberg", 0.6, "Jens Stoltenberg"),
                        entity(text, "ORGANIZATION", "NATO", 0.8, "NATO"),
                        entity(text, "LOCATION", "Brussels", 0.3, "Brussels")),
                List.of(date(text, "April 5-7", "2022-04-05/2022-04-07", false)));
    }

    /** Biden on Bucha: 4 entities, 1 relative date. */
    public static EnrichedArticle buchaStatement() {
        String text = "Joe Biden spoke about Bucha on Sunday, April 3, and the G7 promised more help for Ukraine.";
        return article("Biden on Bucha", LocalDate.of(2022, 4, 4), text,
                List.of(entity(text, "PERSON", "Joe Biden", 1.0, "Joe Biden"),
                        entity(text, "LOCATION", "Bucha", 0.7, "Bucha"),
                        entity(text, "ORGANIZATION", "G7", 0.5, "G7"),
                        entity(text, "LOCATION", "Ukraine", 0.4, "Ukraine")),
                List.of(date(text, "Sunday, April 3", "2022-04-03", true)));
    }

    /** An older article about Kyiv with no dates. */
    public static EnrichedArticle kyivReport() {
        String text = "Residents of Kyiv returned home as Ukraine reopened the roads.";
        return article("Kyiv reopens", LocalDate.of(2022, 3, 30), text,
                List.of(entity(text, "LOCATION", "Kyiv", 1.0, "Kyiv"),
                        entity(text, "LOCATION", "Ukraine", 0.5, "Ukraine")),
                List.of());
    }

    /** A distinct article per {@code n}, for tests that need many. */
    public static EnrichedArticle numbered(int n) {
        String text = "Report number " + n + " mentions NATO once.";
        return article("Report " + n, LocalDate.of(2022, 1, 1).plusDays(n), text,
                List.of(entity(text, "ORGANIZATION", "NATO", 1.0, "NATO")), List.of());
    }

    /** {@code article} with the source fields ingest-service adds: format, encoding, warnings and url. */
    public static EnrichedArticle withProvenance(EnrichedArticle article, String format, String encoding,
                                                 List<String> warnings, String url) {
        Source s = article.source();
        return new EnrichedArticle(article.id(), article.schemaVersion(), article.publishedDate(),
                article.dateSource(), article.title(), article.titleDerived(), article.text(),
                new Source(s.fileName(), s.path(), s.sizeBytes(), s.sha256(), format, encoding, warnings, url),
                article.ingestedAt(), article.entities(), article.dates(), article.lineage());
    }

    /** {@code article} naming its first entity twice: a row the database always refuses (a duplicate key). */
    public static EnrichedArticle withAnEntityTwice(EnrichedArticle article) {
        var twice = new ArrayList<>(article.entities());
        twice.add(article.entities().get(0));
        return new EnrichedArticle(article.id(), article.schemaVersion(), article.publishedDate(),
                article.dateSource(), article.title(), article.titleDerived(), article.text(), article.source(),
                article.ingestedAt(), twice, article.dates(), article.lineage());
    }

    public static EnrichedArticle article(String title, LocalDate published, String text, List<Entity> entities,
                                          List<DateMention> dates) {
        String id = ArticleId.of(text);
        String file = id.substring(0, 8) + ".txt";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new EnrichedArticle(id, EnrichedArticle.SCHEMA_VERSION, published, "header", title, false, text,
                new Source(file, "inbox/" + file, bytes.length, ArticleId.sha256Hex(bytes)),
                Instant.parse("2022-04-08T10:00:00Z"), entities, dates,
                new Lineage("inbox/" + file, Topics.RAW.name(), 0, 7, "builtin/0.1.0",
                        Instant.parse("2022-04-08T10:00:01Z")));
    }

    /** An entity with a mention at every occurrence of each surface form, in text order. */
    public static Entity entity(String text, String type, String name, double salience, String... surfaces) {
        var mentions = new ArrayList<Mention>();
        for (String surface : surfaces) {
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length())) {
                int start = at;
                boolean insideLonger = mentions.stream().anyMatch(m -> m.start() <= start && start < m.end());
                if (!insideLonger) {
                    mentions.add(new Mention(at, at + surface.length(), surface, type));
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        String key = type.toLowerCase(Locale.ROOT) + ":" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
        return new Entity(key, name, type, mentions.size(), salience, mentions);
    }

    public static DateMention date(String text, String surface, String value, boolean relative) {
        int at = text.indexOf(surface);
        return new DateMention(at, at + surface.length(), surface, "DATE", value, relative);
    }
}
