package io.newsflow.ingest.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads a stated published date the same way in every format, with the same message when it is not a real day. */
final class PublishedDates {

    /** A day, optionally followed by a time ({@code 2022-04-05T09:00:00Z}): exports often carry a timestamp. */
    private static final Pattern DAY_THEN_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");

    private PublishedDates() {
    }

    /** A {@code YYYY-MM-DD} day; {@code where} names the field in the message ("header date"). */
    static LocalDate day(String value, String where) throws UnparseableFileException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnparseableFileException(UnparseableFileException.INVALID_DATE,
                    "the " + where + " \"" + value + "\" is not a valid date YYYY-MM-DD");
        }
    }

    /** As {@link #day}, also accepting a day with a time after it, whose time is then ignored. */
    static LocalDate dayOrTimestamp(String value, String where) throws UnparseableFileException {
        var timestamp = DAY_THEN_TIME.matcher(value);
        if (timestamp.matches()) {
            try {
                return LocalDate.parse(timestamp.group(1));
            } catch (DateTimeParseException e) {
                // fall through: reported with the whole value
            }
        }
        return day(value, where);
    }
}
