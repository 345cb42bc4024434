package io.newsflow.store.persist;

import static io.newsflow.store.TestArticles.buchaStatement;
import static io.newsflow.store.TestArticles.kyivReport;
import static io.newsflow.store.TestArticles.natoMeeting;
import static io.newsflow.store.TestArticles.withProvenance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Lineage;
import io.newsflow.contracts.Source;
import io.newsflow.contracts.StoryAssignment;
import io.newsflow.store.TestArticles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's persistence scenarios, written once and run on every database it supports (one subclass each), so
 * SQLite and PostgreSQL are held to the same behaviour through the same code path.
 */
abstract class ArticleRepositoryScenarios {

    private static final String GROUP = "newsflow-store";
    private static final String TOPIC = "news.articles.enriched.v1";

    Database database;
    ArticleRepository repository;
    ArticleQueries queries;

    /** A database with no Newsflow tables yet, or with the rows of an earlier test of the class. */
    abstract Database openDatabase();

    @BeforeEach
    void migrateAndEmpty() {
        database = openDatabase();
        new Migrations(database).migrate();
        database.inTransaction("empty the tables", connection -> {
            for (String table : List.of("entity_mentions", "article_entities", "article_dates", "articles",
                    "entities", "consumer_offsets", "story_assignments", "stories")) {
                connection.createStatement().execute("DELETE FROM " + table);
            }
            return null;
        });
        repository = new ArticleRepository(database);
        queries = new ArticleQueries(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void storing_an_article_makes_it_queryable_with_its_entities_and_dates() {
        EnrichedArticle article = natoMeeting();

        List<SaveResult> results = repository.store(List.of(article), List.of());

        assertThat(results).containsExactly(new SaveResult(article.id(), SaveResult.Change.SAVED, 4, 1));
        StoredArticle stored = queries.find(article.id()).orElseThrow();
        assertThat(stored.article()).as("the article reads back exactly as the event that stored it")
                .isEqualTo(article);
        assertThat(stored.storedAt()).isNotNull();
    }

    @Test
    void the_source_reads_back_as_the_event_carried_it_with_or_without_format_encoding_warnings_and_url() {
        EnrichedArticle withUrl = withProvenance(natoMeeting(), "json", "UTF-8", List.of(),
                "https://example.org/2022/04/nato-meets?id=7");
        EnrichedArticle withWarnings = withProvenance(buchaStatement(), "json", "windows-1252",
                List.of("the file is not valid UTF-8: decoded as Windows-1252",
                        "the JSON url \"example.org/bucha\" is not an absolute http or https URL: left out"), null);
        EnrichedArticle withNone = kyivReport();

        repository.store(List.of(withUrl, withWarnings, withNone), List.of());

        for (EnrichedArticle article : List.of(withUrl, withWarnings, withNone)) {
            assertThat(queries.find(article.id()).orElseThrow().article().source()).as(article.title())
                    .isEqualTo(article.source());
        }
    }

    @Test
    void storing_an_article_again_replaces_its_source_fields() {
        EnrichedArticle first = withProvenance(buchaStatement(), "plain", "windows-1252",
                List.of("the file is not valid UTF-8: decoded as Windows-1252"), null);
        EnrichedArticle again = withProvenance(buchaStatement(), "json", "UTF-8", List.of(), "https://example.org/b");
        repository.store(List.of(first), List.of());

        repository.store(List.of(again), List.of());

        assertThat(queries.find(again.id()).orElseThrow().article().source()).isEqualTo(again.source());
    }

    @Test
    void storing_the_same_article_twice_leaves_one() {
        EnrichedArticle article = natoMeeting();

        repository.store(List.of(article), List.of());
        List<SaveResult> again = repository.store(List.of(article), List.of());

        assertThat(again).extracting(SaveResult::change).containsExactly(SaveResult.Change.ALREADY_PRESENT);
        assertThat(queries.list(all()).total()).isEqualTo(1);
        assertThat(queries.find(article.id()).orElseThrow().article().entities())
                .as("entities are replaced, not appended").hasSize(4);
        assertThat(queries.topEntities(null, 10, 0).items()).extracting(EntityCount::articleCount).containsOnly(1L);
    }

    @Test
    void storing_an_article_again_replaces_its_entities_and_dates() {
        EnrichedArticle first = natoMeeting();
        repository.store(List.of(first), List.of());
        List<Entity> fewer = first.entities().subList(0, 2);
        var reEnriched = new EnrichedArticle(first.id(), first.schemaVersion(), first.publishedDate(),
                first.dateSource(), first.title(), first.titleDerived(), first.text(), first.source(),
                first.ingestedAt(), fewer, List.of(), first.lineage());

        repository.store(List.of(reEnriched), List.of());

        EnrichedArticle stored = queries.find(first.id()).orElseThrow().article();
        assertThat(stored.entities()).isEqualTo(fewer);
        assertThat(stored.dates()).isEmpty();
    }

    @Test
    void a_re_enrichment_by_another_tagger_replaces_the_article_and_says_so() {
        EnrichedArticle first = natoMeeting();
        repository.store(List.of(first), List.of());
        EnrichedArticle later = taggedBy(first, "builtin/9.9.9", first.lineage().enrichedAt().plusSeconds(3600));

        List<SaveResult> results = repository.store(List.of(later), List.of());

        assertThat(results).extracting(SaveResult::change).containsExactly(SaveResult.Change.RE_ENRICHED);
        assertThat(queries.find(first.id()).orElseThrow().article().lineage()).isEqualTo(later.lineage());
        assertThat(queries.list(all()).total()).isEqualTo(1);
    }

    @Test
    void an_older_enrichment_arriving_after_a_newer_one_is_dropped() {
        EnrichedArticle original = natoMeeting();
        EnrichedArticle newer = taggedBy(original, "builtin/9.9.9", original.lineage().enrichedAt().plusSeconds(3600));
        repository.store(List.of(newer), List.of());

        List<SaveResult> results = repository.store(List.of(original), List.of());

        assertThat(results).extracting(SaveResult::change).containsExactly(SaveResult.Change.KEPT_NEWER);
        assertThat(queries.find(original.id()).orElseThrow().article()).isEqualTo(newer);
    }

    @Test
    void one_batch_with_an_article_twice_and_others_stored_before_keeps_the_newest_of_each() {
        EnrichedArticle nato = natoMeeting();
        EnrichedArticle bucha = buchaStatement();
        repository.store(List.of(bucha), List.of());
        EnrichedArticle natoLater = taggedBy(nato, "builtin/9.9.9", nato.lineage().enrichedAt().plusSeconds(60));
        EnrichedArticle buchaLater = taggedBy(bucha, "builtin/9.9.9", bucha.lineage().enrichedAt().plusSeconds(60));

        List<SaveResult> results = repository.store(List.of(nato, buchaLater, natoLater, kyivReport(), nato),
                List.of(new ConsumedOffset(GROUP, TOPIC, 0, 5)));

        assertThat(results).extracting(SaveResult::change).containsExactly(SaveResult.Change.SAVED,
                SaveResult.Change.RE_ENRICHED, SaveResult.Change.RE_ENRICHED, SaveResult.Change.SAVED,
                SaveResult.Change.KEPT_NEWER);
        assertThat(queries.find(nato.id()).orElseThrow().article()).isEqualTo(natoLater);
        assertThat(queries.find(bucha.id()).orElseThrow().article()).isEqualTo(buchaLater);
        assertThat(queries.list(all()).total()).isEqualTo(3);
        assertThat(repository.offsets(GROUP, TOPIC)).isEqualTo(Map.of(0, 5L));
    }

    @Test
    void a_search_finds_words_phrases_alternatives_and_exclusions_the_best_match_first_with_a_snippet() {
        EnrichedArticle nato = natoMeeting();
        EnrichedArticle bucha = buchaStatement();
        EnrichedArticle kyiv = kyivReport();
        repository.store(List.of(nato, bucha, kyiv), List.of());

        assertThat(ids(search("ukraine"))).containsExactlyInAnyOrder(bucha.id(), kyiv.id());
        assertThat(ids(search("\"stands united\""))).containsExactly(nato.id());
        assertThat(ids(search("\"united stands\""))).as("a phrase keeps its order").isEmpty();
        assertThat(ids(search("bucha OR brussels"))).containsExactlyInAnyOrder(bucha.id(), nato.id());
        assertThat(ids(search("ukraine -biden"))).containsExactly(kyiv.id());
        assertThat(ids(search("reopen"))).as("words match by their stem: reopened, reopens").containsExactly(kyiv.id());
        assertThat(ids(search("stoltenberg"))).as("the title counts too").containsExactly(nato.id());
        assertThat(ids(queries.list(new ArticleFilter("Ukraine", null, LocalDate.of(2022, 4, 1), null,
                SearchQuery.parse("ukraine"), 100, 0)))).as("with the other filters").containsExactly(bucha.id());

        // an article whose title names the word ranks above one whose text merely mentions it
        EnrichedArticle mentions = TestArticles.numbered(1);
        EnrichedArticle titled = TestArticles.article("NATO summit opens", LocalDate.of(2021, 1, 1),
                "Leaders of the alliance gathered in Madrid.", List.of(), List.of());
        repository.store(List.of(mentions, titled), List.of());
        assertThat(ids(search("nato -stands"))).containsExactly(titled.id(), mentions.id());

        Page<ArticleSummary> hit = search("stands");
        assertThat(hit.items().get(0).snippet()).contains("<mark>stands</mark>");
        assertThat(queries.list(all()).items()).extracting(ArticleSummary::snippet).containsOnlyNulls();
    }

    @Test
    void an_article_stored_again_is_found_by_its_new_words_only() {
        EnrichedArticle first = natoMeeting();
        repository.store(List.of(first), List.of());
        var retitled = new EnrichedArticle(first.id(), first.schemaVersion(), first.publishedDate(),
                first.dateSource(), "Alliance talks in Belgium", first.titleDerived(), first.text(), first.source(),
                first.ingestedAt(), first.entities(), first.dates(), first.lineage());

        repository.store(List.of(retitled), List.of());

        assertThat(ids(search("belgium"))).containsExactly(first.id());
        assertThat(ids(search("meets"))).as("the old title is gone from the index").isEmpty();
        assertThat(search("nato").total()).as("one index entry per article").isEqualTo(1);
    }

    /** A database written by a store at schema V2, then migrated: the search index takes in its rows. */
    static void assertRowsStoredBeforeV3AreFoundOnceIndexed(Database fresh) {
        var migrations = new Migrations(fresh);
        migrations.migrate(Migrations.load(Migrations.class.getClassLoader(), fresh.dialect()).subList(0, 2));
        EnrichedArticle older = kyivReport();
        new ArticleRepository(fresh).store(List.of(older), List.of());

        assertThat(migrations.migrate()).containsExactly(3, 4);

        var found = new ArticleQueries(fresh).list(new ArticleFilter(null, null, null, null,
                SearchQuery.parse("residents"), 100, 0));
        assertThat(found.items()).extracting(ArticleSummary::id).containsExactly(older.id());
    }

    @Test
    void an_entity_over_time_has_its_mentions_per_day_its_companions_and_its_latest_articles() {
        EnrichedArticle bucha = buchaStatement();
        EnrichedArticle kyiv = kyivReport();
        repository.store(List.of(natoMeeting(), bucha, kyiv), List.of());

        EntityDetail ukraine = queries.entity("location:ukraine", null, null, 10).orElseThrow();

        assertThat(ukraine.name()).isEqualTo("Ukraine");
        assertThat(ukraine.articleCount()).isEqualTo(2);
        assertThat(ukraine.timeline()).containsExactly(new EntityDetail.Day(LocalDate.of(2022, 3, 30), 1, 1),
                new EntityDetail.Day(LocalDate.of(2022, 4, 4), 1, 1));
        assertThat(ukraine.coMentioned()).extracting(EntityCount::key, EntityCount::articleCount)
                .containsExactly(tuple("location:bucha", 1L), tuple("location:kyiv", 1L),
                        tuple("organization:g7", 1L), tuple("person:joe-biden", 1L));
        assertThat(ukraine.latestArticles()).extracting(ArticleSummary::id).containsExactly(bucha.id(), kyiv.id());

        EntityDetail inApril = queries.entity("location:ukraine", LocalDate.of(2022, 4, 1), null, 2).orElseThrow();
        assertThat(inApril.articleCount()).isEqualTo(1);
        assertThat(inApril.timeline()).extracting(EntityDetail.Day::day).containsExactly(LocalDate.of(2022, 4, 4));
        assertThat(inApril.coMentioned()).as("limit").hasSize(2);
        assertThat(inApril.latestArticles()).extracting(ArticleSummary::id).containsExactly(bucha.id());

        assertThat(queries.entity("location:atlantis", null, null, 10)).isEmpty();
        assertThat(queries.entity("location:kyiv", LocalDate.of(2022, 4, 1), null, 10))
                .as("named only outside the range").isEmpty();
    }

    private Page<ArticleSummary> search(String q) {
        return queries.list(new ArticleFilter(null, null, null, null, SearchQuery.parse(q), 100, 0));
    }

    private static List<String> ids(Page<ArticleSummary> page) {
        return page.items().stream().map(ArticleSummary::id).toList();
    }

    /** The same article as tagged at another time by another tagger version, with its lineage saying so. */
    private static EnrichedArticle taggedBy(EnrichedArticle article, String enricher, Instant at) {
        Lineage was = article.lineage();
        return new EnrichedArticle(article.id(), article.schemaVersion(), article.publishedDate(),
                article.dateSource(), article.title(), article.titleDerived(), article.text(), article.source(),
                article.ingestedAt(), article.entities().subList(0, 1), article.dates(),
                new Lineage(was.sourcePath(), was.rawTopic(), was.rawPartition(), was.rawOffset(), enricher, at));
    }

    @Test
    void story_assignments_make_stories_with_their_versions_and_top_entities_newest_activity_first() {
        EnrichedArticle first = natoMeeting();
        EnrichedArticle second = kyivReport();
        EnrichedArticle alone = buchaStatement();
        var stories = new StoryQueries(database);

        repository.store(List.of(first, second, alone), List.of(story(first, first.id(), null, null, 0),
                story(second, first.id(), first.id(), 0.42, 60), story(alone, alone.id(), null, null, 30)),
                List.of());

        assertThat(stories.list(1, 10, 0).items()).extracting(StorySummary::id, StorySummary::articleCount)
                .containsExactly(tuple(first.id(), 2), tuple(alone.id(), 1));
        assertThat(stories.list(2, 10, 0)).extracting(Page::total).isEqualTo(1L);
        StoryDetail detail = stories.find(first.id(), 10).orElseThrow();
        assertThat(detail.title()).isEqualTo(first.title());
        assertThat(detail.firstSeen()).isEqualTo(T0);
        assertThat(detail.lastUpdated()).isEqualTo(T0.plusSeconds(60));
        assertThat(detail.articles()).extracting(StoryDetail.Version::id, StoryDetail.Version::nearestEarlier,
                        StoryDetail.Version::similarity)
                .containsExactly(tuple(first.id(), null, null), tuple(second.id(), first.id(), 0.42));
        assertThat(detail.topEntities()).isNotEmpty().allSatisfy(e -> assertThat(e.articleCount()).isBetween(1L, 2L));
        assertThat(stories.ofArticle(second.id())).contains(new ArticleStory(first.id(), first.id(), 0.42, 2));
        assertThat(stories.find("no-such-story", 10)).isEmpty();
    }

    @Test
    void an_article_that_changes_story_is_counted_in_its_new_story_only_and_the_latest_assignment_wins() {
        EnrichedArticle first = natoMeeting();
        EnrichedArticle second = kyivReport();
        var stories = new StoryQueries(database);
        // The assignment can come before its article: the topics are read side by side.
        repository.store(List.of(), List.of(story(second, second.id(), null, null, 60)), List.of());
        repository.store(List.of(first, second), List.of(), List.of());

        repository.store(List.of(), List.of(story(first, first.id(), null, null, 0),
                story(second, "interim", "interim", 0.2, 60), story(second, first.id(), first.id(), 0.5, 60)),
                List.of());

        assertThat(stories.list(1, 10, 0).items()).extracting(StorySummary::id, StorySummary::articleCount)
                .containsExactly(tuple(first.id(), 2));
        assertThat(stories.ofArticle(second.id())).contains(new ArticleStory(first.id(), first.id(), 0.5, 2));
    }

    private static final Instant T0 = Instant.parse("2022-04-05T08:00:00Z");

    private static StoryAssignment story(EnrichedArticle article, String storyId, String nearestEarlier,
                                         Double similarity, int secondsAfterT0) {
        return new StoryAssignment(article.id(), StoryAssignment.SCHEMA_VERSION, storyId, nearestEarlier, similarity,
                T0.plusSeconds(secondsAfterT0), StoryAssignment.METHOD);
    }

    @Test
    void stored_offsets_are_read_back() {
        repository.store(List.of(natoMeeting()), List.of(new ConsumedOffset(GROUP, TOPIC, 0, 5),
                new ConsumedOffset(GROUP, TOPIC, 3, 1)));
        repository.store(List.of(), List.of(new ConsumedOffset(GROUP, TOPIC, 0, 9),
                new ConsumedOffset("other-group", TOPIC, 1, 2)));

        assertThat(repository.offsets(GROUP, TOPIC)).isEqualTo(Map.of(0, 9L, 3, 1L));
        assertThat(repository.offsets("never-stored", TOPIC)).isEmpty();
    }

    @Test
    void a_batch_the_database_rejects_stores_nothing_not_even_its_offsets() {
        EnrichedArticle good = natoMeeting();
        EnrichedArticle duplicateEntity = TestArticles.withAnEntityTwice(buchaStatement());

        assertThatThrownBy(() -> repository.store(List.of(good, duplicateEntity),
                List.of(new ConsumedOffset(GROUP, TOPIC, 0, 2))))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.isTransient())
                        .as("a constraint violation is the data's fault, not an outage").isFalse());

        assertThat(queries.list(all()).total()).isZero();
        assertThat(repository.offsets(GROUP, TOPIC)).isEmpty();
    }

