package io.newsflow.ingest;

import io.newsflow.ingest.publish.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Outcomes decided but not yet committed, with what to do to their files once the commit succeeds (keep, move,
 * delete, quarantine). Nothing touches a file before its outcome is on Kafka, so a failed commit leaves every file
 * of the batch where it was, to be read again.
 */
final class PendingBatch {

    private final BatchLimits limits;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    /** Articles in this batch, so the same text twice in one batch is published once. */
    private final Set<String> articleIds = new HashSet<>();
    private long bytes;
    private long openedNanos;

    PendingBatch(BatchLimits limits) {
        this.limits = limits;
    }

    /**
     * @param inputBytes  the size of the input this outcome came from, counted against the byte limit
     * @param afterCommit what to do once the batch is committed
     */
    void add(Outcome outcome, long inputBytes, Runnable afterCommit) {
        if (outcomes.isEmpty()) {
            openedNanos = System.nanoTime();
        }
        outcomes.add(outcome);
        this.afterCommit.add(afterCommit);
        bytes += inputBytes;
        if (outcome instanceof Outcome.Article article) {
            articleIds.add(article.article().id());
        }
    }

    boolean holdsArticle(String id) {
        return articleIds.contains(id);
    }

    /** True once any limit is reached: the batch should be committed before more is added. */
    boolean full() {
        return outcomes.size() >= limits.maxArticles() || bytes >= limits.maxBytes()
                || !outcomes.isEmpty() && System.nanoTime() - openedNanos >= limits.maxWait().toNanos();
    }

    boolean isEmpty() {
        return outcomes.isEmpty();
    }

    List<Outcome> outcomes() {
        return outcomes;
    }

    List<Runnable> afterCommit() {
        return afterCommit;
    }

    long bytes() {
        return bytes;
    }

    /** Forgets everything: after a commit, or after a failure that left the files to be read again. */
    void clear() {
        outcomes.clear();
        afterCommit.clear();
        articleIds.clear();
        bytes = 0;
    }
}
