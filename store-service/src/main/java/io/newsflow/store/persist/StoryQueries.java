package io.newsflow.store.persist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The read side of stories: the newest first, one with its versions, and the story of an article. */
public final class StoryQueries {

    private static final String SUMMARY = "SELECT s.story_id, a.title, s.article_count, s.first_seen,"
            + " s.last_updated FROM stories s LEFT JOIN articles a ON a.id = s.story_id";

    private final Database database;
    private final Dialect dialect;

    public StoryQueries(Database database) {
        this.database = database;
        this.dialect = database.dialect();
    }

    /** Stories of at least {@code minArticles} articles, the latest updated first (ties by id, so pages never overlap). */
    public Page<StorySummary> list(int minArticles, int limit, int offset) {
        return database.read("list stories", connection -> {
            long total;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM stories WHERE article_count >= ?")) {
                count.setInt(1, minArticles);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            var stories = new ArrayList<StorySummary>();
            try (PreparedStatement select = connection.prepareStatement(SUMMARY + " WHERE s.article_count >= ?"
                    + " ORDER BY s.last_updated DESC, s.story_id LIMIT ? OFFSET ?")) {
                select.setInt(1, minArticles);
                select.setInt(2, limit);
                select.setInt(3, offset);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        stories.add(summary(row));
                    }
                }
            }
            return new Page<>(stories, total, limit, offset);
        });
    }

    /** The story {@code id} with its first {@code limit} versions and entities; empty when there is none. */
    public Optional<StoryDetail> find(String id, int limit) {
        return database.read("read a story", connection -> {
            Optional<StorySummary> summary = summary(connection, id);
            if (summary.isEmpty()) {
                return Optional.empty();
            }
            StorySummary story = summary.get();
            return Optional.of(new StoryDetail(story.id(), story.title(), story.articleCount(), story.firstSeen(),
                    story.lastUpdated(), versions(connection, id, limit), topEntities(connection, id, limit)));
        });
    }

    /** The story article {@code articleId} is in, once its assignment is stored. */
    public Optional<ArticleStory> ofArticle(String articleId) {
        return database.read("read an article's story", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT sa.story_id, sa.nearest_earlier,"
                    + " sa.similarity, s.article_count FROM story_assignments sa"
                    + " JOIN stories s ON s.story_id = sa.story_id WHERE sa.article_id = ?")) {
                select.setString(1, articleId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new ArticleStory(row.getString(1), row.getString(2), similarity(row),
                                    row.getInt(4)))
                            : Optional.empty();
                }
            }
        });
    }

    private Optional<StorySummary> summary(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SUMMARY + " WHERE s.story_id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(summary(row)) : Optional.empty();
            }
        }
    }

    private StorySummary summary(ResultSet row) throws SQLException {
        return new StorySummary(row.getString("story_id"), row.getString("title"), row.getInt("article_count"),
                dialect.getInstant(row, "first_seen"), dialect.getInstant(row, "last_updated"));
    }

    private List<StoryDetail.Version> versions(Connection connection, String id, int limit) throws SQLException {
        var versions = new ArrayList<StoryDetail.Version>();
        try (PreparedStatement select = connection.prepareStatement("SELECT sa.article_id, a.title,"
                + " a.published_date, sa.ingested_at, sa.nearest_earlier, sa.similarity FROM story_assignments sa"
                + " LEFT JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ?"
                + " ORDER BY sa.ingested_at, sa.article_id LIMIT ?")) {
            select.setString(1, id);
            select.setInt(2, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    versions.add(new StoryDetail.Version(row.getString("article_id"), row.getString("title"),
                            dialect.getDate(row, "published_date"), dialect.getInstant(row, "ingested_at"),
                            row.getString("nearest_earlier"), similarity(row)));
                }
            }
        }
        return versions;
    }

    private static List<EntityCount> topEntities(Connection connection, String id, int limit) throws SQLException {
        var entities = new ArrayList<EntityCount>();
        try (PreparedStatement select = connection.prepareStatement("SELECT e.entity_key, e.name, e.type,"
                + " COUNT(*) AS article_count, SUM(ae.mention_count) AS mention_count FROM story_assignments sa"
                + " JOIN article_entities ae ON ae.article_id = sa.article_id"
                + " JOIN entities e ON e.entity_key = ae.entity_key WHERE sa.story_id = ?"
                + " GROUP BY e.entity_key, e.name, e.type"
                + " ORDER BY article_count DESC, mention_count DESC, e.entity_key LIMIT ?")) {
            select.setString(1, id);
            select.setInt(2, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entities.add(new EntityCount(row.getString("entity_key"), row.getString("name"),
                            row.getString("type"), row.getLong("article_count"), row.getLong("mention_count")));
                }
            }
        }
        return entities;
    }

    private static Double similarity(ResultSet row) throws SQLException {
        double value = row.getDouble("similarity");
        return row.wasNull() ? null : value;
    }
}
