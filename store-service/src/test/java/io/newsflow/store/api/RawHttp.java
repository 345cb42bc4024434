package io.newsflow.store.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.Json;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket: for the requests {@link java.net.http.HttpClient} refuses to send (a bad escape, a
 * space in the URL, a line of 20 KiB, a folded header field) and to see an answer's exact status line and header
 * fields, several requests on one connection included. Every answer read is checked against openapi.json, with the
 * request it answers, as {@link ApiFixture#send} does.
 */
final class RawHttp implements AutoCloseable {

    /** One answer: its status line, header lines as sent, and body. */
    record Response(String statusLine, List<String> headerLines, byte[] body) {

        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        /** The value of a header field, by name in any case; null when absent. */
        String header(String name) {
            return headerLines.stream()
                    .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip())
                    .findFirst().orElse(null);
        }

        JsonNode json() {
            try {
                return Json.tree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final InputStream in;
    /** The request lines sent and not answered yet, oldest first. */
    private final Deque<String> unanswered = new ArrayDeque<>();

    RawHttp(URI server) throws IOException {
        socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout(15_000);
        in = new BufferedInputStream(socket.getInputStream());
    }

    /** Sends one request (or several) and reads the answer to the first. */
    static Response exchange(URI server, String request) throws IOException {
        try (var http = new RawHttp(server)) {
            http.send(request);
            return http.read(request.startsWith("HEAD "));
        }
    }

    void send(String text) throws IOException {
        unanswered.addAll(requestLines(text));
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Reads one answer; {@code head} says it answers a HEAD, which has no body whatever its Content-Length. */
    Response read(boolean head) throws IOException {
        String statusLine = line();
        var headers = new ArrayList<String>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            headers.add(line);
        }
        var response = new Response(statusLine, headers, new byte[0]);
        String length = response.header("Content-Length");
        if (head || response.status() == 204) {
            return checked(response);
        }
        byte[] body = length == null ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length));
        return checked(new Response(statusLine, headers, body));
    }

    private Response checked(Response response) {
        OpenApiContract.SERVED.check(unanswered.poll(), response.status(), response::header, response.text());
        return response;
    }

    /** The request line of each request in {@code text}, in order; a body (by its Content-Length) is skipped. */
    private static List<String> requestLines(String text) {
        var lines = new ArrayList<String>();
        int start = 0;
        while (start < text.length()) {
            int lineEnd = text.indexOf("\r\n", start);
            int headEnd = text.indexOf("\r\n\r\n", start);
            lines.add(text.substring(start, lineEnd < 0 ? text.length() : lineEnd));
            if (headEnd < 0) {
                break;
            }
            int body = 0;
            for (String field : text.substring(start, headEnd).split("\r\n")) {
                if (field.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    body = Integer.parseInt(field.substring("content-length:".length()).strip());
                }
            }
            start = headEnd + 4 + body;
        }
        return lines;
    }

    /** Whether the server has closed its side: nothing more will come. */
    boolean isClosedByServer() throws IOException {
        return in.read() < 0;
    }

    private String line() throws IOException {
        var bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection ended within a response head: " + bytes);
            }
            bytes.write(b);
        }
        String line = bytes.toString(StandardCharsets.ISO_8859_1);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