    @Test
    void migrations_are_idempotent() {
        repository.store(List.of(natoMeeting()), List.of());

        List<Integer> appliedAgain = new Migrations(database).migrate();

        assertThat(appliedAgain).as("nothing left to apply").isEmpty();
        assertThat(queries.list(all()).total()).as("rows survive a second run").isEqualTo(1);
    }

    @Test
    void a_script_edited_after_it_was_applied_is_refused_and_nothing_runs() {
        List<Migrations.Script> scripts = Migrations.load(Migrations.class.getClassLoader(), database.dialect());
        Migrations.Script v2 = scripts.get(1);
        var edited = new ArrayList<>(scripts);
        edited.set(1, new Migrations.Script(v2.version(), v2.description(),
                List.of(v2.statements().get(0), "ALTER TABLE articles ADD COLUMN added_later TEXT"), "0".repeat(64)));
        edited.add(new Migrations.Script(99, "after_the_edit", List.of("CREATE TABLE after_the_edit (x INTEGER)"),
                "9".repeat(64)));

        assertThatThrownBy(() -> new Migrations(database).migrate(edited))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("migration V2__add_source_provenance.sql was changed after it was applied; "
                        + "add a new version instead of editing it");

        assertThat(hasTable("after_the_edit")).as("no later version runs behind a refused edit").isFalse();
        assertThat(appliedVersions()).containsExactlyElementsOf(allVersions());
    }

