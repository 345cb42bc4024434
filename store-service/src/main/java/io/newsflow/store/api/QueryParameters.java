package io.newsflow.store.api;

import io.newsflow.contracts.LogFormat;
import io.newsflow.http.HttpError;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A request's query parameters, read with their expected form. Every mistake is a 400 whose message names the
 * parameter, the value given and what was expected, like the configuration's messages: {@code from="2022-13-01":
 * expected an ISO date YYYY-MM-DD}. Unknown names are refused too, so a typo does not silently widen a search.
 * Public for the web pages, which take the same parameters.
 */
public final class QueryParameters {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;
    private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Za-z_]+");

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    public static QueryParameters of(URI uri, Set<String> allowed) {
        var values = new HashMap<String, String>();
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!allowed.contains(name)) {
                    throw new HttpError(400, "unknown parameter \"" + name + "\": expected one of "
                            + String.join(", ", new TreeSet<>(allowed)));
                }
                values.put(name, value.strip());
            }
        }
        return new QueryParameters(values);
    }

    /** The value, or null when absent or empty. */
    public String text(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name, value, "an ISO date YYYY-MM-DD");
        }
    }

    /** A count given as {@code name}, 1-{@value #MAX_LIMIT}: a least size, say. */
    int count(String name, int defaultValue) {
        return integer(name, defaultValue, 1, MAX_LIMIT);
    }

    private int integer(String name, int defaultValue, int min, int max) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected range
        }
        throw invalid(name, value, "a whole number " + min + "-" + max);
    }

    /** An entity type such as {@code PERSON}, given in any case; upper case, or null when absent. */
    String entityType(String name) {
        String value = text(name);
        if (value != null && !ENTITY_TYPE.matcher(value).matches()) {
            throw invalid(name, value, "an entity type such as PERSON, ORGANIZATION or LOCATION");
        }
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** The page size of every list: {@code limit}, 1-100, default 20. */
    int limit() {
        return limit(DEFAULT_LIMIT);
    }

    /** As {@link #limit()}, for a resource whose page is of another size unless told. */
    public int limit(int defaultLimit) {
        return integer("limit", defaultLimit, 1, MAX_LIMIT);
    }

    /** How many items of a list to skip: {@code offset}, default 0. */
    int offset() {
        return integer("offset", 0, 0, Integer.MAX_VALUE);
    }

    static HttpError invalid(String name, String value, String expected) {
        return new HttpError(400, LogFormat.setting(name, value) + ": expected " + expected);
    }

    /** {@link RequestReader} has already refused malformed escapes, so decoding cannot fail here. */
    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
