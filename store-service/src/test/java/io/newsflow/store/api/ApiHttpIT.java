package io.newsflow.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.http.HttpServer;
import io.newsflow.store.TestArticles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's HTTP as any client meets it, over a plain socket so that requests no well-behaved client sends can be
 * sent too: HEAD, OPTIONS and other methods on every route, and malformed requests, each answered in the API's
 * own JSON error shape with a status that says what was wrong.
 */
class ApiHttpIT {

    static final EnrichedArticle nato = TestArticles.natoMeeting();
    /** Every route, a missing article and an unknown path. */
    static final List<String> GET_ROUTES = List.of("/api/articles?limit=1", "/api/articles/",
            "/api/articles/" + nato.id(), "/api/entities?type=person", "/health", "/api/articles/0000", "/api/nothing");

    @TempDir
    static Path dataDir;

    static ApiFixture api;

    @BeforeAll
    static void startServer() {
        api = new ApiFixture(dataDir, ApiFixture.OPEN, List.of(nato, TestArticles.buchaStatement()));
    }

    @AfterAll
    static void stopServer() {
        api.close();
    }

    @Test
    void HEAD_answers_the_status_and_headers_GET_does_without_the_body() throws Exception {
        for (String route : GET_ROUTES) {
            try (var http = new RawHttp(api.address())) {
                // given a HEAD and a GET of the same route, one after the other on one connection
                http.send("HEAD " + route + " HTTP/1.1\r\nHost: x\r\n\r\n"
                        + "GET " + route + " HTTP/1.1\r\nHost: x\r\n\r\n");

                // then the HEAD answer has GET's status line and header fields, and no body: the GET answer
                // follows it at once
                RawHttp.Response head = http.read(true);
                RawHttp.Response get = http.read(false);
                assertThat(head.statusLine()).as("HEAD %s", route).isEqualTo(get.statusLine());
                assertThat(withoutDate(head.headerLines())).as("HEAD %s", route)
                        .isEqualTo(withoutDate(get.headerLines()));
                assertThat(Integer.parseInt(get.header("Content-Length"))).isEqualTo(get.body().length).isPositive();
            }
        }
    }

