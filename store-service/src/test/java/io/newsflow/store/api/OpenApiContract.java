package io.newsflow.store.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newsflow.contracts.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * openapi.json as the judge of every answer the API's tests receive: given the request and the answer, it finds the
 * documented path, operation and response (by status, else {@code default} for an error) and checks the
 * Content-Type, the required header fields and the body against the response's schema (JSON Schema 2020-12, formats
 * asserted). {@link ApiFixture#send}, {@link RawHttp} and the store's app scenarios pass every answer through it, so
 * a test that meets an answer the document does not describe fails where it met it; {@code OpenApiIT} walks the
 * document itself.
 */
public final class OpenApiContract {

    /** The name the validator knows the document by; nothing is fetched from it. */
    private static final String IRI = "https://newsflow.io/store-service/openapi.json";
    /** The fields of an OpenAPI document, which the validator meets at the root of the schemas it reads. */
    private static final List<String> OPENAPI_FIELDS = List.of("openapi", "jsonSchemaDialect", "info", "servers",
            "tags", "paths", "webhooks", "components", "security", "externalDocs");
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^/}]+}");

    /** The document the server serves, read once for every test in this JVM: it cannot change while they run. */
    public static final OpenApiContract SERVED = new OpenApiContract(new OpenApiHandler().document());

    /** A place in the document: its JSON pointer, and the node there, references followed. */
    record At(String pointer, JsonNode node) {
    }

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    /** Each documented path template and the pattern of the paths it names. */
    private final Map<String, Pattern> templates = new LinkedHashMap<>();

    OpenApiContract(JsonNode document) {
        this.document = document;
        String text = Json.writeString(document);
        // The document's own fields are no schema keywords; any other unknown word is a typo in a schema, refused.
        JsonMetaSchema dialect = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keywords(OPENAPI_FIELDS.stream().map(NonValidationKeyword::new).toList())
                .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance()).build();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(dialect).schemaLoaders(loaders -> loaders.schemas(Map.of(IRI, text))));
        names(document.path("paths")).forEach(template -> templates.put(template, pattern(template)));
    }

    /** {@code /api/articles/{id}} as the pattern of the paths it names: a parameter is one segment. */
    private static Pattern pattern(String template) {
        var regex = new StringBuilder();
        Matcher parameter = TEMPLATE_PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start()))).append("[^/]+");
            last = parameter.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(last))).toString());
    }

    /** The names of an object's members, in order. */
    static List<String> names(JsonNode object) {
        return object.propertyStream().map(Map.Entry::getKey).toList();
    }

    JsonNode document() {
        return document;
    }

    /** The documented path templates, in the document's order. */
    List<String> paths() {
        return List.copyOf(templates.keySet());
    }

    /**
     * The template that documents {@code path}. A list's path with a slash at the end is the list, as the server
     * has it ({@code /api/articles/}).
     */
    Optional<String> template(String path) {
        Optional<String> exact = templates.entrySet().stream()
                .filter(template -> template.getValue().matcher(path).matches()).map(Map.Entry::getKey).findFirst();
        return exact.isEmpty() && path.length() > 1 && path.endsWith("/")
                ? template(path.substring(0, path.length() - 1)) : exact;
    }

    /** The GET operation of a documented path template. */
    At get(String template) {
        return at(new At("", document), "paths", template, "get");
    }

    /** The node under {@code names} (members, or indices in an array), step by step, each reference followed. */
    At at(At from, String... names) {
        At at = from;
        for (String name : names) {
            JsonNode node = at.node().isArray() ? at.node().path(Integer.parseInt(name)) : at.node().path(name);
            String pointer = at.pointer() + "/" + name.replace("~", "~0").replace("/", "~1");
            while (node.path("$ref").asText().startsWith("#/")) {
                pointer = node.get("$ref").asText().substring(1);
                node = document.at(pointer);
            }
            at = new At(pointer, node);
        }
        return at;
    }

    /** Each way {@code value} breaks the schema at {@code schema}, as sentences; empty when it conforms. */
    List<String> violations(At schema, JsonNode value) {
        JsonSchema compiled = schemas.computeIfAbsent(schema.pointer(),
                pointer -> factory.getSchema(SchemaLocation.of(IRI + "#" + pointer), config));
        return compiled.validate(value).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** As {@link #check(String, String, int, Function, String)}, for an answer {@link HttpClient} received. */
    public void check(HttpRequest request, HttpResponse<?> response, String body) {
        URI uri = request.uri();
        check(request.method(), uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                response.statusCode(), name -> response.headers().firstValue(name).orElse(null), body);
    }

    /** As {@link #check(String, String, int, Function, String)}, for a request sent as text over a socket. */
    void check(String requestLine, int status, Function<String, String> header, String body) {
        String[] parts = requestLine == null ? new String[0] : requestLine.split(" ", -1);
        if (parts.length == 3 && parts[2].startsWith("HTTP/")) {
            check(parts[0], parts[1], status, header, body);
        } else {
            fail("a malformed request " + requestLine, status, errorProblems(status, header, body));
        }
    }

    /**
     * Checks the answer to {@code method target} against the document, and fails with every difference.
     *
     * @param header the value of a header field of the answer, by name in any case; null when absent
     */
    void check(String method, String target, int status, Function<String, String> header, String body) {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        Optional<String> template = template(path);
        String request = method + " " + (target.length() > 200 ? target.substring(0, 200) + "..." : target);
        var problems = new ArrayList<String>();
        if (method.equals("OPTIONS") && status == 204) {
            if (template.isEmpty() && !path.equals("*")) {
                problems.add("the document has no path " + path);
            }
            if (header.apply("Allow") == null) {
                problems.add("no Allow header field");
            }
        } else if (template.isEmpty() || !method.equals("GET") && !method.equals("HEAD")) {
            problems.addAll(errorProblems(status, header, body));
            if (template.isEmpty() && status < 400) {
                problems.add("the document has no path " + path + ": describe it in openapi.json");
            }
        } else {
            problems.addAll(operationProblems(get(template.get()), method.equals("HEAD"), status, header, body));
        }
        fail(request, status, problems);
    }

    private List<String> operationProblems(At operation, boolean head, int status, Function<String, String> header,
                                           String body) {
        At response = at(operation, "responses", Integer.toString(status));
        if (response.node().isMissingNode() && status >= 400) {
            response = at(operation, "responses", "default");
        }
        if (response.node().isMissingNode()) {
            return List.of("the document lists no " + status + " for " + operation.pointer());
        }
        var problems = new ArrayList<String>();
        for (String name : names(response.node().path("headers"))) {
            if (response.node().path("headers").path(name).path("required").asBoolean() && header.apply(name) == null) {
                problems.add("no " + name + " header field, which " + response.pointer() + " requires");
            }
        }
        String contentType = header.apply("Content-Type");
        if (response.node().path("content").isMissingNode()) {
            if (!body.isEmpty()) {
                problems.add("a body, where " + response.pointer() + " documents none");
            }
            return problems;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        At schema = at(response, "content", mediaType, "schema");
        if (schema.node().isMissingNode()) {
            problems.add("Content-Type " + contentType + ", where " + response.pointer() + " documents "
                    + names(response.node().path("content")));
        } else if (head) {
            if (!body.isEmpty()) {
                problems.add("a body in the answer to HEAD");
            }
        } else {
            problems.addAll(bodyProblems(schema, mediaType, body));
        }
        return problems;
    }

    /** An answer outside every documented operation: an error, in the one shape every error has. */
    private List<String> errorProblems(int status, Function<String, String> header, String body) {
        var problems = new ArrayList<String>();
        if (status < 400) {
            problems.add("status " + status + " outside the documented operations, where only an error may be");
        }
        if (!body.isEmpty()) {
            problems.addAll(bodyProblems(at(new At("", document), "components", "schemas", "Error"),
                    String.valueOf(header.apply("Content-Type")).split(";")[0].strip(), body));
        }
        return problems;
    }

    private List<String> bodyProblems(At schema, String mediaType, String body) {
        if (!mediaType.equals("application/json")) {
            return violations(schema, TextNode.valueOf(body));
        }
        try {
            return violations(schema, Json.tree(body.getBytes(StandardCharsets.UTF_8))).stream()
                    .map(violation -> violation + " (schema #" + schema.pointer() + ")").toList();
        } catch (IOException e) {
            return List.of("a body that is not JSON: " + e.getMessage());
        }
    }

    private static void fail(String request, int status, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError(request + " answered " + status + " otherwise than openapi.json says:\n  "
                    + String.join("\n  ", problems));
        }
    }
}
