package io.newsflow.enrich.tagging.dates;

import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.ARTICLE;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.VAGUE;

import java.util.EnumSet;
import java.util.List;

/**
 * Words that point at the present, the past or the future without naming a date. TimeML gives them the values
 * PRESENT_REF, PAST_REF and FUTURE_REF; they are relative to the article because "now" is its date.
 */
final class VagueRules {

    /** Units after which "the past" is a span of time ("the past three years"), not the past as a whole. */
    private static final String UNITS = "(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|quarters?"
            + "|hours?|minutes?|sessions?|generations?)";

    static final List<DateRule> ALL = List.of(
            DateRule.of("present", EnumSet.of(VAGUE),
                    "(?i)\\b(?:right\\s+now|now|currently|current|these\\s+days|nowadays|at\\s+present)\\b",
                    (m, text, cal) -> DateRule.Value.date("PRESENT_REF", true)),
            DateRule.of("past", EnumSet.of(VAGUE, ARTICLE),
                    "(?i)\\b(?:recently|lately|formerly|recent\\s+" + UNITS + "|the\\s+past\\b"
                            + "(?!\\s+(?:[\\w-]+\\s+){0,2}" + UNITS + "\\b))",
                    (m, text, cal) -> DateRule.Value.date("PAST_REF", true)),
            // "as soon as" and "soon after" place something relative to another event, not to the article.
            DateRule.of("future", EnumSet.of(VAGUE, ARTICLE),
                    "(?i)(?<!\\bas\\s)\\b(?:soon\\b(?!\\s+(?:as|after|before)\\b)"
                            + "|the\\s+(?:near\\s+|distant\\s+)?future\\b(?!\\s+of\\b))",
                    (m, text, cal) -> DateRule.Value.date("FUTURE_REF", true)));

    private VagueRules() {
    }
}
