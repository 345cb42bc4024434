package io.newsflow.config;

import io.newsflow.contracts.LogFormat;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code NEWSFLOW_*} variables from a map (the process environment in production, a plain map in tests) and
 * collects every problem instead of stopping at the first, so a user fixes their configuration in one go.
 * Empty values count as unset. Call {@link #validate(String)} after reading everything.
 */
public final class Env {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Map<String, String> vars;
    private final List<String> problems = new ArrayList<>();

    public Env(Map<String, String> vars) {
        this.vars = Map.copyOf(vars);
    }

    public String string(String name, String defaultValue) {
        String value = raw(name);
        return value == null ? defaultValue : value;
    }

    /** A value that has no sensible default; unset is a problem. */
    public String required(String name, String expected) {
        String value = raw(name);
        if (value == null) {
            problems.add(name + " is not set: expected " + expected);
        }
        return value;
    }

    public int integer(String name, int defaultValue, int min, int max) {
        return integer(name, defaultValue, min, max, "a whole number " + min + "-" + max);
    }

    public int port(String name, int defaultValue) {
        return integer(name, defaultValue, 0, 65535, "a port 1-65535 (0 picks a free one)");
    }

    private int integer(String name, int defaultValue, int min, int max, String expected) {
        String value = raw(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the variable and what was expected
        }
        problems.add(LogFormat.setting(name, value) + ": expected " + expected);
        return defaultValue;
    }

    public Path path(String name, Path defaultValue) {
        String value = raw(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            problems.add(LogFormat.setting(name, value) + ": expected a file system path (" + e.getReason() + ")");
            return defaultValue;
        }
    }

    /** As {@link #duration}, for an interval or a wait that must not be zero. */
    public Duration positiveDuration(String name, Duration defaultValue) {
        Duration duration = duration(name, defaultValue);
        if (duration != null && duration.isZero()) {
            problems.add(LogFormat.setting(name, raw(name)) + ": expected a duration above zero");
            return defaultValue;
        }
        return duration;
    }

    /** Durations as {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h} or {@code 7d}. */
    public Duration duration(String name, Duration defaultValue) {
        String value = raw(name);
        if (value == null) {
            return defaultValue;
        }
        Matcher m = DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            problems.add(LogFormat.setting(name, value) + ": expected a duration such as 500ms, 5s, 2m, 1h or 7d");
            return defaultValue;
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /** One of a fixed set of words, case-insensitive; returns the lower-case word. */
    public String choice(String name, String defaultValue, List<String> allowed) {
        String value = raw(name);
        if (value == null) {
            return defaultValue;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (allowed.contains(lower)) {
            return lower;
        }
        problems.add(LogFormat.setting(name, value) + ": expected one of " + String.join(", ", allowed));
        return defaultValue;
    }

    /** Every set variable whose name starts with {@code prefix}, by name, in name order. */
    public SortedMap<String, String> prefixed(String prefix) {
        var found = new TreeMap<String, String>();
        vars.keySet().stream().filter(name -> name.startsWith(prefix))
                .forEach(name -> {
                    String value = raw(name);
                    if (value != null) {
                        found.put(name, value);
                    }
                });
        return found;
    }

    /** Lets a config record add a rule that spans variables ("NEWSFLOW_DB_URL needs NEWSFLOW_DB_USER"). */
    public void problem(String message) {
        problems.add(message);
    }

    /** Throws one {@link ConfigException} listing every problem found so far. */
    public void validate(String service) {
        if (!problems.isEmpty()) {
            throw new ConfigException(service, problems);
        }
    }

    private String raw(String name) {
        String value = vars.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
