package io.newsflow.contracts;

/**
 * One date expression of an article. Offsets as in {@link Mention}.
 *
 * @param type     TIMEX3 kind: DATE, TIME, DURATION or SET
 * @param value    ISO-8601 value: a day {@code 2022-04-05}, a month {@code 2022-04}, a year {@code 2022}, or a
 *                 range {@code 2022-04-05/2022-04-07}
 * @param relative true when the value was resolved against the article's published date ("on Monday")
 */
public record DateMention(int start, int end, String text, String type, String value, boolean relative) {
}
