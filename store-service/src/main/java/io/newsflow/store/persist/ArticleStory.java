package io.newsflow.store.persist;

/** The story an article is in, as its detail names it. */
public record ArticleStory(String id, String nearestEarlier, Double similarity, int articleCount) {
}
