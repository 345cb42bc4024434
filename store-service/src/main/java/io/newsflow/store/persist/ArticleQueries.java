package io.newsflow.store.persist;

import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Lineage;
import io.newsflow.contracts.Mention;
import io.newsflow.contracts.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * The store's read side, what the HTTP API serves: one article rebuilt from its rows, the filtered article list,
 * and the entities named most often. Read-only, on the read connections.
 */
public final class ArticleQueries {

    /** Binds one parameter of a statement built at run time. */
    @FunctionalInterface
    private interface Parameter {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    private final Database database;
    private final Dialect dialect;

    public ArticleQueries(Database database) {
        this.database = database;
        this.dialect = database.dialect();
    }

    /** The article as the event that stored it, with the entities' current canonical names. */
    public Optional<StoredArticle> find(String id) {
        return database.read("read article", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM articles WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    var article = new EnrichedArticle(id, row.getInt("schema_version"),
                            dialect.getDate(row, "published_date"), row.getString("date_source"),
                            row.getString("title"), row.getBoolean("title_derived"), row.getString("text"),
                            new Source(row.getString("source_file_name"), row.getString("source_path"),
                                    row.getLong("source_size_bytes"), row.getString("source_sha256"),
                                    row.getString("source_format"), row.getString("source_encoding"),
                                    SourceWarnings.fromColumn(row.getString("source_warnings")),
                                    row.getString("source_url")),
                            dialect.getInstant(row, "ingested_at"), entities(connection, id), dates(connection, id),
                            new Lineage(row.getString("source_path"), row.getString("raw_topic"),
                                    row.getInt("raw_partition"), row.getLong("raw_offset"), row.getString("enricher"),
                                    dialect.getInstant(row, "enriched_at")));
                    return Optional.of(new StoredArticle(article, dialect.getInstant(row, "stored_at")));
                }
            }
        });
    }

    /**
     * Articles matching {@code filter}: newest published first, or for a search the best matches first, with a
     * snippet each (ties by date, then id, so pages never overlap).
     */
    public Page<ArticleSummary> list(ArticleFilter filter) {
        var from = new StringBuilder(" FROM articles a");
        var where = new StringBuilder(" WHERE 1 = 1");
        var parameters = new ArrayList<Parameter>();
        Dialect.Search search = dialect.search();
        if (filter.search() != null) {
            from.append(search.join());
            where.append(search.condition());
            String argument = search.argument().apply(filter.search());
            parameters.add((s, i) -> s.setString(i, argument)); // first either way: the join comes before the WHERE
        }
        if (filter.from() != null) {
            where.append(" AND a.published_date >= ?");
            parameters.add((s, i) -> dialect.setDate(s, i, filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND a.published_date <= ?");
            parameters.add((s, i) -> dialect.setDate(s, i, filter.to()));
        }
        if (filter.entity() != null || filter.entityType() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_entities ae JOIN entities e"
                    + " ON e.entity_key = ae.entity_key WHERE ae.article_id = a.id");
            if (filter.entity() != null) {
                where.append(" AND (e.entity_key = ? OR lower(e.name) = lower(?))");
                parameters.add((s, i) -> s.setString(i, filter.entity()));
                parameters.add((s, i) -> s.setString(i, filter.entity()));
            }
            if (filter.entityType() != null) {
                where.append(" AND e.type = ?");
                parameters.add((s, i) -> s.setString(i, filter.entityType()));
            }
            where.append(')');
        }
        boolean searching = filter.search() != null;
        String page = "SELECT a.id, a.title, a.published_date, a.source_path,"
                + " (SELECT COUNT(*) FROM article_entities x WHERE x.article_id = a.id) AS entity_count,"
                + " (SELECT COUNT(*) FROM article_dates d WHERE d.article_id = a.id) AS date_count"
                + (searching ? ", " + search.snippet() + " AS snippet" : "")
                + from + where + " ORDER BY " + (searching ? search.rank() + ", " : "")
                + "a.published_date DESC, a.id LIMIT ? OFFSET ?";
        return database.read("list articles", connection -> {
            long total;
            try (PreparedStatement count = prepare(connection, "SELECT COUNT(*)" + from + where, parameters);
                 ResultSet row = count.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
            var items = new ArrayList<ArticleSummary>();
            try (PreparedStatement select = prepare(connection, page, parameters)) {
                select.setInt(parameters.size() + 1, filter.limit());
                select.setInt(parameters.size() + 2, filter.offset());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        items.add(new ArticleSummary(row.getString("id"), row.getString("title"),
                                dialect.getDate(row, "published_date"), row.getString("source_path"),
                                row.getInt("entity_count"), row.getInt("date_count"),
                                searching ? row.getString("snippet") : null));
                    }
                }
            }
            return new Page<>(items, total, filter.limit(), filter.offset());
        });
    }

    /**
     * The entities named by the most articles, optionally of one type, paged like {@link #list}: most articles
     * first, then most mentions, then by key, so pages never overlap.
     */
    public Page<EntityCount> topEntities(String type, int limit, int offset) {
        String from = " FROM entities e JOIN article_entities ae ON ae.entity_key = e.entity_key"
                + (type == null ? "" : " WHERE e.type = ?");
        List<Parameter> parameters = type == null ? List.of() : List.of((s, i) -> s.setString(i, type));
        String page = "SELECT e.entity_key, e.name, e.type, COUNT(*) AS article_count,"
                + " SUM(ae.mention_count) AS mention_count" + from
                + " GROUP BY e.entity_key, e.name, e.type"
                + " ORDER BY article_count DESC, mention_count DESC, e.entity_key LIMIT ? OFFSET ?";
        return database.read("list entities", connection -> {
            long total;
            try (PreparedStatement count = prepare(connection, "SELECT COUNT(DISTINCT e.entity_key)" + from,
                    parameters); ResultSet row = count.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
            var entities = new ArrayList<EntityCount>();
            try (PreparedStatement select = prepare(connection, page, parameters)) {
                select.setInt(parameters.size() + 1, limit);
                select.setInt(parameters.size() + 2, offset);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        entities.add(new EntityCount(row.getString("entity_key"), row.getString("name"),
                                row.getString("type"), row.getLong("article_count"), row.getLong("mention_count")));
                    }
                }
            }
            return new Page<>(entities, total, limit, offset);
        });
    }

    /**
     * The entity with key {@code key} over the published dates {@code from} to {@code to} (either may be null): its
     * counts, its timeline by day, the {@code limit} entities most often named beside it and its {@code limit} newest
     * articles. Empty when no stored article names it.
     */
    public Optional<EntityDetail> entity(String key, LocalDate from, LocalDate to, int limit) {
        var range = new StringBuilder();
        var parameters = new ArrayList<Parameter>(List.of((s, i) -> s.setString(i, key)));
        if (from != null) {
            range.append(" AND a.published_date >= ?");
            parameters.add((s, i) -> dialect.setDate(s, i, from));
        }
        if (to != null) {
            range.append(" AND a.published_date <= ?");
            parameters.add((s, i) -> dialect.setDate(s, i, to));
        }
        String mine = " FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_key = ?"
                + range;
        String besideMine = " FROM article_entities ae JOIN articles a ON a.id = ae.article_id"
                + " JOIN article_entities other ON other.article_id = ae.article_id AND other.entity_key <> ae.entity_key"
                + " JOIN entities e ON e.entity_key = other.entity_key WHERE ae.entity_key = ?" + range;
        // One read, so the counts, the timeline and the companions describe the same rows.
        Optional<Found> found = database.read("read an entity", connection -> {
            Optional<EntityCount> named = named(connection, key, mine, parameters);
            return named.isEmpty() ? Optional.<Found>empty() : Optional.of(new Found(named.get(),
                    timeline(connection, mine, parameters), beside(connection, besideMine, parameters, limit)));
        });
        return found.map(it -> new EntityDetail(it.entity().key(), it.entity().name(), it.entity().type(),
                it.entity().articleCount(), it.entity().mentionCount(), it.timeline(), it.beside(),
                list(new ArticleFilter(key, null, from, to, null, limit, 0)).items()));
    }

    /** What one read finds of an entity; its latest articles are the article list's own query. */
    private record Found(EntityCount entity, List<EntityDetail.Day> timeline, List<EntityCount> beside) {
    }

    private static Optional<EntityCount> named(Connection connection, String key, String mine,
                                               List<Parameter> parameters) throws SQLException {
        try (PreparedStatement select = prepare(connection, "SELECT e.entity_key, e.name, e.type,"
                + " (SELECT COUNT(*)" + mine + ") AS article_count,"
                + " (SELECT COALESCE(SUM(ae.mention_count), 0)" + mine + ") AS mention_count"
                + " FROM entities e WHERE e.entity_key = ?", twice(parameters, key));
             ResultSet row = select.executeQuery()) {
            return row.next() && row.getLong("article_count") > 0
                    ? Optional.of(new EntityCount(row.getString("entity_key"), row.getString("name"),
                            row.getString("type"), row.getLong("article_count"), row.getLong("mention_count")))
                    : Optional.empty();
        }
    }

    private List<EntityDetail.Day> timeline(Connection connection, String mine, List<Parameter> parameters)
            throws SQLException {
        var days = new ArrayList<EntityDetail.Day>();
        try (PreparedStatement select = prepare(connection, "SELECT a.published_date, COUNT(*) AS articles,"
                + " SUM(ae.mention_count) AS mentions" + mine
                + " GROUP BY a.published_date ORDER BY a.published_date", parameters);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                days.add(new EntityDetail.Day(dialect.getDate(row, "published_date"), row.getLong("articles"),
                        row.getLong("mentions")));
            }
        }
        return days;
    }

    private static List<EntityCount> beside(Connection connection, String besideMine, List<Parameter> parameters,
                                            int limit) throws SQLException {
        var entities = new ArrayList<EntityCount>();
        try (PreparedStatement select = prepare(connection, "SELECT e.entity_key, e.name, e.type,"
                + " COUNT(*) AS article_count, SUM(other.mention_count) AS mention_count" + besideMine
                + " GROUP BY e.entity_key, e.name, e.type"
                + " ORDER BY article_count DESC, mention_count DESC, e.entity_key LIMIT ?",
                withLimit(parameters, limit)); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                entities.add(new EntityCount(row.getString("entity_key"), row.getString("name"),
                        row.getString("type"), row.getLong("article_count"), row.getLong("mention_count")));
            }
        }
        return entities;
    }

    /** The range's parameters for each of the two counts, then the key of the entity row. */
    private static List<Parameter> twice(List<Parameter> parameters, String key) {
        var all = new ArrayList<>(parameters);
        all.addAll(parameters);
        all.add((s, i) -> s.setString(i, key));
        return all;
    }

    private static List<Parameter> withLimit(List<Parameter> parameters, int limit) {
        var all = new ArrayList<>(parameters);
        all.add((s, i) -> s.setInt(i, limit));
        return all;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Parameter> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                parameters.get(i).bind(statement, i + 1);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static List<Entity> entities(Connection connection, String id) throws SQLException {
        var mentions = new HashMap<String, List<Mention>>();
        try (PreparedStatement select = connection.prepareStatement("SELECT entity_key, start_index, end_index, text,"
                + " type FROM entity_mentions WHERE article_id = ? ORDER BY entity_key, ordinal")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    mentions.computeIfAbsent(row.getString("entity_key"), k -> new ArrayList<>())
                            .add(new Mention(row.getInt("start_index"), row.getInt("end_index"),
                                    row.getString("text"), row.getString("type")));
                }
            }
        }
        var entities = new ArrayList<Entity>();
        try (PreparedStatement select = connection.prepareStatement("SELECT e.entity_key, e.name, e.type,"
                + " ae.mention_count, ae.salience FROM article_entities ae"
                + " JOIN entities e ON e.entity_key = ae.entity_key WHERE ae.article_id = ? ORDER BY ae.ordinal")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String key = row.getString("entity_key");
                    entities.add(new Entity(key, row.getString("name"), row.getString("type"),
                            row.getInt("mention_count"), row.getDouble("salience"),
                            mentions.getOrDefault(key, List.of())));
                }
            }
        }
        return entities;
    }

    private static List<DateMention> dates(Connection connection, String id) throws SQLException {
        var dates = new ArrayList<DateMention>();
        try (PreparedStatement select = connection.prepareStatement("SELECT start_index, end_index, text, type,"
                + " value, relative FROM article_dates WHERE article_id = ? ORDER BY ordinal")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    dates.add(new DateMention(row.getInt("start_index"), row.getInt("end_index"),
                            row.getString("text"), row.getString("type"), row.getString("value"),
                            row.getBoolean("relative")));
                }
            }
        }
        return dates;
    }
}
