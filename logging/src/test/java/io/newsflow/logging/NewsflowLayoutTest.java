package io.newsflow.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;

/** Log lines as people and log shippers read them: the same keys in text and in JSON. */
class NewsflowLayoutTest {

    private final LoggerContext context = new LoggerContext();

    @Test
    void a_json_line_has_the_service_the_event_and_every_field_of_the_text_line() throws IOException {
        // Values with spaces or quotes are written quoted, inner quotes escaped.
        JsonNode line = json(event("ingest failed file={} reason={} code={} error={}", null, "\"in box/a.txt\"",
                "\"the header date \\\"2022-02-30\\\" is not a valid date\"", "invalid-date", "failed/a.json"));

        assertThat(line.get("service").asText()).isEqualTo("ingest");
        assertThat(line.get("event").asText()).isEqualTo("failed");
        assertThat(line.get("file").asText()).isEqualTo("in box/a.txt");
        assertThat(line.get("reason").asText()).isEqualTo("the header date \"2022-02-30\" is not a valid date");
        assertThat(line.get("code").asText()).isEqualTo("invalid-date");
        assertThat(line.get("level").asText()).isEqualTo("WARN");
        assertThat(line.get("logger").asText()).isEqualTo("io.newsflow.ingest.InboxIngestor");
        assertThat(line.get("time").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(line.get("message").asText()).startsWith("ingest failed file=\"in box/a.txt\" reason=");
    }

    @Test
    void words_after_the_fields_and_a_stack_trace_are_kept_whole() throws IOException {
        JsonNode line = json(event("store consumer stopped: {}", new IllegalStateException("disk full"), "disk full"));

        assertThat(line.get("service").asText()).isEqualTo("store");
        assertThat(line.get("event").asText()).isEqualTo("consumer stopped: disk full");
        assertThat(line.get("error").asText()).contains("java.lang.IllegalStateException: disk full",
                "NewsflowLayoutTest");
    }

    @Test
    void a_field_named_like_a_key_of_the_object_stays_in_the_message_only() throws IOException {
        JsonNode line = json(event("enrich tagged id={} level={}", null, "696955b6", "deep"));

        assertThat(line.get("level").asText()).isEqualTo("WARN");
        assertThat(line.get("id").asText()).isEqualTo("696955b6");
        assertThat(line.get("message").asText()).endsWith("level=deep");
    }

    @Test
    void kafkas_own_messages_are_kept_whole_and_not_read_as_fields() throws IOException {
        var kafka = new LoggingEvent("test", context.getLogger("org.apache.kafka.clients.NetworkClient"), Level.WARN,
                "[Consumer clientId=c-1, groupId=g] The metadata response reported {}", null, new Object[] {"x=1"});

        JsonNode line = json(kafka);

        assertThat(line.get("service").asText()).isEmpty();
        assertThat(line.has("clientId")).isFalse();
        assertThat(line.get("message").asText()).startsWith("[Consumer clientId=c-1");
    }

    @Test
    void the_brokers_warning_on_a_normal_stop_is_dropped_and_its_other_warnings_kept() {
        var filter = new KafkaNoiseFilter();
        var logger = context.getLogger(KafkaNoiseFilter.NETWORK_CLIENT);

        assertThat(filter.decide(new LoggingEvent("test", logger, Level.WARN,
                "[NodeToControllerChannelManager id=1 name=registration] " + KafkaNoiseFilter.CLOSED_TWICE + ".", null,
                null))).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(new LoggingEvent("test", logger, Level.WARN,
                "Connection to node -1 could not be established.", null, null)))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void kafkas_reports_of_refused_credentials_are_dropped_since_the_service_says_it_in_one_line() {
        var filter = new KafkaNoiseFilter();
        var refused = new SaslAuthenticationException("Authentication failed: Invalid username or password");

        assertThat(filter.decide(new LoggingEvent("test", context.getLogger(KafkaNoiseFilter.NETWORK_CLIENT),
                Level.ERROR, "[AdminClient clientId=adminclient-1] Connection to node -1 (localhost/127.0.0.1:9092) "
                + "failed authentication due to: Authentication failed: Invalid username or password", null, null)))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(new LoggingEvent("test", context.getLogger("org.apache.kafka.clients.admin.internals"
                + ".AdminMetadataManager"), Level.WARN, "Fatal error during metadata update", refused, null)))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(new LoggingEvent("test", context.getLogger("org.apache.kafka.streams.KafkaStreams"),
                Level.ERROR, "Could not remove static member", new IllegalStateException("wrapped", refused), null)))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(new LoggingEvent("test", context.getLogger("io.newsflow.ingest.IngestApp"),
                Level.ERROR, "ingest stopped scanning", refused, null)))
                .as("Newsflow's own lines are kept").isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void the_text_line_is_unchanged_by_default() {
        var layout = started(new NewsflowLayout("text"));

        String text = layout.doLayout(event("enrich tagged id={} entities={}", null, "696955b6", 25));

        assertThat(text).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} WARN  enrich tagged id=696955b6"
                + " entities=25\\R");
    }

    @Test
    void an_unknown_format_logs_as_text_rather_than_losing_lines() {
        var layout = started(new NewsflowLayout("xml"));

        assertThat(layout.doLayout(event("store stopped", null))).contains("WARN  store stopped");
    }

    @Test
    void quoted_values_keep_escaped_quotes_and_spaces() {
        LogLine line = LogLine.parse("replay skipped file=\"a \\\"b\\\".txt\" count=2 then more words");

        assertThat(line.service()).isEqualTo("replay");
        assertThat(line.event()).isEqualTo("skipped");
        assertThat(line.fields()).isEqualTo(Map.of("file", "a \"b\".txt", "count", "2"));
    }

    private JsonNode json(LoggingEvent event) throws IOException {
        String text = started(new NewsflowLayout("json")).doLayout(event);
        assertThat(text).endsWith("\n").doesNotContain("\n\n");
        assertThat(text.strip()).doesNotContain("\n");
        return new ObjectMapper().readTree(text);
    }

    private NewsflowLayout started(NewsflowLayout layout) {
        layout.setContext(context);
        layout.start();
        return layout;
    }

    private LoggingEvent event(String format, Throwable error, Object... args) {
        return new LoggingEvent("test", context.getLogger("io.newsflow.ingest.InboxIngestor"), Level.WARN, format,
                error, args);
    }
}
