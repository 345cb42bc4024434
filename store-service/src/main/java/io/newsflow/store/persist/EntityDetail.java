package io.newsflow.store.persist;

import java.time.LocalDate;
import java.util.List;

/**
 * One entity over time: how often the news named it each day, the entities named most often beside it, and its
 * latest articles, all within the published dates asked for.
 *
 * @param articleCount  stored articles that name it
 * @param mentionCount  its mentions in them
 * @param timeline      each published day on which an article named it, oldest first
 * @param coMentioned   the entities named in the most of the same articles ({@code articleCount}: how many of them;
 *                      {@code mentionCount}: that entity's mentions there), most shared first
 * @param latestArticles its newest articles
 */
public record EntityDetail(String key, String name, String type, long articleCount, long mentionCount,
                           List<Day> timeline, List<EntityCount> coMentioned, List<ArticleSummary> latestArticles) {

    /** The articles published on one day that name the entity, and its mentions in them. */
    public record Day(LocalDate day, long articles, long mentions) {
    }
}
