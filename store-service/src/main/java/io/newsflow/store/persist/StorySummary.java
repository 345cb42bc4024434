package io.newsflow.store.persist;

import java.time.Instant;

/**
 * One line of the story list.
 *
 * @param id           the story id: the id of its first article
 * @param title        its first article's title, when that article is stored
 * @param articleCount its articles, versions of one event
 * @param firstSeen    when its first article was ingested
 * @param lastUpdated  when its latest article was ingested
 */
public record StorySummary(String id, String title, int articleCount, Instant firstSeen, Instant lastUpdated) {
}
