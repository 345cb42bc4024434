package io.newsflow.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * Validates event JSON against the JSON Schemas shipped in the contracts jar ({@code schemas/*.json}), resolving
 * the schemas' {@code $id} URLs to the classpath so validation never touches the network.
 */
public final class EventSchemas {

    public static final String RAW_ARTICLE = "raw-article.v1.json";
    public static final String ENRICHED_ARTICLE = "enriched-article.v1.json";
    public static final String INGEST_ERROR = "ingest-error.v1.json";
    public static final String INGEST_STATUS = "ingest-status.v1.json";
    public static final String STORY_ASSIGNMENT = "story-assignment.v1.json";
    private static final String ID_PREFIX = "https://newsflow.io/schemas/";

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, "classpath:schemas/")));

    /** Every violation of {@code schemaFile} by {@code event}, as readable sentences; empty when valid. */
    public List<String> violations(String schemaFile, JsonNode event) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(ID_PREFIX + schemaFile));
        return schema.validate(event).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
