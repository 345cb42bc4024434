package io.newsflow.store.persist;

import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Mention;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private final Database database;
    private final Dialect dialect;

    public ArticleRepository(Database database) {
        this.database = database;
        this.dialect = database.dialect();
    }

    /** Stores {@code articles} and records {@code offsets} in one transaction; all of it commits, or none. */
    public List<SaveResult> store(List<EnrichedArticle> articles, List<ConsumedOffset> offsets) {
        return database.inTransaction("store " + articles.size() + " articles", connection -> {
            var results = new ArrayList<SaveResult>(articles.size());
            for (EnrichedArticle article : articles) {
                results.add(save(connection, article));
            }
            saveOffsets(connection, offsets);
            return results;
        });
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

    /**
     * Stores the article unless the database holds a newer enrichment of it: the newest enrichment of each article
     * wins, whatever order the events arrive in (a re-enrichment, then a replay of the original, say).
     */
    private SaveResult save(Connection connection, EnrichedArticle article) throws SQLException {
        Optional<Instant> stored = storedEnrichedAt(connection, article.id());
        // PostgreSQL keeps microseconds: compare at that precision, so a redelivery is never "newer" by nanoseconds.
        Instant incoming = article.lineage().enrichedAt().truncatedTo(ChronoUnit.MICROS);
        SaveResult.Change change = stored.isEmpty() ? SaveResult.Change.SAVED
                : stored.get().isAfter(incoming) ? SaveResult.Change.KEPT_NEWER
                : stored.get().equals(incoming) ? SaveResult.Change.ALREADY_PRESENT
                : SaveResult.Change.RE_ENRICHED;
        if (change == SaveResult.Change.KEPT_NEWER) {
            return new SaveResult(article.id(), change, article.entities().size(), article.dates().size());
        }
        upsertArticle(connection, article);
        if (stored.isPresent()) {
            for (String table : List.of("entity_mentions", "article_entities", "article_dates")) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE article_id = ?")) {
                    delete.setString(1, article.id());
                    delete.executeUpdate();
                }
            }
        }
        upsertEntities(connection, article.entities());
        insertArticleEntities(connection, article);
        insertDates(connection, article);
        return new SaveResult(article.id(), change, article.entities().size(), article.dates().size());
    }

    private Optional<Instant> storedEnrichedAt(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT enriched_at FROM articles WHERE id = ?")) {
            select.setString(1, id);
            try (var rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(dialect.getInstant(rows, "enriched_at").truncatedTo(ChronoUnit.MICROS))
                        : Optional.empty();
            }
        }
    }

    private void upsertArticle(Connection connection, EnrichedArticle a) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ARTICLE)) {
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
            dialect.setInstant(upsert, ++i, Instant.now());
            upsert.executeUpdate();
        }
    }

    private static void upsertEntities(Connection connection, List<Entity> entities) throws SQLException {
        // Key order: two PostgreSQL writers upserting the same entities lock them in the same order, never a deadlock.
        var byKey = entities.stream().sorted(Comparator.comparing(Entity::key)).toList();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ENTITY)) {
            for (Entity entity : byKey) {
                upsert.setString(1, entity.key());
                upsert.setString(2, entity.name());
                upsert.setString(3, entity.type());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void insertArticleEntities(Connection connection, EnrichedArticle article) throws SQLException {
        try (PreparedStatement entityRow = connection.prepareStatement("INSERT INTO article_entities "
                     + "(article_id, entity_key, ordinal, mention_count, salience) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement mentionRow = connection.prepareStatement("INSERT INTO entity_mentions "
                     + "(article_id, entity_key, ordinal, start_index, end_index, text, type) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
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
            // Parents first: the mentions' foreign key points at the article_entities rows.
            entityRow.executeBatch();
            mentionRow.executeBatch();
        }
    }

    private static void insertDates(Connection connection, EnrichedArticle article) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article_dates "
                + "(article_id, ordinal, start_index, end_index, text, type, value, relative) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
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
            insert.executeBatch();
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
