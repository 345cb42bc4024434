package io.newsflow.logging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Newsflow log message read back into its parts: {@code ingest published id=696955b6 file="a b.txt" partition=2}
 * is the service {@code ingest}, the event {@code published} and the fields {@code id}, {@code file},
 * {@code partition}. Values are bare words or double-quoted with {@code \"} and {@code \\} escapes, as the messages
 * write them; words between fields, or after them, stay only in the whole message.
 *
 * @param service the first word, or empty for an empty message
 * @param event   the words after the service up to the first field
 * @param fields  the key=value pairs in order; a repeated key keeps its first value
 */
record LogLine(String service, String event, Map<String, String> fields) {

    static final LogLine EMPTY = new LogLine("", "", Map.of());

    static LogLine parse(String message) {
        int i = skipSpaces(message, 0);
        int serviceEnd = wordEnd(message, i);
        String service = message.substring(i, serviceEnd);
        if (isField(message, i)) {
            service = "";
            serviceEnd = i;
        }
        var event = new StringBuilder();
        var fields = new LinkedHashMap<String, String>();
        i = skipSpaces(message, serviceEnd);
        while (i < message.length()) {
            if (isField(message, i)) {
                int equals = message.indexOf('=', i);
                String key = message.substring(i, equals);
                int valueStart = equals + 1;
                int end;
                String value;
                if (valueStart < message.length() && message.charAt(valueStart) == '"') {
                    var quoted = new StringBuilder();
                    end = readQuoted(message, valueStart + 1, quoted);
                    value = quoted.toString();
                } else {
                    end = wordEnd(message, valueStart);
                    value = message.substring(valueStart, end);
                }
                fields.putIfAbsent(key, value);
                i = skipSpaces(message, end);
            } else {
                int end = wordEnd(message, i);
                if (fields.isEmpty()) {
                    event.append(event.isEmpty() ? "" : " ").append(message, i, end);
                }
                i = skipSpaces(message, end);
            }
        }
        return new LogLine(service, event.toString(), fields);
    }

    /** A key ({@code [A-Za-z][A-Za-z0-9._-]*}) and an equals sign start here. */
    private static boolean isField(String message, int i) {
        if (i >= message.length() || !isAsciiLetter(message.charAt(i))) {
            return false;
        }
        int j = i + 1;
        while (j < message.length() && (isAsciiLetter(message.charAt(j)) || Character.isDigit(message.charAt(j))
                || ".-_".indexOf(message.charAt(j)) >= 0)) {
            j++;
        }
        return j < message.length() && message.charAt(j) == '=';
    }

    /** Reads a quoted value after its opening quote; returns the index after the closing quote (or the end). */
    private static int readQuoted(String message, int from, StringBuilder value) {
        int i = from;
        while (i < message.length()) {
            char c = message.charAt(i);
            if (c == '\\' && i + 1 < message.length()) {
                value.append(message.charAt(i + 1));
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int wordEnd(String message, int from) {
        int i = from;
        while (i < message.length() && !Character.isWhitespace(message.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String message, int from) {
        int i = from;
        while (i < message.length() && Character.isWhitespace(message.charAt(i))) {
            i++;
        }
        return i;
    }
}
