package io.newsflow.config;

import io.newsflow.contracts.LogFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Renders a service's effective configuration for its startup log line: sorted, strings quoted, secrets masked. */
public final class Secrets {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token).*");
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*|(://[^:/@]+:)[^@]*(@)");

    /** A value to show as {@code <masked>} whatever its name: a secret the name does not give away. */
    public static final Object MASKED = new Object() {
        @Override
        public String toString() {
            return "<masked>";
        }
    };

    private Secrets() {
    }

    public static String describe(Map<String, ?> settings) {
        var sorted = new TreeMap<String, Object>(settings);
        var out = new StringBuilder();
        sorted.forEach((name, value) -> {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(name).append('=').append(render(name, value));
        });
        return out.toString();
    }

    /** Masks a password inside a connection string: {@code password=...} parameters and {@code user:pass@host}. */
    public static String maskUrl(String url) {
        return URL_PASSWORD.matcher(url).replaceAll(m -> m.group(1) != null
                ? m.group(1) + "<masked>"
                : m.group(2) + "<masked>" + m.group(3));
    }

    private static String render(String name, Object value) {
        if (value == null) {
            return "<unset>";
        }
        if (value == MASKED || SECRET_NAME.matcher(name).matches()) {
            return "<masked>";
        }
        String text = value.toString();
        return value instanceof Number || value instanceof Boolean ? text : LogFormat.quoted(maskUrl(text));
    }
}
