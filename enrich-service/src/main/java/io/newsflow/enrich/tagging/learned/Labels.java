package io.newsflow.enrich.tagging.learned;

import io.newsflow.contracts.EntityType;

/**
 * The labels a token can take: outside any name, or the beginning or inside of a name of one of the four types
 * (BIO). BIO rather than BILOU: with these features both scored the same on the development and held-out
 * articles, and nine labels instead of seventeen make scoring and decoding about a third cheaper.
 */
final class Labels {

    static final int TYPES = 4;
    static final int OUTSIDE = 0;
    static final int COUNT = 1 + TYPES * 2;

    private static final EntityType[] TYPE_OF = {
        EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC};

    private Labels() {
    }

    static int begin(int type) {
        return 1 + type * 2;
    }

    static int inside(int type) {
        return 2 + type * 2;
    }

    static int type(int label) {
        return (label - 1) >> 1;
    }

    static boolean isInside(int label) {
        return label != OUTSIDE && ((label - 1) & 1) == 1;
    }

    static EntityType entityType(int type) {
        return TYPE_OF[type];
    }

    /** The type index of an entity type, or -1 for one no label stands for. */
    static int typeIndex(EntityType type) {
        for (int t = 0; t < TYPES; t++) {
            if (TYPE_OF[t] == type) {
                return t;
            }
        }
        return -1;
    }

    /** A line cannot start inside a name. */
    static boolean canStart(int label) {
        return !isInside(label);
    }

    /** Whether {@code label} may follow {@code previous}: only a name that has begun goes on, with its own type. */
    static boolean canFollow(int previous, int label) {
        return !isInside(label) || previous != OUTSIDE && type(previous) == type(label);
    }
}
