package io.newsflow.launcher;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code --name value} options of a launcher command, read in one loop shared by the commands. Every problem is
 * collected rather than thrown at once (a missing value, an unknown option, a value of the wrong form), so a user
 * fixes a command line in one go: read the values with the typed getters, then {@link #validate(String)}.
 */
final class CommandOptions {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private CommandOptions() {
    }

    /** Splits {@code args} into options and values; an option not in {@code known} is a problem. */
    static CommandOptions parse(List<String> args, Collection<String> known) {
        var options = new CommandOptions();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                options.problems.add(option + " needs a value");
                break;
            }
            String value = args.get(++i);
            if (known.contains(option)) {
                options.values.put(option, value);
            } else {
                options.problems.add("unknown option " + option);
            }
        }
        return options;
    }

    String text(String option, String fallback) {
        return values.getOrDefault(option, fallback);
    }

    Path path(String option, Path fallback) {
        String value = values.get(option);
        return value == null ? fallback : Path.of(value);
    }

    int port(String option, int fallback) {
        return number(option, fallback, 0, 65535, Integer::valueOf, "a port 1-65535 (0 picks a free one)");
    }

    int whole(String option, int fallback, int min, int max) {
        return number(option, fallback, min, max, Integer::valueOf,
                String.format(Locale.ROOT, "a whole number from %d to %d", min, max));
    }

    /** A number that may have a fraction ({@code 0.5}), from {@code min} to {@code max}. */
    double decimal(String option, double fallback, double min, double max) {
        return number(option, fallback, min, max, Double::valueOf,
                "a number from " + plain(min) + " to " + plain(max));
    }

    /** A check only the command knows (two options that do not go together, a URL of the wrong kind). */
    void problem(String message) {
        problems.add(message);
    }

    /** Throws one {@link IllegalArgumentException} naming every problem, followed by the usage. */
    void validate(String usage) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + "\n" + usage);
        }
    }

    private <T extends Comparable<T>> T number(String option, T fallback, T min, T max,
                                               Function<String, T> parse, String expected) {
        String value = values.get(option);
        if (value == null) {
            return fallback;
        }
        try {
            T parsed = parse.apply(value);
            if (parsed.compareTo(min) >= 0 && parsed.compareTo(max) <= 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the option and what was expected
        }
        problems.add(option + " \"" + value + "\": expected " + expected);
        return fallback;
    }

    /** A number as a person writes it: {@code 20}, {@code 0.5}. */
    static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
