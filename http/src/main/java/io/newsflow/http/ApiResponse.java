package io.newsflow.http;

import io.newsflow.contracts.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A response as it goes on the wire: status, header fields in the order written, and a JSON body (none for 204;
 * Prometheus text for {@code /metrics}).
 * Every error has the one shape {@code {"status": 400, "error": "..."}}, whatever refused the request.
 */
public final class ApiResponse {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final byte[] body;

    private ApiResponse(int status, byte[] body) {
        this.status = status;
        this.body = body;
    }

    public static ApiResponse json(int status, Object value) {
        var response = new ApiResponse(status, Json.write(value));
        response.headers.put("Content-Type", "application/json; charset=utf-8");
        return response;
    }

    public static ApiResponse text(int status, String contentType, String text) {
        var response = new ApiResponse(status, text.getBytes(StandardCharsets.UTF_8));
        response.headers.put("Content-Type", contentType);
        return response;
    }

    public static ApiResponse error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        return json(status, body);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, new byte[0]);
    }

    /** Sets a header field, replacing one of the same name. */
    public ApiResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    /**
     * Writes the response; {@code withBody} false answers HEAD with the very headers GET gets, Content-Length
     * included, and {@code close} tells the client this connection ends with it.
     */
    void write(OutputStream out, boolean withBody, boolean close) throws IOException {
        var head = new StringBuilder(256)
                .append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n")
                .append("Date: ").append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (status != 204) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        if (close) {
            head.append("Connection: close\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (withBody) {
            out.write(body);
        }
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "";
        };
    }
}
