package io.newsflow.enrich.tagging.learned;

import io.newsflow.contracts.EntityType;
import io.newsflow.enrich.tagging.entities.RuleEvidence;

/**
 * The labels a token can take: outside any name, or the beginning, inside, last token or whole (unit) of a name of
 * one of the four types (BILOU). BILOU rather than BIO: the last token of a name has cues of its own ("Ministry",
 * "Inc"), and learned taggers are measurably more accurate with it.
 */
final class Labels {

    static final int TYPES = 4;
    static final int OUTSIDE = 0;
    static final int COUNT = 1 + TYPES * 4;

    private static final EntityType[] TYPE_OF = {
        EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC};

    private Labels() {
    }

    /** @param position one of the {@link RuleEvidence} positions */
    static int of(int type, int position) {
        return 1 + type * 4 + position;
    }

    static int type(int label) {
        return (label - 1) >> 2;
    }

    static int position(int label) {
        return (label - 1) & 3;
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

    static boolean canStart(int label) {
        return label == OUTSIDE || position(label) == RuleEvidence.BEGIN || position(label) == RuleEvidence.UNIT;
    }

    static boolean canEnd(int label) {
        return label == OUTSIDE || position(label) == RuleEvidence.LAST || position(label) == RuleEvidence.UNIT;
    }

    /** Whether {@code label} may follow {@code previous}: a name that has begun goes on with its own type only. */
    static boolean canFollow(int previous, int label) {
        boolean open = previous != OUTSIDE
                && (position(previous) == RuleEvidence.BEGIN || position(previous) == RuleEvidence.INSIDE);
        boolean continues = label != OUTSIDE
                && (position(label) == RuleEvidence.INSIDE || position(label) == RuleEvidence.LAST);
        return open ? continues && type(label) == type(previous) : !continues;
    }
}
