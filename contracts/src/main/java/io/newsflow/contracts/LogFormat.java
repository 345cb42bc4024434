package io.newsflow.contracts;

/**
 * The one rule for values in Newsflow's {@code key=value} log lines, which operators' tools parse: ids, numbers,
 * codes and topic names are written bare; anything that can hold a space or a quote (file names, paths, reasons,
 * messages) is always written double-quoted, with {@code "} and {@code \} escaped by a backslash.
 */
public final class LogFormat {

    private LogFormat() {
    }

    /**
     * A setting as messages name it, {@code NAME="value"} with the value {@link #quoted}: configuration problems,
     * option errors and API errors all write the variable, option or parameter they are about this way.
     */
    public static String setting(String name, Object value) {
        return name + "=" + quoted(value);
    }

    /** The value double-quoted, with {@code "} and {@code \} escaped: {@code a "b".txt} becomes {@code "a \"b\".txt"}. */
    public static String quoted(Object value) {
        String text = String.valueOf(value);
        var quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }
}