    @Test
    void a_failed_script_leaves_nothing_of_its_run_applied() {
        var scripts = new ArrayList<>(Migrations.load(Migrations.class.getClassLoader(), database.dialect()));
        scripts.add(new Migrations.Script(98, "fine", List.of("CREATE TABLE fine_table (x INTEGER)"), "8".repeat(64)));
        scripts.add(new Migrations.Script(99, "broken", List.of("CREATE TABLE half_table (x INTEGER)",
                "CREATE TABLE broken (x INTEGER NOT A TYPE,,)"), "9".repeat(64)));

        assertThatThrownBy(() -> new Migrations(database).migrate(scripts)).isInstanceOf(DatabaseException.class);

        assertThat(hasTable("fine_table")).as("the version before the failed one, in the same run").isFalse();
        assertThat(hasTable("half_table")).as("the failed script's own first statement").isFalse();
        assertThat(hasTable("articles")).as("the versions applied before the run are kept").isTrue();
        assertThat(appliedVersions()).containsExactlyElementsOf(allVersions());
        assertThat(new Migrations(database).migrate()).as("the next start finds the schema whole").isEmpty();
    }

    @Test
    void article_list_is_newest_first_with_counts() {
        repository.store(List.of(kyivReport(), natoMeeting(), buchaStatement()), List.of());

        Page<ArticleSummary> page = queries.list(all());

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(ArticleSummary::title, ArticleSummary::publishedDate,
                        ArticleSummary::entityCount, ArticleSummary::dateCount)
                .containsExactly(tuple("Blinken meets Stoltenberg", LocalDate.of(2022, 4, 8), 4, 1),
                        tuple("Biden on Bucha", LocalDate.of(2022, 4, 4), 4, 1),
                        tuple("Kyiv reopens", LocalDate.of(2022, 3, 30), 2, 0));
        assertThat(page.items().get(0).sourcePath()).isEqualTo(natoMeeting().source().path());
    }

