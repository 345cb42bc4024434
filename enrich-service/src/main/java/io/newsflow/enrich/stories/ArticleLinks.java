package io.newsflow.enrich.stories;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the linker keeps of one article besides its sketch: when it was ingested, the earlier article it links to and
 * how similar they are, its story, the later articles linked to it, the articles it has already been compared
 * with, and how many band keys it shares with the earlier articles not yet compared. Immutable; each change is a new value in the store.
 */
record ArticleLinks(Instant at, String parent, Instant parentAt, Double similarity, String story,
                    Set<String> children, Set<String> compared, Map<String, Integer> sharedKeys) {

    ArticleLinks {
        children = Set.copyOf(children);
        compared = Set.copyOf(compared);
        sharedKeys = Map.copyOf(sharedKeys);
    }

    static ArticleLinks alone(String id, Instant at) {
        return new ArticleLinks(at, null, null, null, id, Set.of(), Set.of(), Map.of());
    }

    /** Whether {@code earlier} at {@code similarity} is a better link than the present one: more similar, then nearer. */
    boolean prefers(StoryMessage.Offer offer) {
        if (parent == null) {
            return true;
        }
        return BY_SIMILARITY_THEN_NEARNESS.compare(offer, new StoryMessage.Offer(parent, parentAt, similarity, story)) > 0;
    }

    ArticleLinks linkedTo(StoryMessage.Offer offer) {
        return new ArticleLinks(at, offer.earlier(), offer.earlierAt(), offer.similarity(), offer.story(), children,
                compared, sharedKeys);
    }

    ArticleLinks inStory(String newStory) {
        return new ArticleLinks(at, parent, parentAt, similarity, newStory, children, compared, sharedKeys);
    }

    ArticleLinks withChild(String child, boolean present) {
        var next = new TreeSet<>(children);
        if (present) {
            next.add(child);
        } else {
            next.remove(child);
        }
        return new ArticleLinks(at, parent, parentAt, similarity, story, next, compared, sharedKeys);
    }

    /**
     * With {@code keys} more band keys shared with {@code earlier}: compared with it once they reach
     * {@link StoryLinker#MIN_SHARED_KEYS} (the earlier one is then in {@link #compared}, and its count dropped).
     */
    ArticleLinks sharing(String earlier, int keys) {
        int total = sharedKeys.getOrDefault(earlier, 0) + keys;
        var counts = new TreeMap<>(sharedKeys);
        var done = new TreeSet<>(compared);
        if (total >= StoryLinker.MIN_SHARED_KEYS) {
            counts.remove(earlier);
            done.add(earlier);
        } else {
            counts.put(earlier, total);
        }
        return new ArticleLinks(at, parent, parentAt, similarity, story, children, done, counts);
    }

    /** Ties broken by the nearer earlier article, then the smaller id, so the choice never depends on arrival order. */
    private static final Comparator<StoryMessage.Offer> BY_SIMILARITY_THEN_NEARNESS =
            Comparator.comparingDouble(StoryMessage.Offer::similarity)
                    .thenComparing(StoryMessage.Offer::earlierAt)
                    .thenComparing(StoryMessage.Offer::earlier, Comparator.reverseOrder());
}
