package io.newsflow.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.newsflow.contracts.Json;
import io.newsflow.store.TestArticles;
import io.newsflow.store.api.OpenApiContract.At;
import io.newsflow.store.consume.ConsumerStatus;
import io.newsflow.store.consume.ConsumerStatus.State;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * openapi.json is true to the server, both ways: every path, operation and parameter it documents is called on a
 * real server holding the seeds (a path parameter takes its documented example, a seed's id), and every answer has
 * a status the operation lists and a body of its schema; every route the server serves is documented, with exactly
 * the parameters it takes. {@link ApiFixture#send} checks each answer against the document, as it does for every
 * API test; this test adds what only the document can ask.
 */
class OpenApiIT {

    /** Values to try on every query parameter: those its schema refuses must be a 400, the others a 200. */
    static final List<String> PROBES = List.of("x", "nato", "PERSON", "per son", "1.5", "-1", "0", "2147483648",
            "2022-13-01", "2022-4-5", "2022-04-05");
    /** Parameters the server reads further than a schema can say: a search's syntax, whose mistakes are a 400. */
    static final Set<String> CHECKED_BEYOND_THEIR_SCHEMA = Set.of("q");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    @TempDir
    static Path dataDir;

    static ApiFixture api;
    static final OpenApiContract contract = OpenApiContract.SERVED;

    @BeforeAll
    static void startServer() {
        api = new ApiFixture(dataDir, ApiFixture.OPEN, TestArticles.seeds(), TestArticles.seedStories());
    }

    @AfterAll
    static void stopServer() {
        api.close();
    }

    @Test
    void every_documented_operation_answers_a_status_it_lists_with_a_body_of_its_schema() throws Exception {
        var softly = new SoftAssertions();
        for (String template : contract.paths()) {
            At operation = contract.get(template);
            // when each path is asked for as documented, with its documented example ids
            HttpResponse<String> found = get(path(template, name -> example(operation, name)));
            softly.assertThat(found.statusCode()).as("GET %s", template).isEqualTo(200);
            softly.assertThat(send("HEAD", path(template, name -> example(operation, name))).statusCode())
                    .as("HEAD %s", template).isEqualTo(found.statusCode());
            // and with ids nothing is stored under, where the path has any
            if (!pathParameters(operation).isEmpty()) {
                HttpResponse<String> missing = get(path(template, name -> "no-such-" + name));
                softly.assertThat(missing.statusCode()).as("GET %s with no such %s", template,
                        pathParameters(operation)).isEqualTo(404);
                softly.assertThat(lists(operation, 404)).as("%s lists its 404", template).isTrue();
            }
        }
        softly.assertAll();
    }

    @Test
    void every_documented_query_parameter_takes_the_values_its_schema_takes_and_refuses_the_others_with_a_400()
            throws Exception {
        var softly = new SoftAssertions();
        int refused = 0;
        int taken = 0;
        for (String template : contract.paths()) {
            At operation = contract.get(template);
            String path = path(template, name -> example(operation, name));
            for (At parameter : parameters(operation, "query")) {
                String name = parameter.node().path("name").asText();
                At schema = contract.at(parameter, "schema");
                List<String> valid = validValues(schema.node());
                softly.assertThat(valid).as("%s %s: examples or a default to call it with", template, name)
                        .isNotEmpty();
                for (String value : valid) {
                    int status = get(path + "?" + name + "=" + encoded(value)).statusCode();
                    softly.assertThat(status).as("GET %s?%s=%s", path, name, value).isEqualTo(200);
                }
                boolean anyRefused = false;
                for (String value : probes(schema.node())) {
                    boolean schemaRefuses = !contract.violations(schema, asQueried(schema, value)).isEmpty();
                    int status = get(path + "?" + name + "=" + encoded(value)).statusCode();
                    if (schemaRefuses) {
                        softly.assertThat(status).as("GET %s?%s=%s, which the schema refuses", path, name, value)
                                .isEqualTo(400);
                        refused++;
                    } else if (!CHECKED_BEYOND_THEIR_SCHEMA.contains(name)) {
                        softly.assertThat(status).as("GET %s?%s=%s, which the schema takes", path, name, value)
                                .isEqualTo(200);
                        taken++;
                    }
                    anyRefused |= schemaRefuses;
                }
                softly.assertThat(anyRefused).as("%s %s: a schema that restricts its values refuses a probe",
                        template, name).isEqualTo(restricts(schema.node()));
                softly.assertThat(lists(operation, 400) || !anyRefused).as("%s lists its 400", template).isTrue();
            }
        }
        softly.assertAll();
        assertThat(refused).as("values refused").isGreaterThan(20);
        assertThat(taken).as("values taken").isGreaterThan(10);
    }

    @Test
    void the_api_resources_refuse_a_parameter_they_do_not_document_with_a_400() throws Exception {
        for (String template : contract.paths().stream().filter(path -> path.startsWith("/api/")).toList()) {
            At operation = contract.get(template);
            String path = path(template, name -> example(operation, name));

            assertThat(get(path + "?undocumented=1").statusCode()).as("GET %s?undocumented=1", path).isEqualTo(400);
            assertThat(lists(operation, 400)).as("%s lists its 400", template).isTrue();
        }
    }

    @Test
    void every_route_the_server_serves_is_documented_with_exactly_the_parameters_it_takes() {
        Map<String, Set<String>> served = new LinkedHashMap<>();
        api.routes().forEach(route -> served.put(route.path(), new TreeSet<>(route.parameters())));
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        for (String template : contract.paths()) {
            At operation = contract.get(template);
            documented.put(template, names(parameters(operation, "query")));
            assertThat(names(parameters(operation, "path"))).as("the path parameters of %s", template)
                    .isEqualTo(placeholders(template));
        }

        assertThat(documented).as("openapi.json documents every route the server serves (Endpoint.routes()),"
                + " each with exactly the query parameters it takes").isEqualTo(served);
    }

    @Test
    void a_path_the_document_does_not_name_is_a_404() throws Exception {
        for (String path : List.of("/api/nothing", "/api/articles/a/b", "/api/entitiesX", "/openapi.yaml", "/x")) {
            assertThat(contract.template(path)).as(path).isEmpty();
            assertThat(get(path).statusCode()).as("GET %s", path).isEqualTo(404);
        }
    }

    @Test
    void the_token_guards_exactly_the_operations_documented_with_bearer_auth() throws Exception {
        String token = "7d1f0c2a9b4e4f6a8c3d5e7f9a1b2c3d";
        JsonNode scheme = contract.document().at("/components/securitySchemes/bearerAuth");
        assertThat(scheme.path("type").asText() + " " + scheme.path("scheme").asText()).isEqualTo("http bearer");
        try (var guarded = new ApiFixture(dataDir.resolve("token"), new ApiAccess(token, List.of()),
                TestArticles.seeds(), TestArticles.seedStories())) {
            for (String template : contract.paths()) {
                At operation = contract.get(template);
                String path = path(template, name -> example(operation, name));
                boolean documented = operation.node().path("security").findValue("bearerAuth") != null;

                int without = guarded.send(HttpRequest.newBuilder(guarded.uri(path)).build()).statusCode();
                int with = guarded.send(HttpRequest.newBuilder(guarded.uri(path))
                        .header("Authorization", "Bearer " + token).build()).statusCode();

                assertThat(without).as("GET %s without the token", path).isEqualTo(documented ? 401 : 200);
                assertThat(with).as("GET %s with the token", path).isEqualTo(200);
                assertThat(lists(operation, 401)).as("%s lists a 401", template).isEqualTo(documented);
            }
        }
    }

    @Test
    void readiness_answers_its_documented_503_while_the_consumer_retries_and_liveness_stays_200() throws Exception {
        api.consumer.set(new ConsumerStatus(State.RETRYING, "cannot store 1 articles: [SQLITE_BUSY] database is"
                + " locked"));
        try {
            assertThat(get("/health").statusCode()).isEqualTo(503);
            assertThat(get("/health/ready").statusCode()).isEqualTo(503);
            assertThat(get("/health/live").statusCode()).isEqualTo(200);
        } finally {
            api.consumer.set(new ConsumerStatus(State.RUNNING, null));
        }
        assertThat(lists(contract.get("/health"), 503) && lists(contract.get("/health/ready"), 503)).isTrue();
    }

    @Test
    void the_served_document_is_openapi_3_1_at_the_project_version_with_the_event_schema_copied_in()
            throws Exception {
        HttpResponse<String> response = get("/openapi.json");
        JsonNode served = Json.tree(response.body().getBytes(StandardCharsets.UTF_8));

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(served).as("what the server serves is what every test checks against")
                .isEqualTo(contract.document());
        assertThat(served.path("openapi").asText()).startsWith("3.1.");
        assertThat(served.at("/info/version").asText()).as("info.version").isEqualTo(projectVersion());
        JsonNode event = served.at("/components/schemas/EnrichedArticle");
        assertThat(event.has("$ref")).as("the contract schema is in the document, not only named").isFalse();
        assertThat(Json.writeString(event)).contains("#/components/schemas/EnrichedArticle/$defs/entity");
        assertThat(event.path("required")).isEqualTo(contractSchema().path("required"));
    }

    @Test
    void every_schema_in_the_document_compiles_as_json_schema_2020_12_with_no_unknown_keyword() {
        var schemas = new ArrayList<String>();
        collectSchemas(contract.document(), "", schemas);

        for (String pointer : schemas) {
            // an unknown keyword (a typo) throws; a bad $ref fails once it is followed
            contract.violations(new At(pointer, contract.document().at(pointer)), TextNode.valueOf(""));
        }
        assertThat(schemas).as("schemas found").hasSizeGreaterThan(30);
    }

    @Test
    void every_documented_path_is_named_in_the_readme_http_api_section() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## HTTP API"), readme.indexOf("\n## ", readme.indexOf(
                "## HTTP API")));

        for (String path : contract.paths()) {
            assertThat(section.contains("`GET " + path) || section.contains("`" + path + "`")).as(path).isTrue();
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path);
    }

    private static HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return api.send(HttpRequest.newBuilder(api.uri(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** Whether the operation lists {@code status} itself, rather than leaving it to {@code default}. */
    private static boolean lists(At operation, int status) {
        return operation.node().path("responses").has(Integer.toString(status));
    }

    private static List<At> parameters(At operation, String in) {
        var parameters = new ArrayList<At>();
        for (int i = 0; i < operation.node().path("parameters").size(); i++) {
            At parameter = contract.at(operation, "parameters", Integer.toString(i));
            if (parameter.node().path("in").asText().equals(in)) {
                parameters.add(parameter);
            }
        }
        return parameters;
    }

    private static Set<String> pathParameters(At operation) {
        return names(parameters(operation, "path"));
    }

    private static Set<String> names(List<At> parameters) {
        return parameters.stream().map(parameter -> parameter.node().path("name").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> placeholders(String template) {
        var names = new TreeSet<String>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    /** The first documented example of a path parameter: a seed's id, so that the path names something stored. */
    private static String example(At operation, String name) {
        return parameters(operation, "path").stream().filter(p -> p.node().path("name").asText().equals(name))
                .map(p -> p.node().at("/schema/examples/0").asText()).findFirst().orElseThrow();
    }

    private static String path(String template, Function<String, String> value) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        return placeholder.replaceAll(match -> Matcher.quoteReplacement(value.apply(match.group(1))));
    }

    /** The schema's examples and default, and its bounds: values the server must take. */
    private static List<String> validValues(JsonNode schema) {
        var values = new LinkedHashSet<String>();
        schema.path("examples").forEach(example -> values.add(example.asText()));
        for (String field : List.of("default", "minimum", "maximum")) {
            if (schema.has(field)) {
                values.add(schema.get(field).asText());
            }
        }
        return List.copyOf(values);
    }

    /** The probes, and the values just past the schema's bounds. */
    private static List<String> probes(JsonNode schema) {
        var probes = new LinkedHashSet<>(PROBES);
        if (schema.has("minimum")) {
            probes.add(Long.toString(schema.get("minimum").asLong() - 1));
        }
        if (schema.has("maximum")) {
            probes.add(Long.toString(schema.get("maximum").asLong() + 1));
        }
        return List.copyOf(probes);
    }

    /** A query value as its schema sees it: for a numeric parameter, a number where it reads as one. */
    private static JsonNode asQueried(At schema, String value) {
        if (!List.of("integer", "number").contains(schema.node().path("type").asText())) {
            return TextNode.valueOf(value);
        }
        try {
            JsonNode number = Json.tree(value.getBytes(StandardCharsets.UTF_8));
            return number.isNumber() ? number : TextNode.valueOf(value);
        } catch (IOException e) {
            return TextNode.valueOf(value);
        }
    }

    private static boolean restricts(JsonNode schema) {
        return !schema.path("type").asText().equals("string") || schema.has("pattern") || schema.has("format")
                || schema.has("enum");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Every place the document holds a schema: the components' and each {@code schema} field's. */
    private static void collectSchemas(JsonNode node, String pointer, List<String> schemas) {
        node.propertyStream().forEach(field -> {
            String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            if (field.getKey().equals("schema") || pointer.equals("/components/schemas")) {
                schemas.add(child);
            } else {
                collectSchemas(field.getValue(), child, schemas);
            }
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectSchemas(node.get(i), pointer + "/" + i, schemas);
            }
        }
    }

    /** The version Maven builds this module as: its parent's, in store-service/pom.xml. */
    private static String projectVersion() throws IOException {
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(parent.find()).as("a parent version in store-service/pom.xml").isTrue();
        return parent.group(1);
    }

    private static JsonNode contractSchema() throws IOException {
        try (var in = OpenApiIT.class.getResourceAsStream("/schemas/enriched-article.v1.json")) {
            return Json.tree(in.readAllBytes());
        }
    }
}
