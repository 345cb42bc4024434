package io.newsflow.enrich.tagging.dates;

import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.ARTICLE;
import static io.newsflow.enrich.tagging.dates.DateRule.StartWord.VAGUE;

import io.newsflow.enrich.tagging.dates.DateRule.Example;
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
                    (m, text, cal) -> DateRule.Value.date("PRESENT_REF", true),
                    new Example("Troops are currently in the capital.",
                            "2022-04-05", "currently", "PRESENT_REF"),
                    new Example("The bridge is now open.",
                            "2022-04-05", "now", "PRESENT_REF")),
            DateRule.of("past", EnumSet.of(VAGUE, ARTICLE),
                    "(?i)\\b(?:recently|lately|formerly|recent\\s+" + UNITS + "|the\\s+past\\b"
                            + "(?!\\s+(?:[\\w-]+\\s+){0,2}" + UNITS + "\\b))",
                    (m, text, cal) -> DateRule.Value.date("PAST_REF", true),
                    new Example("The minister recently said so.",
                            "2022-04-05", "recently", "PAST_REF"),
                    new Example("Prices fell in recent years.",
                            "2022-04-05", "recent years", "PAST_REF")),
            // "as soon as" and "soon after" place something relative to another event, not to the article.
            DateRule.of("future", EnumSet.of(VAGUE, ARTICLE),
                    "(?i)(?<!\\bas\\s)\\b(?:soon\\b(?!\\s+(?:as|after|before)\\b)"
                            + "|the\\s+(?:near\\s+|distant\\s+)?future\\b(?!\\s+of\\b)"
                            // "in the near term"; the adjective "near-term" qualifies a noun and is no date.
                            + "|the\\s+(?:near|short)\\s+term\\b(?!-))",
                    (m, text, cal) -> DateRule.Value.date("FUTURE_REF", true),
                    new Example("The minister will resign soon.",
                            "2022-04-05", "soon", "FUTURE_REF"),
                    new Example("Rates will rise in the near future.",
                            "2022-04-05", "the near future", "FUTURE_REF"),
                    new Example("Margins will stay thin in the short term.",
                            "2022-04-05", "the short term", "FUTURE_REF")));

    private VagueRules() {
    }
}
