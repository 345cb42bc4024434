package io.newsflow.store.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.contracts.Json;
import io.newsflow.store.TestArticles;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link OpenApiContract} refuses answers the document does not describe, so that the API tests passing through it
 * mean something: each case here is one wrong answer, and the message says what is wrong.
 */
class OpenApiContractTest {

    static final OpenApiContract contract = OpenApiContract.SERVED;
    static final Map<String, String> JSON = headers("Content-Type", "application/json; charset=utf-8");
    static final String SUMMARY = "{\"id\":\"dbfff33aade49579ffa7ce333f2f17c6\",\"title\":\"NATO\","
            + "\"publishedDate\":\"2022-04-05\",\"sourcePath\":\"003.txt\",\"entityCount\":19,\"dateCount\":3}";

    @Test
    void answers_as_documented_pass() {
        contract.check("GET", "/api/articles?limit=1", 200, JSON::get,
                "{\"items\":[" + SUMMARY + "],\"total\":2,\"limit\":1,\"offset\":0}");
        contract.check("GET", "/api/articles/", 200, JSON::get, "{\"items\":[],\"total\":0,\"limit\":20,\"offset\":0}");
        contract.check("GET", "/api/articles/" + TestArticles.natoMeeting().id(), 200, JSON::get, detail());
        contract.check("GET", "/api/articles/0000", 404, JSON::get, "{\"status\":404,\"error\":\"no article\"}");
        contract.check("DELETE", "/api/articles", 405, JSON::get, "{\"status\":405,\"error\":\"read-only\"}");
        contract.check("OPTIONS", "*", 204, headers("Allow", "GET, HEAD, OPTIONS")::get, "");
        contract.check("GET /health FTP/1.1", 400, JSON::get, "{\"status\":400,\"error\":\"malformed\"}");
    }

    @Test
    void a_field_the_schema_does_not_name_is_refused() {
        String withBody = SUMMARY.replace("}", ",\"text\":\"the whole article\"}");

        AssertionError error = assertThrows(AssertionError.class, () -> contract.check("GET", "/api/articles", 200,
                JSON::get, "{\"items\":[" + withBody + "],\"total\":1,\"limit\":20,\"offset\":0}"));

        assertThat(error).hasMessageContaining("GET /api/articles answered 200 otherwise than openapi.json says")
                .hasMessageContaining("text").hasMessageContaining("#/components/schemas/ArticlePage");
    }

    @Test
    void an_article_detail_with_a_field_neither_the_event_nor_the_document_names_is_refused() {
        ObjectNode detail = detailNode();
        detail.put("story", "s-1");

        assertThrows(AssertionError.class, () -> contract.check("GET", "/api/articles/" + detail.get("id").asText(),
                200, JSON::get, Json.writeString(detail)));
    }

    @Test
    void a_missing_required_field_a_wrong_type_and_a_bad_date_are_refused() {
        for (String summary : new String[] {SUMMARY.replace("\"dateCount\":3", "\"dateCount\":\"3\""),
                SUMMARY.replace(",\"dateCount\":3", ""), SUMMARY.replace("2022-04-05", "2022-13-05")}) {
            assertThrows(AssertionError.class, () -> contract.check("GET", "/api/articles", 200, JSON::get,
                    "{\"items\":[" + summary + "],\"total\":1,\"limit\":20,\"offset\":0}"), summary);
        }
    }

    @Test
    void a_success_on_a_path_the_document_does_not_name_is_refused() {
        AssertionError error = assertThrows(AssertionError.class, () -> contract.check("GET", "/api/timelines", 200,
                JSON::get, "{\"items\":[]}"));

        assertThat(error).hasMessageContaining("the document has no path /api/timelines: describe it in openapi.json");
    }

    @Test
    void a_status_the_operation_does_not_list_is_refused_and_an_error_not_listed_must_be_of_the_error_shape() {
        assertThat(assertThrows(AssertionError.class, () -> contract.check("GET", "/api/articles", 302, JSON::get,
                ""))).hasMessageContaining("lists no 302");
        assertThrows(AssertionError.class, () -> contract.check("GET", "/api/articles", 414, JSON::get,
                "<html>too long</html>"));
    }

    @Test
    void a_401_without_WWW_Authenticate_is_refused() {
        assertThat(assertThrows(AssertionError.class, () -> contract.check("GET", "/api/entities", 401, JSON::get,
                "{\"status\":401,\"error\":\"missing bearer token\"}"))).hasMessageContaining("WWW-Authenticate");
    }

    @Test
    void a_content_type_the_response_does_not_document_is_refused() {
        assertThat(assertThrows(AssertionError.class, () -> contract.check("GET", "/metrics", 200, JSON::get,
                "{}"))).hasMessageContaining("Content-Type application/json");
    }

    @Test
    void a_ready_body_on_a_503_is_refused() {
        assertThrows(AssertionError.class, () -> contract.check("GET", "/health/ready", 503, JSON::get,
                "{\"status\":\"UP\",\"database\":\"UP\",\"consumer\":\"RUNNING\",\"detail\":null}"));
        contract.check("GET", "/health/ready", 503, JSON::get,
                "{\"status\":\"DOWN\",\"database\":\"UP\",\"consumer\":\"RETRYING\",\"detail\":\"SQLITE_BUSY\"}");
    }

    /** The detail of the NATO article, as {@code GET /api/articles/{id}} answers it. */
    private static ObjectNode detailNode() {
        var detail = (ObjectNode) Json.tree(TestArticles.natoMeeting());
        detail.put("storedAt", "2026-12-03T15:10:36.840778227Z");
        detail.putNull("story");
        return detail;
    }

    private static String detail() {
        return Json.writeString(detailNode());
    }

    private static Map<String, String> headers(String... namesAndValues) {
        var headers = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }
}
