package io.newsflow.enrich;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The published dates an enrich-service tags: every date for the live service, a chosen span for a re-enrichment of
 * history ({@code newsflow reenrich --from --to}). Both ends are included.
 */
public record PublishedRange(Optional<LocalDate> from, Optional<LocalDate> to) {

    public static final PublishedRange ALL = new PublishedRange(Optional.empty(), Optional.empty());

    public PublishedRange {
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the range ends (" + to.get() + ") before it starts (" + from.get()
                    + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return from.map(start -> !day.isBefore(start)).orElse(true) && to.map(end -> !day.isAfter(end)).orElse(true);
    }

    @Override
    public String toString() {
        return from.map(LocalDate::toString).orElse("any") + ".." + to.map(LocalDate::toString).orElse("any");
    }
}
