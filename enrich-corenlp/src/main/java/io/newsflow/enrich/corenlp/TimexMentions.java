package io.newsflow.enrich.corenlp;

import edu.stanford.nlp.time.Timex;
import io.newsflow.contracts.DateMention;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one SUTime TIMEX3 into a {@link DateMention}. SUTime has already resolved the expression against the
 * document date we gave it; what it does not say is whether it had to, so that is read off the value.
 */
final class TimexMentions {

    private static final Pattern YEAR_FIRST = Pattern.compile("^\\d{4}");

    private TimexMentions() {
    }

    /** Empty when SUTime gave no value (it found a date-like phrase but could not normalise it). */
    static Optional<DateMention> of(String text, int start, int end, Timex timex) {
        if (timex == null || timex.value() == null || timex.value().isBlank()) {
            return Optional.empty();
        }
        String surface = text.substring(start, end);
        return Optional.of(new DateMention(start, end, surface, timex.timexType(), timex.value(),
                isRelative(surface, timex.value())));
    }

    /**
     * A value whose year the text does not spell ("on Monday" -> 2022-04-04, "next week" -> 2022-W15) took its
     * year from the article date. Durations and sets (P2D) and vague references (PRESENT_REF) have no year.
     */
    private static boolean isRelative(String surface, String value) {
        var year = YEAR_FIRST.matcher(value);
        return year.find() && !surface.contains(year.group());
    }
}
