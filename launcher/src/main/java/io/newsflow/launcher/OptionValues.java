package io.newsflow.launcher;

import java.math.BigDecimal;
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
