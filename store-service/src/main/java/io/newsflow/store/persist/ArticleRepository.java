package io.newsflow.store.persist;

import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Mention;
import io.newsflow.contracts.StoryAssignment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The store's write side: articles with their entities, mentions and dates, and the consumed offsets, all in one
 * transaction, so the offsets in the database always describe exactly the rows it holds. Writes are upserts keyed by
 * article id: storing an article again replaces its rows, which makes every redelivery harmless.
 */
public final class ArticleRepository {

    private static final String UPSERT_ARTICLE = """
            INSERT INTO articles (id, schema_version, published_date, date_source, title, title_derived, text,
                source_file_name, source_path, source_size_bytes, source_sha256, source_format, source_encoding,
                source_warnings, source_url, ingested_at,
                raw_topic, raw_partition, raw_offset, enricher, enriched_at, stored_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET schema_version = excluded.schema_version,
                published_date = excluded.published_date, date_source = excluded.date_source,
                title = excluded.title, title_derived = excluded.title_derived, text = excluded.text,
                source_file_name = excluded.source_file_name, source_path = excluded.source_path,
                source_size_bytes = excluded.source_size_bytes, source_sha256 = excluded.source_sha256,
                source_format = excluded.source_format, source_encoding = excluded.source_encoding,
                source_warnings = excluded.source_warnings, source_url = excluded.source_url,
                ingested_at = excluded.ingested_at, raw_topic = excluded.raw_topic,
                raw_partition = excluded.raw_partition, raw_offset = excluded.raw_offset,
                enricher = excluded.enricher, enriched_at = excluded.enriched_at, stored_at = excluded.stored_at""";
    // The latest event's canonical name and type win for an entity key shared across articles.
    private static final String UPSERT_ENTITY = """
            INSERT INTO entities (entity_key, name, type) VALUES (?, ?, ?)
            ON CONFLICT (entity_key) DO UPDATE SET name = excluded.name, type = excluded.type""";
    private static final String UPSERT_OFFSET = """
            INSERT INTO consumer_offsets (group_id, topic, partition_no, next_offset, updated_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (group_id, topic, partition_no)
            DO UPDATE SET next_offset = excluded.next_offset, updated_at = excluded.updated_at""";

    private static final String UPSERT_STORY = """
            INSERT INTO story_assignments (article_id, story_id, nearest_earlier, similarity, ingested_at, method,
                assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id,
                nearest_earlier = excluded.nearest_earlier, similarity = excluded.similarity,
                ingested_at = excluded.ingested_at, method = excluded.method, assigned_at = excluded.assigned_at""";

    /** Well under SQLite's and PostgreSQL's limits on the parameters of one statement. */
    private static final int MOST_IDS_PER_QUERY = 500;

    private final Database database;
    private final Dialect dialect;

    public ArticleRepository(Database database) {
        this.database = database;
        this.dialect = database.dialect();
    }

    /**
     * Stores {@code articles} and records {@code offsets} in one transaction; all of it commits, or none. Each kind of
     * row is written for the whole batch at once, so a batch costs the same few round trips to the database however
     * many articles it holds (on PostgreSQL over a network, round trips are most of the cost).
     */
    public List<SaveResult> store(List<EnrichedArticle> articles, List<ConsumedOffset> offsets) {
        return store(articles, List.of(), offsets);
    }

    /**
     * Stores {@code articles} and {@code stories} (in topic order: a later assignment of an article replaces an
     * earlier one) and records {@code offsets}, in one transaction.
     */
    public List<SaveResult> store(List<EnrichedArticle> articles, List<StoryAssignment> stories,
                                  List<ConsumedOffset> offsets) {
        return database.inTransaction("store " + articles.size() + " articles and " + stories.size() + " stories",
                connection -> {
            Map<String, Instant> stored = storedEnrichedAt(connection, articles);
            var newest = new HashMap<String, Instant>(stored);
            var toWrite = new LinkedHashMap<String, EnrichedArticle>();
            var results = new ArrayList<SaveResult>(articles.size());
            for (EnrichedArticle article : articles) {
                SaveResult.Change change = compare(newest.get(article.id()), enrichedAt(article));
                if (change != SaveResult.Change.KEPT_NEWER) {
                    newest.put(article.id(), enrichedAt(article));
                    toWrite.remove(article.id()); // the same article twice in a batch: the later event is the one
                    toWrite.put(article.id(), article);
                }
                results.add(new SaveResult(article.id(), change, article.entities().size(), article.dates().size()));
            }
            write(connection, List.copyOf(toWrite.values()), stored.keySet());
            upsertStories(connection, stories);
            saveOffsets(connection, offsets);
            return results;
        });
    }

