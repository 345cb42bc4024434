package io.newsflow.store.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsflow.contracts.Json;
import io.newsflow.store.persist.DatabaseException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP I/O every endpoint shares, so handlers only map a URI to a value: GET only (the API is read-only), JSON
 * bodies through the contracts' {@link Json}, and errors as {@code {"status": 400, "error": "..."}} with the right
 * status: the handler's own, 503 while the database is unreachable, 500 for a bug (logged once, with its cause).
 */
abstract class JsonHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(JsonHandler.class);

    /** A status and the value to send as its JSON body. */
    record Reply(int status, Object body) {

        static Reply ok(Object body) {
            return new Reply(200, body);
        }
    }

    /** Answers a GET of {@code uri}; throws {@link HttpError} for a client's mistake. */
    abstract Reply get(URI uri);

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply;
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                reply = error(405, "method " + exchange.getRequestMethod() + " not allowed: this API is read-only,"
                        + " use GET");
            } else {
                reply = answer(exchange.getRequestURI());
            }
            send(exchange, reply);
        }
    }

    private Reply answer(URI uri) {
        try {
            return get(uri);
        } catch (HttpError e) {
            return error(e.status(), e.getMessage());
        } catch (DatabaseException e) {
            if (e.isTransient()) {
                return error(503, "database unavailable, try again later");
            }
            log.error("store api failed on GET {}", uri.getPath(), e);
            return error(500, "internal error");
        } catch (RuntimeException e) {
            log.error("store api failed on GET {}", uri.getPath(), e);
            return error(500, "internal error");
        }
    }

    private static Reply error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        return new Reply(status, body);
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] body = Json.write(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
