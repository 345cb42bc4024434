package io.newsflow.store.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.newsflow.contracts.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 description of this API, for clients and their code generators. It is
 * {@code openapi.json} beside this class, written by hand (Maven fills in {@code info.version}), with the event
 * schema it names by its {@code $id} copied in from the contracts jar, so that the document a client gets is whole:
 * the article's shape is the contract's own, never a second copy to keep in step. Read once, when the server is
 * built; a document missing from the jar stops the start. {@code OpenApiIT} keeps it true to the server.
 */
final class OpenApiHandler implements Endpoint {

    static final String PATH = "/openapi.json";
    private static final String DOCUMENT = "openapi.json";
    /** Where the contracts' schemas say they live ({@code $id}), and where their jar has them. */
    private static final String CONTRACTS_ID = "https://newsflow.io/schemas/";
    private static final String CONTRACTS_RESOURCE = "/schemas/";

    private final JsonNode document;

    OpenApiHandler() {
        this.document = bundled((ObjectNode) read(DOCUMENT));
    }

    @Override
    public boolean serves(String path) {
        return path.equals(PATH);
    }

    @Override
    public Reply get(URI uri) {
        return Reply.ok(document);
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(PATH, Set.of()));
    }

    /** The document as served; a copy, for the tests that check the server against it. */
    JsonNode document() {
        return document.deepCopy();
    }

    /**
     * Replaces each schema of {@code components/schemas} that is only a reference to a contract schema with that
     * schema, its own references rebased onto where it now stands: many OpenAPI tools resolve {@code #/...}
     * against the document, whatever {@code $id} says.
     */
    private static JsonNode bundled(ObjectNode document) {
        var schemas = (ObjectNode) document.path("components").path("schemas");
        for (String name : schemas.properties().stream().map(Map.Entry::getKey).toList()) {
            String ref = schemas.get(name).path("$ref").asText();
            if (ref.startsWith(CONTRACTS_ID)) {
                var contract = (ObjectNode) read(CONTRACTS_RESOURCE + ref.substring(CONTRACTS_ID.length()));
                contract.remove(List.of("$schema", "$id"));
                rebase(contract, "#/components/schemas/" + name);
                schemas.set(name, contract);
            }
        }
        return document;
    }

    private static void rebase(JsonNode node, String base) {
        if (node instanceof ObjectNode object && object.path("$ref").asText().startsWith("#/")) {
            object.set("$ref", TextNode.valueOf(base + object.get("$ref").asText().substring(1)));
        }
        node.forEach(child -> rebase(child, base));
    }

    /** A resource beside this class, or from the classpath's root for a name that starts with '/'. */
    private static JsonNode read(String resource) {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document needs the resource " + resource + " (as "
                        + OpenApiHandler.class.getName() + " finds it) and the classpath has none: the build is"
                        + " incomplete");
            }
            return Json.tree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + resource + " of the OpenAPI document", e);
        }
    }
}