    /**
     * The newest enrichment of each article wins, whatever order the events arrive in (a re-enrichment, then a replay
     * of the original, say): an event older than what is stored is kept out.
     */
    private static SaveResult.Change compare(Instant stored, Instant incoming) {
        if (stored == null) {
            return SaveResult.Change.SAVED;
        }
        if (stored.isAfter(incoming)) {
            return SaveResult.Change.KEPT_NEWER;
        }
        return stored.equals(incoming) ? SaveResult.Change.ALREADY_PRESENT : SaveResult.Change.RE_ENRICHED;
    }

    /** PostgreSQL keeps microseconds: compared at that precision, a redelivery is never "newer" by nanoseconds. */
    private static Instant enrichedAt(EnrichedArticle article) {
        return article.lineage().enrichedAt().truncatedTo(ChronoUnit.MICROS);
    }

    /** The stored enrichment time of those of {@code articles} the database holds, by id. */
    private Map<String, Instant> storedEnrichedAt(Connection connection, List<EnrichedArticle> articles)
            throws SQLException {
        var stored = new HashMap<String, Instant>();
        List<String> ids = articles.stream().map(EnrichedArticle::id).distinct().toList();
        for (int from = 0; from < ids.size(); from += MOST_IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + MOST_IDS_PER_QUERY));
            try (PreparedStatement select = connection.prepareStatement("SELECT id, enriched_at FROM articles WHERE id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getString("id"),
                                dialect.getInstant(rows, "enriched_at").truncatedTo(ChronoUnit.MICROS));
                    }
                }
            }
        }
        return stored;
    }

    /** Writes the articles with their rows, replacing the rows of those stored before. */
    private void write(Connection connection, List<EnrichedArticle> articles, Set<String> storedBefore)
            throws SQLException {
        upsertArticles(connection, articles);
        List<String> replaced = articles.stream().map(EnrichedArticle::id).filter(storedBefore::contains).toList();
        for (String table : List.of("entity_mentions", "article_entities", "article_dates")) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE article_id = ?")) {
                for (String id : replaced) {
                    delete.setString(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        upsertEntities(connection, articles);
        insertArticleEntities(connection, articles);
        insertDates(connection, articles);
    }

    /** The next offset per partition of {@code topic} stored for {@code groupId}; absent partitions were never stored. */
    public Map<Integer, Long> offsets(String groupId, String topic) {
        return database.read("read stored offsets", connection -> {
            var offsets = new HashMap<Integer, Long>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT partition_no, next_offset FROM consumer_offsets WHERE group_id = ? AND topic = ?")) {
                select.setString(1, groupId);
                select.setString(2, topic);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        offsets.put(rows.getInt("partition_no"), rows.getLong("next_offset"));
                    }
                }
            }
            return offsets;
        });
    }

    private void upsertArticles(Connection connection, List<EnrichedArticle> articles) throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ARTICLE)) {
            for (EnrichedArticle a : articles) {
                int i = 0;
                upsert.setString(++i, a.id());
                upsert.setInt(++i, a.schemaVersion());
                dialect.setDate(upsert, ++i, a.publishedDate());
                upsert.setString(++i, a.dateSource());
                upsert.setString(++i, a.title());
                upsert.setBoolean(++i, a.titleDerived());
                upsert.setString(++i, a.text());
                upsert.setString(++i, a.source().fileName());
                upsert.setString(++i, a.source().path());
                upsert.setLong(++i, a.source().sizeBytes());
                upsert.setString(++i, a.source().sha256());
                upsert.setString(++i, a.source().format());
                upsert.setString(++i, a.source().encoding());
                upsert.setString(++i, SourceWarnings.toColumn(a.source().warnings()));
                upsert.setString(++i, a.source().url());
                dialect.setInstant(upsert, ++i, a.ingestedAt());
                upsert.setString(++i, a.lineage().rawTopic());
                upsert.setInt(++i, a.lineage().rawPartition());
                upsert.setLong(++i, a.lineage().rawOffset());
                upsert.setString(++i, a.lineage().enricher());
                dialect.setInstant(upsert, ++i, a.lineage().enrichedAt());
                dialect.setInstant(upsert, ++i, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void upsertEntities(Connection connection, List<EnrichedArticle> articles) throws SQLException {
        // Once per key, the latest article's name and type; in key order, so that two PostgreSQL writers upserting
        // the same entities lock them in the same order and never deadlock.
        var byKey = new TreeMap<String, Entity>();
        articles.forEach(article -> article.entities().forEach(entity -> byKey.put(entity.key(), entity)));
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ENTITY)) {
            for (Entity entity : byKey.values()) {
                upsert.setString(1, entity.key());
                upsert.setString(2, entity.name());
                upsert.setString(3, entity.type());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void insertArticleEntities(Connection connection, List<EnrichedArticle> articles)
            throws SQLException {
        try (PreparedStatement entityRow = connection.prepareStatement("INSERT INTO article_entities "
                     + "(article_id, entity_key, ordinal, mention_count, salience) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement mentionRow = connection.prepareStatement("INSERT INTO entity_mentions "
                     + "(article_id, entity_key, ordinal, start_index, end_index, text, type) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (EnrichedArticle article : articles) {
                addEntityRows(entityRow, mentionRow, article);
            }
            // Parents first: the mentions' foreign key points at the article_entities rows.
            entityRow.executeBatch();
            mentionRow.executeBatch();
        }
    }

    private static void addEntityRows(PreparedStatement entityRow, PreparedStatement mentionRow,
                                      EnrichedArticle article) throws SQLException {
        List<Entity> entities = article.entities();
        for (int e = 0; e < entities.size(); e++) {
            Entity entity = entities.get(e);
            entityRow.setString(1, article.id());
            entityRow.setString(2, entity.key());
            entityRow.setInt(3, e);
            entityRow.setInt(4, entity.mentionCount());
            entityRow.setDouble(5, entity.salience());
            entityRow.addBatch();
            for (int m = 0; m < entity.mentions().size(); m++) {
                Mention mention = entity.mentions().get(m);
                mentionRow.setString(1, article.id());
                mentionRow.setString(2, entity.key());
                mentionRow.setInt(3, m);
                mentionRow.setInt(4, mention.start());
                mentionRow.setInt(5, mention.end());
                mentionRow.setString(6, mention.text());
                mentionRow.setString(7, mention.type());
                mentionRow.addBatch();
            }
        }
    }

    private static void insertDates(Connection connection, List<EnrichedArticle> articles) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article_dates "
                + "(article_id, ordinal, start_index, end_index, text, type, value, relative) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (EnrichedArticle article : articles) {
                List<DateMention> dates = article.dates();
                for (int d = 0; d < dates.size(); d++) {
                    DateMention date = dates.get(d);
                    insert.setString(1, article.id());
                    insert.setInt(2, d);
                    insert.setInt(3, date.start());
                    insert.setInt(4, date.end());
                    insert.setString(5, date.text());
                    insert.setString(6, date.type());
                    insert.setString(7, date.value());
                    insert.setBoolean(8, date.relative());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * Upserts the assignments, then recounts every story they touch: the stories they name and the ones their
     * articles leave. In story order, so that two PostgreSQL writers lock the same story rows in the same order.
     */
    private void upsertStories(Connection connection, List<StoryAssignment> stories) throws SQLException {
        if (stories.isEmpty()) {
            return;
        }
        // The last assignment per article only: one batch must not upsert one key twice (PostgreSQL refuses it).
        var latest = new LinkedHashMap<String, StoryAssignment>();
        stories.forEach(story -> latest.put(story.articleId(), story));
        var touched = new TreeSet<String>();
        latest.values().forEach(story -> touched.add(story.storyId()));
        touched.addAll(storiesOf(connection, latest.keySet()));
        Instant now = Instant.now();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_STORY)) {
            for (StoryAssignment story : latest.values()) {
                upsert.setString(1, story.articleId());
                upsert.setString(2, story.storyId());
                upsert.setString(3, story.nearestEarlier());
                upsert.setObject(4, story.similarity(), Types.DOUBLE);
                dialect.setInstant(upsert, 5, story.ingestedAt());
                upsert.setString(6, story.method());
                dialect.setInstant(upsert, 7, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        recount(connection, List.copyOf(touched));
    }

    /** The stories {@code articles} are in now, before this batch's assignments. */
    private static Set<String> storiesOf(Connection connection, Collection<String> articles) throws SQLException {
        var stories = new HashSet<String>();
        List<String> ids = List.copyOf(articles);
        for (int from = 0; from < ids.size(); from += MOST_IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + MOST_IDS_PER_QUERY));
            try (PreparedStatement select = connection.prepareStatement("SELECT story_id FROM story_assignments"
                    + " WHERE article_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        stories.add(rows.getString(1));
                    }
                }
            }
        }
        return stories;
    }

    private static void recount(Connection connection, List<String> stories) throws SQLException {
        for (int from = 0; from < stories.size(); from += MOST_IDS_PER_QUERY) {
            List<String> chunk = stories.subList(from, Math.min(stories.size(), from + MOST_IDS_PER_QUERY));
            String in = " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            for (String sql : List.of("DELETE FROM stories WHERE story_id" + in,
                    "INSERT INTO stories (story_id, article_count, first_seen, last_updated)"
                            + " SELECT story_id, COUNT(*), MIN(ingested_at), MAX(ingested_at) FROM story_assignments"
                            + " WHERE story_id" + in + " GROUP BY story_id")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        statement.setString(i + 1, chunk.get(i));
                    }
                    statement.executeUpdate();
                }
            }
        }
    }

    private void saveOffsets(Connection connection, List<ConsumedOffset> offsets) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_OFFSET)) {
            Instant now = Instant.now();
            for (ConsumedOffset offset : offsets) {
                upsert.setString(1, offset.groupId());
                upsert.setString(2, offset.topic());
                upsert.setInt(3, offset.partition());
                upsert.setLong(4, offset.nextOffset());
                dialect.setInstant(upsert, 5, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
