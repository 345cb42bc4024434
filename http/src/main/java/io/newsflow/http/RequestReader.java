package io.newsflow.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads request heads (the request line and the header fields) off one connection and checks their form, so that
 * a malformed request is an {@link HttpError} answered in the JSON error shape. This is why Newsflow's server does not
 * run on the JDK's {@code com.sun.net.httpserver}: that server answers such requests itself, before any handler
 * can, with an HTML page naming the exception ({@code <h1>400 Bad Request</h1>URISyntaxException thrown} for
 * {@code ?entity=%ZZ}), and resets the connection without an answer once a head passes its size limit.
 *
 * <p>The limits keep one client from holding memory or a thread: the request line (the URL with it) and the header
 * fields have a size, a kept-alive connection waits only so long for its next request, and a head that has begun
 * must arrive whole within its own time. Request bodies are never read: no endpoint takes one, and a request that
 * announces one ends its connection once answered.
 */
final class RequestReader {

    /** The longest request line, URL included: 8 KiB, as nginx's and Jetty's defaults. */
    static final int MAX_REQUEST_LINE_BYTES = 8 * 1024;
    /** All header fields together. */
    private static final int MAX_HEADER_BYTES = 32 * 1024;
    private static final int MAX_HEADER_FIELDS = 100;
    /** How long a kept-alive connection may stay silent before it is closed. */
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(5);
    /** How long a request head may take to arrive once its first byte has. */
    private static final Duration HEAD_TIMEOUT = Duration.ofSeconds(10);

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VERSION = Pattern.compile("HTTP/(\\d)\\.(\\d)");

    private final Socket socket;
    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int end;
    /** The {@link System#nanoTime()} by which the current wait must end. */
    private long deadline;

    RequestReader(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    /**
     * The next request; null when the client closed the connection, or stayed silent past {@link #IDLE_TIMEOUT},
     * before starting one. Throws {@link HttpError} for a head that is malformed, too large or too slow: the
     * connection must then be closed after the answer, since the rest of that head is unread.
     */
    ApiRequest next() throws IOException {
        if (!awaitRequest()) {
            return null;
        }
        deadline = System.nanoTime() + HEAD_TIMEOUT.toNanos();
        try {
            String requestLine = firstLine();
            return request(requestLine, headerFields());
        } catch (SocketTimeoutException e) {
            throw new HttpError(408, "the request head did not arrive within " + HEAD_TIMEOUT.toSeconds()
                    + " s: expected it whole, at once");
        }
    }

    private boolean awaitRequest() throws IOException {
        if (position < end) {
            return true; // pipelined: the next request is already here
        }
        deadline = System.nanoTime() + IDLE_TIMEOUT.toNanos();
        try {
            return fill();
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    /** The request line; empty lines before it are skipped, as RFC 9112 asks. */
    private String firstLine() throws IOException {
        String line;
        do {
            line = line(MAX_REQUEST_LINE_BYTES, () -> new HttpError(414, "the request line is longer than "
                    + MAX_REQUEST_LINE_BYTES + " bytes: expected a shorter URL"));
        } while (line.isEmpty());
        return line;
    }

    private Map<String, List<String>> headerFields() throws IOException {
        var fields = new LinkedHashMap<String, List<String>>();
        int budget = MAX_HEADER_BYTES;
        int count = 0;
        Supplier<HttpError> tooLarge = () -> new HttpError(431, "the header fields are larger than "
                + MAX_HEADER_BYTES + " bytes or more than " + MAX_HEADER_FIELDS + ": expected fewer, shorter ones");
        for (String line = line(budget, tooLarge); !line.isEmpty(); line = line(budget, tooLarge)) {
            budget -= line.length() + 2;
            if (++count > MAX_HEADER_FIELDS) {
                throw tooLarge.get();
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !TOKEN.matcher(line.substring(0, colon)).matches()) {
                // A leading space is an obsolete continuation line; RFC 9112 lets a server refuse it.
                throw new HttpError(400, "malformed header field: expected name: value, one field per line");
            }
            fields.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        return fields;
    }

    private static ApiRequest request(String requestLine, Map<String, List<String>> fields) {
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || !TOKEN.matcher(parts[0]).matches()) {
            throw new HttpError(400, "malformed request line: expected a method, a URL and the HTTP version,"
                    + " one space apart");
        }
        Matcher version = VERSION.matcher(parts[2]);
        if (!version.matches()) {
            throw new HttpError(400, "malformed request line: expected the version HTTP/1.1");
        }
        if (!version.group(1).equals("1")) {
            throw new HttpError(505, "HTTP version " + parts[2] + " is not supported: expected HTTP/1.1 or HTTP/1.0");
        }
        URI uri = target(parts[0], parts[1]);
        boolean hasBody = fields.containsKey("transfer-encoding")
                || fields.getOrDefault("content-length", List.of("0")).stream().anyMatch(length -> !length.equals("0"));
        // HTTP/1.0 and a body left unread both end the connection after the answer.
        boolean keepAlive = !version.group(2).equals("0") && !hasBody && !asksToClose(fields.get("connection"));
        return new ApiRequest(parts[0], uri, fields, keepAlive);
    }

    /** The request target as a URI, refused in the API's words when java.net.URI would refuse it. */
    private static URI target(String method, String target) {
        if (target.equals("*")) {
            if (!method.equals("OPTIONS")) {
                throw new HttpError(400, "the URL * is for OPTIONS only: expected a path such as /api/articles");
            }
            return URI.create(target);
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new HttpError(400, "the URL has a character that is not allowed at index " + i
                        + ": expected ASCII, with spaces and other characters percent-encoded as %XX");
            }
        }
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            throw new HttpError(400, "malformed URL \"" + target + "\": "
                    + e.getReason().toLowerCase(Locale.ROOT) + " at index " + e.getIndex()
                    + " (expected each % to start an escape %XX of two hex digits, and characters such as"
                    + " \" < > { | } percent-encoded)");
        }
        if (uri.getPath() == null || !uri.getPath().startsWith("/")) {
            throw new HttpError(400, "malformed URL \"" + target + "\": expected a path starting with /");
        }
        return uri;
    }

    private static boolean asksToClose(List<String> connection) {
        return connection != null && connection.stream()
                .flatMap(value -> List.of(value.split(",")).stream())
                .anyMatch(option -> option.strip().equalsIgnoreCase("close"));
    }

    /** One line without its line break (CR LF, or LF alone); {@code tooLong} past {@code max} bytes. */
    private String line(int max, Supplier<HttpError> tooLong) throws IOException {
        var bytes = new ByteArrayOutputStream();
        while (true) {
            if (position == end && !fill()) {
                throw new EOFException("the client closed the connection within a request head");
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int length = bytes.size();
                byte[] line = bytes.toByteArray();
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (bytes.size() >= max) {
                throw tooLong.get();
            }
            bytes.write(b);
        }
    }

    /** Reads more into the buffer within the deadline; false at the end of the stream. */
    private boolean fill() throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException();
        }
        socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            return false;
        }
        position = 0;
        end = read;
        return true;
    }
}