    @Test
    void article_list_filters_by_entity_key_or_name_type_and_date_range() {
        repository.store(List.of(kyivReport(), natoMeeting(), buchaStatement()), List.of());

        assertThat(titles(filter("organization:nato", null, null, null))).containsExactly("Blinken meets Stoltenberg");
        assertThat(titles(filter("ukraine", null, null, null))).as("canonical name, any case")
                .containsExactly("Biden on Bucha", "Kyiv reopens");
        assertThat(titles(filter(null, "ORGANIZATION", null, null)))
                .containsExactly("Blinken meets Stoltenberg", "Biden on Bucha");
        assertThat(titles(filter("Ukraine", "PERSON", null, null))).as("an entity of that type").isEmpty();
        assertThat(titles(filter(null, null, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 4))))
                .as("both ends included").containsExactly("Biden on Bucha");
        assertThat(titles(filter(null, null, LocalDate.of(2022, 4, 4), null)))
                .containsExactly("Blinken meets Stoltenberg", "Biden on Bucha");
    }

    @Test
    void article_list_pages_without_overlap() {
        var articles = new ArrayList<EnrichedArticle>();
        for (int n = 0; n < 7; n++) {
            articles.add(TestArticles.numbered(n));
        }
        repository.store(articles, List.of());

        var first = queries.list(new ArticleFilter(null, null, null, null, null, 3, 0));
        var second = queries.list(new ArticleFilter(null, null, null, null, null, 3, 3));
        var last = queries.list(new ArticleFilter(null, null, null, null, null, 3, 6));

        assertThat(first.total()).isEqualTo(7);
        assertThat(first.items()).extracting(ArticleSummary::title).containsExactly("Report 6", "Report 5", "Report 4");
        assertThat(second.items()).extracting(ArticleSummary::title).containsExactly("Report 3", "Report 2", "Report 1");
        assertThat(last.items()).extracting(ArticleSummary::title).containsExactly("Report 0");
    }

    @Test
    void top_entities_count_the_articles_that_name_them() {
        repository.store(List.of(kyivReport(), natoMeeting(), buchaStatement()), List.of());

        assertThat(queries.topEntities(null, 2, 0).items()).extracting(EntityCount::key, EntityCount::articleCount)
                .as("most articles first, then most mentions, then by key")
                .containsExactly(tuple("location:ukraine", 2L), tuple("organization:nato", 1L));
        assertThat(queries.topEntities("PERSON", 10, 0).items()).extracting(EntityCount::name)
                .containsExactly("Antony Blinken", "Jens Stoltenberg", "Joe Biden");
    }

    @Test
    void top_entities_page_without_overlap_and_count_every_match() {
        repository.store(List.of(kyivReport(), natoMeeting(), buchaStatement()), List.of());

        List<String> whole = queries.topEntities(null, 100, 0).items().stream().map(EntityCount::key).toList();
        var pages = List.of(queries.topEntities(null, 4, 0), queries.topEntities(null, 4, 4),
                queries.topEntities(null, 4, 8));
        var people = queries.topEntities("PERSON", 1, 2);

        assertThat(pages).extracting(Page::total).as("total counts every entity named, not the page").containsOnly(9L);
        assertThat(pages.stream().flatMap(page -> page.items().stream())).extracting(EntityCount::key)
                .as("the pages, one after another, are the whole list").containsExactlyElementsOf(whole);
        assertThat(people.total()).isEqualTo(3);
        assertThat(people.items()).extracting(EntityCount::name).containsExactly("Joe Biden");
        assertThat(queries.topEntities(null, 4, 100).items()).as("a page past the end is empty").isEmpty();
    }

    /** Two instances starting at once on the same, new database: each version must be applied exactly once. */
    static void assertConcurrentMigrationsApplyEachVersionOnce(Supplier<Database> open) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try (Database one = open.get(); Database two = open.get()) {
            List<Future<List<Integer>>> runs = new ArrayList<>();
            for (Database db : List.of(one, two)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return new Migrations(db).migrate();
                }));
            }
            start.countDown();
            var applied = new ArrayList<Integer>();
            for (Future<List<Integer>> run : runs) {
                applied.addAll(run.get(30, TimeUnit.SECONDS));
            }
            assertThat(applied).as("versions applied by both instances together")
                    .containsExactlyElementsOf(allVersions(one));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A database written by a store at schema V1, then migrated: its rows had no source format, encoding, warnings
     * or url, and must read back without them, as the events that stored them were.
     */
    static void assertRowsStoredBeforeV2ReadBackWithoutTheLaterSourceFields(Database fresh) {
        var scripts = Migrations.load(Migrations.class.getClassLoader(), fresh.dialect());
        var migrations = new Migrations(fresh);
        migrations.migrate(scripts.subList(0, 1));
        EnrichedArticle article = natoMeeting();
        fresh.inTransaction("store a row as V1 did", connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO articles (id, schema_version, published_date,"
                    + " title_derived, text, source_file_name, source_path, source_size_bytes, source_sha256,"
                    + " stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, article.id());
                insert.setInt(2, article.schemaVersion());
                fresh.dialect().setDate(insert, 3, article.publishedDate());
                insert.setBoolean(4, article.titleDerived());
                insert.setString(5, article.text());
                insert.setString(6, article.source().fileName());
                insert.setString(7, article.source().path());
                insert.setLong(8, article.source().sizeBytes());
                insert.setString(9, article.source().sha256());
                fresh.dialect().setInstant(insert, 10, article.ingestedAt());
                return insert.executeUpdate();
            }
        });

        List<Integer> applied = migrations.migrate(scripts);

        assertThat(applied).as("every version after V1")
                .containsExactlyElementsOf(scripts.stream().skip(1).map(Migrations.Script::version).toList());
        Source source = new ArticleQueries(fresh).find(article.id()).orElseThrow().article().source();
        assertThat(source).isEqualTo(article.source());
        assertThat(source.format()).isNull();
        assertThat(source.encoding()).isNull();
        assertThat(source.warnings()).isEmpty();
        assertThat(source.url()).isNull();
    }

    private boolean hasTable(String name) {
        return database.read("look for table " + name, connection -> {
            try (var tables = connection.getMetaData().getTables(null, connection.getSchema(), name, null)) {
                return tables.next();
            }
        });
    }

    private List<Integer> appliedVersions() {
        return database.read("read applied versions", connection -> {
            var versions = new ArrayList<Integer>();
            try (var rows = connection.createStatement()
                    .executeQuery("SELECT version FROM schema_migrations ORDER BY version")) {
                while (rows.next()) {
                    versions.add(rows.getInt(1));
                }
            }
            return versions;
        });
    }

    private List<Integer> allVersions() {
        return allVersions(database);
    }

    private static List<Integer> allVersions(Database on) {
        return Migrations.load(Migrations.class.getClassLoader(), on.dialect()).stream().map(Migrations.Script::version).toList();
    }

    private static ArticleFilter all() {
        return new ArticleFilter(null, null, null, null, null, 100, 0);
    }

    private static ArticleFilter filter(String entity, String type, LocalDate from, LocalDate to) {
        return new ArticleFilter(entity, type, from, to, null, 100, 0);
    }

    private List<String> titles(ArticleFilter filter) {
        return queries.list(filter).items().stream().map(ArticleSummary::title).toList();
    }
}
