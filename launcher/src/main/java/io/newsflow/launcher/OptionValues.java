package io.newsflow.launcher;

import io.newsflow.enrich.tagging.Taggers;
import io.newsflow.launcher.replay.BrokerProbe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values checked as they are parsed. Each failure says only what was expected: {@link OneLineErrors} puts the
 * option and the value in front of it.
 */
final class OptionValues {

    private OptionValues() {
    }

    /** {@code --port}, {@code --kafka-port}: as {@code NEWSFLOW_HTTP_PORT} reads a port. */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return within(value, 0, 65535, Integer::valueOf, "a port 1-65535 (0 picks a free one)");
        }
    }

    /** {@code --kafka}: one broker or several, as {@code NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS} takes them. */
    static final class BootstrapServers implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                BrokerProbe.addresses(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected HOST:PORT, or several separated by commas");
            }
        }
    }

    /** {@code --from}, {@code --to}: a day as the events write it. */
    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("expected an ISO date YYYY-MM-DD");
            }
        }
    }

    /** {@code --tagger}: one of the taggers Newsflow knows; whether it is installed is checked when the command runs. */
    static final class Tagger implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!Taggers.KNOWN.contains(value)) {
                throw new TypeConversionException("expected one of " + String.join(", ", Taggers.KNOWN));
            }
            return value;
        }
    }

    /** A whole number in the range a subclass gives: {@code Epochs() { super(1, 1000); }}. */
    abstract static class Whole implements ITypeConverter<Integer> {
        private final int min;
        private final int max;

        Whole(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer convert(String value) {
            return within(value, min, max, Integer::valueOf,
                    String.format(Locale.ROOT, "a whole number from %d to %d", min, max));
        }
    }

    /** A number that may have a fraction ({@code 0.5}), from {@code min} to {@code max}. */
    static double decimal(String value, double min, double max) {
        return within(value, min, max, Double::valueOf, "a number from " + plain(min) + " to " + plain(max));
    }

    /** A number as a person writes it: {@code 20}, {@code 0.5}. */
    static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private static <T extends Comparable<T>> T within(String value, T min, T max, Function<String, T> parse,
                                                      String expected) {
        try {
            T parsed = parse.apply(value.strip());
            if (parsed.compareTo(min) >= 0 && parsed.compareTo(max) <= 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // refused below, as any value out of range
        }
        throw new TypeConversionException("expected " + expected);
    }
}