    @Test
    void OPTIONS_on_every_route_is_a_204_naming_the_allowed_methods() throws Exception {
        for (String route : List.of("/api/articles", "/api/articles/" + nato.id(), "/api/entities", "/health", "*")) {
            RawHttp.Response options = RawHttp.exchange(api.address(), "OPTIONS " + route + " HTTP/1.1\r\nHost: x\r\n"
                    + "Connection: close\r\n\r\n");

            assertThat(options.status()).as("OPTIONS %s", route).isEqualTo(204);
            assertThat(options.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
            assertThat(options.header("Content-Length")).as("a 204 has no body, not even an empty one").isNull();
        }
        RawHttp.Response unknown = RawHttp.exchange(api.address(), "OPTIONS /api/nothing HTTP/1.1\r\n\r\n");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("no such resource: /api/nothing");
    }

    @Test
    void other_methods_are_a_405_with_Allow_and_the_json_error() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "BREW")) {
            RawHttp.Response response = RawHttp.exchange(api.address(), method + " /api/articles HTTP/1.1\r\n"
                    + "Host: x\r\n\r\n");

            assertThat(response.status()).as(method).isEqualTo(405);
            assertThat(response.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
            assertThat(response.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
            assertThat(response.text()).isEqualTo("{\"status\":405,\"error\":\"method " + method
                    + " not allowed: this API is read-only, use GET or HEAD\"}");
        }
    }

    @Test
    void a_request_with_a_body_is_answered_and_then_its_connection_closed() throws Exception {
        String body = "x".repeat(100_000);
        try (var http = new RawHttp(api.address())) {
            // given a POST with a large body the API never reads
            http.send("POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);

            // then the client reads the whole answer, and the connection ends rather than read the body as a request
            RawHttp.Response response = http.read(false);
            assertThat(response.status()).isEqualTo(405);
            assertThat(response.header("Connection")).isEqualTo("close");
            assertThat(http.isClosedByServer()).isTrue();
        }
    }

    @Test
    void a_bad_percent_escape_is_a_400_in_the_api_json_shape_not_the_servers_html() throws Exception {
        RawHttp.Response response = get("/api/articles?entity=%ZZ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("malformed URL \"/api/articles?entity=%ZZ\":"
                + " malformed escape pair at index 21 (expected each % to start an escape %XX of two hex digits,"
                + " and characters such as \" < > { | } percent-encoded)");
        assertThat(get("/api/articles?entity=%").json().get("error").asText())
                .startsWith("malformed URL \"/api/articles?entity=%\": malformed escape pair at index 21");
        assertThat(get("/api/articles?entity=a|b").json().get("error").asText())
                .startsWith("malformed URL \"/api/articles?entity=a|b\": illegal character in query at index 22");
    }

    @Test
    void a_url_with_a_space_or_a_byte_outside_ascii_is_a_400_in_json() throws Exception {
        RawHttp.Response space = get("/api/articles?entity=Antony Blinken");
        RawHttp.Response latin1 = get("/api/articles?entity=K\u00fcrzel");

        assertThat(space.status()).isEqualTo(400);
        assertThat(space.json().get("error").asText()).isEqualTo("malformed request line: expected a method, a URL"
                + " and the HTTP version, one space apart");
        assertThat(latin1.status()).isEqualTo(400);
        assertThat(latin1.json().get("error").asText()).isEqualTo("the URL has a character that is not allowed at"
                + " index 22: expected ASCII, with spaces and other characters percent-encoded as %XX");
    }

    @Test
    void an_over_long_url_is_a_414_in_json_however_long() throws Exception {
        // 8 KiB is the limit; the JDK's own server reset the connection without an answer past 380 KiB
        for (int length : List.of(HttpServer.MAX_REQUEST_LINE_BYTES, 20_000, 500_000)) {
            RawHttp.Response response = get("/api/articles?entity=" + "a".repeat(length));

            assertThat(response.status()).as("a URL of %d bytes", length).isEqualTo(414);
            assertThat(response.json().get("error").asText())
                    .isEqualTo("the request line is longer than 8192 bytes: expected a shorter URL");
        }
        assertThat(get("/api/articles?entity=" + "a".repeat(8000)).status()).as("just under the limit").isEqualTo(200);
    }

    @Test
    void over_large_or_too_many_header_fields_are_a_431_in_json() throws Exception {
        String expected = "the header fields are larger than 32768 bytes or more than 100: expected fewer,"
                + " shorter ones";
        RawHttp.Response large = RawHttp.exchange(api.address(), "GET /health HTTP/1.1\r\nCookie: "
                + "c".repeat(40_000) + "\r\n\r\n");
        RawHttp.Response many = RawHttp.exchange(api.address(), "GET /health HTTP/1.1\r\n"
                + "X-Field: 1\r\n".repeat(101) + "\r\n");

        assertThat(large.status()).isEqualTo(431);
        assertThat(large.json().get("error").asText()).isEqualTo(expected);
        assertThat(many.status()).isEqualTo(431);
        assertThat(many.json().get("error").asText()).isEqualTo(expected);
    }

    @Test
    void malformed_request_lines_and_header_fields_are_a_400_in_json() throws Exception {
        for (String request : List.of("GET\r\n\r\n", "GET /health\r\n\r\n", "GET /health HTTP/1.1 x\r\n\r\n",
                "GET /health FTP/1.1\r\n\r\n", "GET /health HTTP/1.1\r\nno colon\r\n\r\n",
                "GET /health HTTP/1.1\r\nHost: x\r\n folded: y\r\n\r\n", "GET /health HTTP/1.1\r\nBad Name: y\r\n\r\n",
                "GET health HTTP/1.1\r\n\r\n", "GET * HTTP/1.1\r\n\r\n")) {
            RawHttp.Response response = RawHttp.exchange(api.address(), request);

            assertThat(response.status()).as(request).isEqualTo(400);
            assertThat(response.header("Connection")).as(request).isEqualTo("close");
            assertThat(response.json().get("error").asText()).as(request).isNotBlank().doesNotContain("Exception");
        }
        RawHttp.Response http2 = RawHttp.exchange(api.address(), "GET /health HTTP/2.0\r\n\r\n");
        assertThat(http2.status()).isEqualTo(505);
        assertThat(http2.json().get("error").asText())
                .isEqualTo("HTTP version HTTP/2.0 is not supported: expected HTTP/1.1 or HTTP/1.0");
    }

    @Test
    void a_kept_alive_connection_answers_pipelined_requests_in_order_and_http_1_0_closes() throws Exception {
        try (var http = new RawHttp(api.address())) {
            http.send("GET /api/entities?limit=1 HTTP/1.1\r\nHost: x\r\n\r\nGET /health HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /api/articles/" + nato.id() + " HTTP/1.0\r\n\r\n");

            assertThat(http.read(false).json().has("items")).isTrue();
            assertThat(http.read(false).json().get("status").asText()).isEqualTo("UP");
            RawHttp.Response last = http.read(false);
            assertThat(last.json().get("id").asText()).isEqualTo(nato.id());
            assertThat(last.header("Connection")).as("HTTP/1.0 has no keep-alive here").isEqualTo("close");
            assertThat(http.isClosedByServer()).isTrue();
        }
    }

    @Test
    void when_every_thread_and_waiting_place_is_taken_a_new_connection_is_a_503_at_once() throws Exception {
        var held = new ArrayList<RawHttp>();
        try (var own = new ApiFixture(dataDir.resolve("busy"), ApiFixture.OPEN, List.of())) {
            // given 32 connections holding every thread and 64 more waiting for one, all silent
            for (int i = 0; i < 32 + 64; i++) {
                held.add(new RawHttp(own.address()));
            }

            // when one more connects, it is told to come back rather than left waiting
            RawHttp.Response refused = RawHttp.exchange(own.address(), "GET /health HTTP/1.1\r\n\r\n");

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.json().get("error").asText())
                    .isEqualTo("the server is serving 32 connections: try again shortly");
        } finally {
            for (RawHttp connection : held) {
                connection.close();
            }
        }
    }

    private static RawHttp.Response get(String target) throws Exception {
        return RawHttp.exchange(api.address(), "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    }

    private static List<String> withoutDate(List<String> headerLines) {
        return headerLines.stream().filter(line -> !line.startsWith("Date:")).toList();
    }
}
