package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsflow.contracts.ArticleId;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.IngestError;
import io.newsflow.contracts.IngestStatus;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.LogFormat;
import io.newsflow.contracts.RawArticle;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.failed.FailedFileReplayer;
import io.newsflow.metrics.MetricsEndpoint;
import io.newsflow.metrics.StandaloneService;
import io.newsflow.testing.EventSchemas;
import io.newsflow.testing.HealthProbe;
import io.newsflow.testing.KafkaFixture;
import io.newsflow.testing.MetricsPage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/** ingest-service against a real broker; subclasses choose the broker. Each scenario gets a fresh broker. */
// The scenarios hold a running service open for a block they never name it in: "try" would warn of each.
@SuppressWarnings("try")
abstract class IngestScenarios {

    static final String SEED = "000_9fcc7db5881dbe47.txt";
    static final String OTHER_SEED = "003_debdce87b0e61862.txt";
    /** Small enough for a test to exceed without writing megabytes; the seeds are well under it. */
    static final int MAX_FILE_BYTES = 20_000;

    @TempDir
    Path inbox;
    @TempDir
    Path data;
    @TempDir
    Path outside;

    KafkaFixture kafka;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    abstract KafkaFixture newKafka();

    @BeforeEach
    void startBroker() {
        kafka = newKafka();
        logs.start();
        var ingestLog = (Logger) LoggerFactory.getLogger(InboxIngestor.class);
        ingestLog.addAppender(logs);
        ingestLog.setLevel(Level.DEBUG); // the per-article lines are at DEBUG
    }

    @AfterEach
    void stopBroker() throws Exception {
        var ingestLog = (Logger) LoggerFactory.getLogger(InboxIngestor.class);
        ingestLog.detachAppender(logs);
        ingestLog.setLevel(null);
        kafka.close();
    }

    StandaloneService startIngest() {
        return startIngest("keep");
    }

    StandaloneService startIngest(String after) {
        return startIngest(after, Map.of());
    }

    /**
     * ingest-service as its main runs it, metrics endpoint included (on a free port).
     *
     * @param settings more variables, or other values for the scenario defaults
     */
    StandaloneService startIngest(String after, Map<String, String> settings) {
        var env = new HashMap<>(Map.of(
                IngestConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                IngestConfig.INBOX, inbox.toString(),
                IngestConfig.DATA_DIR, data.toString(),
                IngestConfig.SCAN_INTERVAL, "100ms",
                IngestConfig.SETTLE_TIME, "200ms",
                IngestConfig.MAX_FILE_BYTES, Integer.toString(MAX_FILE_BYTES),
                IngestConfig.AFTER, after,
                MetricsEndpoint.NEWSFLOW_METRICS_PORT, "0"));
        env.putAll(settings);
        var config = IngestConfig.fromEnv(env);
        var service = StandaloneService.served("ingest", config.metrics(), metrics -> new IngestApp(config, metrics));
        service.start();
        return service;
    }

    void drop(String seed, String asName) throws IOException {
        try (var in = getClass().getResourceAsStream("/seeds/" + seed)) {
            Path target = inbox.resolve(asName);
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
    }

    List<ConsumerRecord<String, RawArticle>> rawArticles(int expected) {
        return kafka.read(Topics.RAW, expected, Duration.ofSeconds(30));
    }

    List<ConsumerRecord<String, IngestError>> errors(int expected) {
        return kafka.read(Topics.INGEST_ERRORS, expected, Duration.ofSeconds(30));
    }

    List<IngestStatus> statuses(int expected) {
        return kafka.read(Topics.INGEST_STATUS, expected, Duration.ofSeconds(30)).stream()
                .map(ConsumerRecord::value).toList();
    }

    @Test
    void a_file_present_at_start_and_one_dropped_later_are_each_published_once() throws Exception {
        // given a seed already in the inbox
        drop(SEED, SEED);
        try (var ignored = startIngest()) {
            assertThat(rawArticles(1)).hasSize(1);

            // when a second file is dropped, in a sub-folder, while it runs
            drop(OTHER_SEED, "2022/04/" + OTHER_SEED);

            // then both are on the raw topic, once each
            var records = rawArticles(2);
            assertThat(records).extracting(r -> r.value().source().path())
                    .containsExactlyInAnyOrder(SEED, "2022/04/" + OTHER_SEED);
        }
    }

    @Test
    void the_metrics_endpoint_counts_a_published_seed_and_a_file_too_large_and_says_ready() throws Exception {
        // given ingest-service as its main runs it, with a seed and a file over the size limit in the inbox
        drop(SEED, SEED);
        Files.writeString(inbox.resolve("huge.txt"), " date 2022-04-05 " + "word ".repeat(MAX_FILE_BYTES / 5));
        try (var service = startIngest()) {
            // when both are handled
            assertThat(rawArticles(1)).hasSize(1);
            assertThat(errors(1)).hasSize(1);

            // then its /metrics page counts them, by reason for the failure, beside the JVM's and Kafka's meters
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var page = MetricsPage.scrape(service.address());
                assertThat(page.value("newsflow_ingest_files_seen_total")).hasValue(2.0);
                assertThat(page.value("newsflow_ingest_files_published_total")).hasValue(1.0);
                assertThat(page.value("newsflow_ingest_files_failed_total{reason=\"too-large\"}")).hasValue(1.0);
                assertThat(page.text()).contains("jvm_memory_used_bytes", "kafka_producer_record_send_total");
            });
            // and it is ready: connected to Kafka and scanning
            assertThat(HealthProbe.get(service.address().resolve("/health/ready")))
                    .isEqualTo("200 {\"status\":\"UP\",\"kafka\":\"UP\",\"scanner\":\"SCANNING\",\"detail\":null}");
            assertThat(HealthProbe.get(service.address().resolve("/health/live"))).isEqualTo("200 {\"status\":\"UP\"}");
        }
    }


    @Test
    void the_raw_event_carries_key_headers_and_fields_that_satisfy_the_schema() throws Exception {
        drop(SEED, SEED);
        try (var ignored = startIngest()) {
            var record = rawArticles(1).get(0);
            RawArticle article = record.value();

            assertThat(record.key()).isEqualTo(article.id());
            assertThat(Headers.text(record.headers(), Headers.EVENT_TYPE)).isEqualTo(RawArticle.EVENT_TYPE);
            assertThat(Headers.text(record.headers(), Headers.SCHEMA_VERSION)).isEqualTo("1");
            assertThat(article.publishedDate()).isEqualTo(LocalDate.of(2022, 4, 5));
            assertThat(article.dateSource()).isEqualTo("header");
            assertThat(article.text()).startsWith("In a key development, US Secretary of State, Antony Blinken");
            assertThat(article.title()).startsWith("In a key development");
            assertThat(article.titleDerived()).isTrue();
            assertThat(article.source().path()).isEqualTo(SEED);
            assertThat(article.source().sizeBytes()).isEqualTo(Files.size(inbox.resolve(SEED)));
            assertThat(article.source().format()).isEqualTo("seed");
            assertThat(article.source().encoding()).isEqualTo("UTF-8");
            assertThat(article.source().warnings()).isEmpty();
            assertThat(new EventSchemas().violations(EventSchemas.RAW_ARTICLE, Json.tree(article))).isEmpty();
        }
    }

    @Test
    void json_front_matter_plain_and_windows_1252_files_are_published_with_their_provenance() throws Exception {
        Files.writeString(inbox.resolve("a.json"), "{\"publishedDate\": \"2022-04-06\", \"title\": \"NATO meets\","
                + " \"text\": \"NATO met in Brussels.\", \"url\": \"https://example.org/2022/04/nato-meets\"}");
        Files.writeString(inbox.resolve("e.json"), "{\"date\": \"2022-04-09\", \"text\": \"Kyiv was calm.\","
                + " \"url\": \"example.org/kyiv\"}");
        Files.writeString(inbox.resolve("b.md"), "---\r\ndate: 2022-04-07\r\ntitle: Kyiv\r\n---\r\nKyiv held.\r\n");
        Path plain = Files.writeString(inbox.resolve("c.txt"), "No header here, only text.");
        Files.setLastModifiedTime(plain, FileTime.from(Instant.parse("2023-05-06T12:00:00Z")));
        Files.write(inbox.resolve("d.txt"), " date 2022-04-08 Caf\u00e9 talks.".getBytes(StandardCharsets.ISO_8859_1));
        try (var ignored = startIngest()) {
            var articles = rawArticles(5).stream().map(ConsumerRecord::value).toList();

            assertThat(articles).extracting(a -> a.source().fileName(), RawArticle::publishedDate,
                    RawArticle::dateSource, a -> a.source().format(), a -> a.source().encoding(),
                    a -> a.source().url()).containsExactlyInAnyOrder(
                    tuple("a.json", LocalDate.of(2022, 4, 6), "json", "json", "UTF-8",
                            "https://example.org/2022/04/nato-meets"),
                    tuple("b.md", LocalDate.of(2022, 4, 7), "front-matter", "front-matter", "UTF-8", null),
                    tuple("c.txt", LocalDate.ofInstant(Instant.parse("2023-05-06T12:00:00Z"), ZoneId.systemDefault()),
                            "file-modified", "plain", "UTF-8", null),
                    tuple("d.txt", LocalDate.of(2022, 4, 8), "header", "seed", "windows-1252", null),
                    tuple("e.json", LocalDate.of(2022, 4, 9), "json", "json", "UTF-8", null));
            var cp1252 = articles.stream().filter(a -> a.source().fileName().equals("d.txt")).findFirst().orElseThrow();
            assertThat(cp1252.text()).isEqualTo("Café talks.");
            assertThat(cp1252.source().warnings()).containsExactly("the file is not valid UTF-8: decoded as Windows-1252");
            var badUrl = articles.stream().filter(a -> a.source().fileName().equals("e.json")).findFirst()
                    .orElseThrow();
            assertThat(badUrl.text()).as("the text is still published").isEqualTo("Kyiv was calm.");
            assertThat(badUrl.source().warnings()).containsExactly(
                    "the JSON url \"example.org/kyiv\" is not an absolute http or https URL: left out");
            var schemas = new EventSchemas();
            articles.forEach(a -> assertThat(schemas.violations(EventSchemas.RAW_ARTICLE, Json.tree(a))).isEmpty());
        }
    }

    @Test
    void a_published_file_is_seen_then_published_on_the_status_topic_with_its_offset() throws Exception {
        try (var ignored = startIngest()) {
            drop(SEED, SEED);
            var raw = rawArticles(1).get(0);

            var statuses = statuses(2);
            assertThat(statuses).extracting(IngestStatus::path, IngestStatus::stage)
                    .containsExactly(tuple(SEED, "seen"), tuple(SEED, "published"));
            var published = statuses.get(1);
            assertThat(published.topic()).isEqualTo(Topics.RAW.name());
            assertThat(published.partition()).isEqualTo(raw.partition());
            assertThat(published.offset()).isEqualTo(raw.offset());
            assertThat(published.articleId()).isEqualTo(raw.key());
            var schemas = new EventSchemas();
            statuses.forEach(s -> assertThat(schemas.violations(EventSchemas.INGEST_STATUS, Json.tree(s))).isEmpty());
        }
    }

    @Test
    void a_restart_does_not_publish_already_ingested_files_again() throws Exception {
        drop(SEED, SEED);
        try (var ignored = startIngest()) {
            assertThat(rawArticles(1)).hasSize(1);
        }

        // when ingest-service starts again on the same inbox, and a new file arrives
        try (var ignored = startIngest()) {
            drop(OTHER_SEED, OTHER_SEED);

            // then only the new file is published (the reader polls on past the expected count to catch extras)
            assertThat(rawArticles(2)).extracting(r -> r.value().source().fileName())
                    .containsExactlyInAnyOrder(SEED, OTHER_SEED);
        }
    }

    @Test
    void a_kept_file_whose_content_changes_is_published_again_as_a_new_version() throws Exception {
        drop(SEED, "story.txt");
        try (var ignored = startIngest()) {
            assertThat(rawArticles(1)).hasSize(1);

            Files.writeString(inbox.resolve("story.txt"), " date 2022-04-05 A corrected story.");

            assertThat(rawArticles(2)).extracting(r -> r.value().text())
                    .contains("A corrected story.").hasSize(2);
        }
    }

    @Test
    void the_same_text_under_another_name_is_recognised_and_not_published_again() throws Exception {
        drop(SEED, SEED);
        try (var ignored = startIngest()) {
            assertThat(rawArticles(1)).hasSize(1);

            drop(SEED, "renamed-copy.txt");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messages())
                    .anyMatch(m -> m.startsWith("ingest already-present") && m.contains("file=\"renamed-copy.txt\"")));
            assertThat(rawArticles(1)).hasSize(1);
            assertThat(statuses(4)).extracting(IngestStatus::path, IngestStatus::stage)
                    .endsWith(tuple("renamed-copy.txt", "already-present"));
        }
    }

    @Test
    void after_move_a_published_file_is_in_processed_and_after_delete_it_is_gone() throws Exception {
        drop(SEED, "2022/" + SEED);
        try (var ignored = startIngest("move")) {
            assertThat(rawArticles(1)).hasSize(1);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(inbox.resolve("processed/2022/" + SEED)).exists());
            assertThat(inbox.resolve("2022/" + SEED)).doesNotExist();
        }
        drop(OTHER_SEED, OTHER_SEED);
        try (var ignored = startIngest("delete")) {
            assertThat(rawArticles(2)).hasSize(2);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(inbox.resolve(OTHER_SEED)).doesNotExist());
            assertThat(inbox.resolve("processed/2022/" + SEED)).as("processed/ is not read again").exists();
        }
    }

    /** Each kind of bad input: how to make it, and the exact reason it is reported with. */
    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "empty", "the file is empty"),
                Arguments.of("picture.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                        "binary", "the file holds binary data, not text"),
                Arguments.of("bad-date.txt", utf8(" date 2022-02-30 Text."),
                        "invalid-date", "the header date \"2022-02-30\" is not a valid date YYYY-MM-DD"),
                Arguments.of("header-only.txt", utf8(" date 2022-04-05 \n\n"),
                        "no-text", "the file has a date header but no article text after it"),
                Arguments.of("huge.txt", utf8(" date 2022-04-05 " + "word ".repeat(MAX_FILE_BYTES / 5)),
                        "too-large", "the file is " + (17 + MAX_FILE_BYTES) + " bytes, over the limit of "
                                + MAX_FILE_BYTES + " bytes (NEWSFLOW_INGEST_MAX_FILE_BYTES)"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badInput")
    void bad_input_is_moved_to_failed_beside_its_reason_and_reported_on_the_errors_and_status_topics(
            String name, byte[] content, String reason, String message) throws Exception {
        // given a bad file and a good one
        Files.write(inbox.resolve(name), content);
        drop(SEED, SEED);
        try (var ignored = startIngest("move")) {
            // then the good one is published, and the bad one reported once with its exact reason
            assertThat(rawArticles(1)).extracting(r -> r.value().source().fileName()).containsExactly(SEED);
            var error = errors(1);
            assertThat(error).extracting(ConsumerRecord::key).containsExactly(name);
            assertThat(error.get(0).value()).extracting(IngestError::reason, IngestError::message,
                    IngestError::sizeBytes, IngestError::movedTo)
                    .containsExactly(reason, message, (long) content.length, "failed/" + name);
            assertThat(new EventSchemas().violations(EventSchemas.INGEST_ERROR, Json.tree(error.get(0).value())))
                    .isEmpty();

            // and it waits in failed/ with its .error.json, out of the inbox
            assertThat(inbox.resolve(name)).doesNotExist();
            assertThat(inbox.resolve("failed/" + name)).hasBinaryContent(content);
            var report = Json.read(Files.readAllBytes(inbox.resolve("failed/" + name + ".error.json")),
                    IngestError.class);
            assertThat(report).isEqualTo(error.get(0).value());
            assertThat(statuses(4)).filteredOn(s -> s.path().equals(name))
                    .extracting(IngestStatus::stage, IngestStatus::reason, IngestStatus::message)
                    .containsExactly(tuple("seen", null, null), tuple("failed", reason, message));
            assertThat(messages()).contains("ingest failed file=" + LogFormat.quoted(name) + " reason="
                    + LogFormat.quoted(message) + " code=" + reason + " error="
                    + LogFormat.quoted(inbox.resolve("failed/" + name + ".error.json")));
        }
    }

    @Test
    void a_symbolic_link_to_a_file_outside_the_inbox_is_refused_without_reading_it() throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), " date 2022-04-05 Not for the inbox.");
        Files.createSymbolicLink(inbox.resolve("escape.txt"), secret);
        try (var ignored = startIngest("move")) {
            var error = errors(1).get(0).value();
            assertThat(error.reason()).isEqualTo("symlink-outside-inbox");
            assertThat(error.message()).isEqualTo("the file is a symbolic link to a file outside the inbox");
            assertThat(error.sha256()).isNull();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(inbox.resolve("failed/escape.txt")).isSymbolicLink());
            assertThat(secret).as("the target is never touched").exists();
            assertThat(rawArticles(0)).isEmpty();
        }
    }

    @Test
    void in_keep_mode_a_bad_file_stays_its_report_goes_under_the_data_folder_and_a_restart_does_not_report_it_again()
            throws Exception {
        Files.writeString(inbox.resolve("bad-date.txt"), " date 2022-02-30 Text.");
        try (var ignored = startIngest("keep")) {
            assertThat(errors(1)).hasSize(1);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(data.resolve("failed/bad-date.txt.error.json")).exists());
            Thread.sleep(500); // several more scans: the same bad file must not be reported again
        }
        assertThat(inbox.resolve("bad-date.txt")).exists();

        try (var ignored = startIngest("keep")) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messages())
                    .anyMatch(m -> m.startsWith("ingest still-failed file=\"bad-date.txt\"")));
            assertThat(errors(1)).as("one error event over two runs").hasSize(1);
        }
    }

    @Test
    void a_failed_file_fixed_and_replayed_is_published() throws Exception {
        Files.writeString(inbox.resolve("bad-date.txt"), " date 2022-02-30 A story.");
        try (var ignored = startIngest("move")) {
            assertThat(errors(1)).hasSize(1);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(inbox.resolve("failed/bad-date.txt")).exists());

            // when the user fixes the date and replays failed files
            Files.writeString(inbox.resolve("failed/bad-date.txt"), " date 2022-02-28 A story.");
            var result = new FailedFileReplayer(inbox, data, Clock.systemUTC()).replayAll();

            // then it is published, and failed/ is empty
            assertThat(result.replayed()).containsExactly("bad-date.txt");
            assertThat(rawArticles(1)).extracting(r -> r.value().publishedDate()).containsExactly(LocalDate.of(2022, 2, 28));
            assertThat(inbox.resolve("failed")).isEmptyDirectory();
        }
    }

    @Test
    void a_file_still_being_written_under_a_temporary_name_is_not_read() throws Exception {
        Files.writeString(inbox.resolve("incoming.txt.part"), " date 2022-04-05 half an artic");
        drop(SEED, SEED);
        try (var ignored = startIngest()) {
            assertThat(rawArticles(1)).extracting(r -> r.value().source().fileName()).containsExactly(SEED);
        }
    }

    @Test
    void a_file_renamed_into_the_inbox_is_published_without_waiting_for_the_settle_time() throws Exception {
        assumeInotify();
        try (var ignored = startIngest("keep", Map.of(IngestConfig.SETTLE_TIME, "1h"))) {
            Path written = Files.write(outside.resolve(SEED), seedBytes(SEED));
            Files.move(written, inbox.resolve(SEED));

            assertThat(rawArticles(1)).extracting(r -> r.value().source().fileName()).containsExactly(SEED);
        }
    }

    /**
     * A writer that holds the file open and writes it in ten pieces a second apart: the settle time (200 ms here)
     * passes many times while it pauses, yet the article is read only once it is closed, whole and once.
     */
    @Test
    void a_file_written_slowly_in_pieces_is_published_whole_and_once() throws Exception {
        assumeInotify();
        byte[] seed = seedBytes(SEED);
        try (var ignored = startIngest()) {
            try (var writer = Files.newOutputStream(inbox.resolve(SEED))) {
                int piece = seed.length / 10 + 1;
                for (int from = 0; from < seed.length; from += piece) {
                    writer.write(seed, from, Math.min(piece, seed.length - from));
                    writer.flush();
                    Thread.sleep(1_000);
                }
            }
            var published = kafka.read(Topics.RAW, 2, Duration.ofSeconds(10));
            assertThat(published).as("one article, read whole").extracting(r -> r.value().source().sha256())
                    .containsExactly(ArticleId.sha256Hex(seed));
        }
    }

    /** Elsewhere the settle time alone judges a file: a writer must rename it in or use a temporary name. */
    private static void assumeInotify() {
        assumeTrue(com.sun.jna.Platform.isLinux(), "inotify is Linux's");
    }

    private byte[] seedBytes(String seed) throws IOException {
        try (var in = getClass().getResourceAsStream("/seeds/" + seed)) {
            return in.readAllBytes();
        }
    }

    /** A JSON Lines archive, gzip-compressed when its name ends in {@code .gz}. */
    Path archive(String name, List<String> lines) throws IOException {
        Path target = inbox.resolve(name);
        try (OutputStream out = name.endsWith(".gz")
                ? new GZIPOutputStream(Files.newOutputStream(target)) : Files.newOutputStream(target)) {
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return target;
    }

    static String jsonArticle(String text) {
        return "{\"date\": \"2022-04-05\", \"text\": \"" + text + "\"}";
    }

    @Test
    void archive_lines_are_published_with_their_numbers_and_bad_lines_are_reported_with_theirs() throws Exception {
        // given an archive with good, blank and bad lines
        archive("dump.jsonl", List.of(jsonArticle("NATO met in Brussels."), "", jsonArticle("Kyiv held."),
                "{oops", "{\"text\": \"Madrid voted.\", \"url\": \"https://example.org/madrid\"}",
                "{\"title\": \"no text\"}"));
        try (var ignored = startIngest("move")) {
            // then each good line is an article that names its line
            var articles = rawArticles(3).stream().map(ConsumerRecord::value).toList();
            assertThat(articles).extracting(a -> a.source().path(), a -> a.source().line(), RawArticle::text,
                    a -> a.source().format(), a -> a.source().url()).containsExactlyInAnyOrder(
                    tuple("dump.jsonl", 1, "NATO met in Brussels.", "json", null),
                    tuple("dump.jsonl", 3, "Kyiv held.", "json", null),
                    tuple("dump.jsonl", 5, "Madrid voted.", "json", "https://example.org/madrid"));
            var schemas = new EventSchemas();
            articles.forEach(a -> assertThat(schemas.violations(EventSchemas.RAW_ARTICLE, Json.tree(a))).isEmpty());

            // and each bad line is on the errors topic with its number and reason, the archive kept whole in failed/
            var errors = errors(2).stream().map(ConsumerRecord::value).toList();
            assertThat(errors).extracting(IngestError::path, IngestError::line, IngestError::reason,
                    IngestError::movedTo).containsExactly(
                    tuple("dump.jsonl", 4, "invalid-json", "failed/dump.jsonl"),
                    tuple("dump.jsonl", 6, "no-text", "failed/dump.jsonl"));
            errors.forEach(e -> assertThat(schemas.violations(EventSchemas.INGEST_ERROR, Json.tree(e))).isEmpty());
            Path report = inbox.resolve("failed/dump.jsonl.error.json");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(inbox.resolve("failed/dump.jsonl")).exists());
            assertThat(List.of(Json.read(Files.readAllBytes(report), IngestError[].class)))
                    .as("the report lists the bad lines").isEqualTo(errors);
            assertThat(statuses(6)).filteredOn(st -> !st.stage().equals("seen"))
                    .extracting(IngestStatus::stage, IngestStatus::line)
                    .containsExactlyInAnyOrder(tuple("published", 1), tuple("published", 3), tuple("published", 5),
                            tuple("failed", 4), tuple("failed", 6));
            assertThat(messages()).anyMatch(m -> m.startsWith("ingest failed file=\"dump.jsonl\" line=4 reason=\"the "
                    + "line is not valid JSON (column ") && m.endsWith("code=invalid-json error=" + LogFormat.quoted(report)));
        }
    }

    @Test
    void a_gzip_archive_is_published_and_a_corrupt_one_is_reported_like_other_bad_input() throws Exception {
        archive("good.jsonl.gz", List.of(jsonArticle("One."), jsonArticle("Two."), jsonArticle("Three.")));
        Files.writeString(inbox.resolve("bad.jsonl.gz"), jsonArticle("Not compressed at all.") + "\n");
        try (var ignored = startIngest("move")) {
            assertThat(rawArticles(3)).extracting(r -> r.value().source().path(), r -> r.value().text())
                    .containsExactlyInAnyOrder(tuple("good.jsonl.gz", "One."), tuple("good.jsonl.gz", "Two."),
                            tuple("good.jsonl.gz", "Three."));
            assertThat(errors(1)).extracting(ConsumerRecord::value).extracting(IngestError::path,
                    IngestError::reason, IngestError::message, IngestError::line).containsExactly(
                    tuple("bad.jsonl.gz", "corrupt-gzip", "the file is not valid gzip data (Not in GZIP format)", null));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(inbox.resolve("processed/good.jsonl.gz")).exists();
                assertThat(inbox.resolve("failed/bad.jsonl.gz")).exists();
            });
        }
    }

    @Test
    void a_re_dropped_archive_publishes_nothing_twice() throws Exception {
        var lines = List.of(jsonArticle("First story."), jsonArticle("Second story."), jsonArticle("Third story."));
        byte[] content = Files.readAllBytes(archive("dump.jsonl", lines));
        try (var ignored = startIngest("move")) {
            assertThat(rawArticles(3)).hasSize(3);
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(inbox.resolve("processed/dump.jsonl")));

            // when the same archive is dropped again under its name, and under another one
            Files.write(inbox.resolve("dump.jsonl"), content);
            await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(inbox.resolve("dump.jsonl")));
            Files.write(inbox.resolve("copy.jsonl"), content);

            // then the copy's lines are recognised as present, and nothing is published again
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(statuses(8))
                    .filteredOn(st -> st.path().equals("copy.jsonl") && st.stage().equals("already-present"))
                    .extracting(IngestStatus::line).containsExactlyInAnyOrder(1, 2, 3));
            assertThat(rawArticles(3)).hasSize(3);
        }
        // and a restart on the same inbox publishes nothing either
        try (var ignored = startIngest("move")) {
            Files.write(inbox.resolve("dump.jsonl"), content);
            await().atMost(Duration.ofSeconds(20)).until(() -> !Files.exists(inbox.resolve("dump.jsonl")));
            assertThat(rawArticles(3)).hasSize(3);
        }
    }

    @Test
    void many_files_go_in_one_transaction_and_each_is_published_once_across_a_restart() throws Exception {
        // given 120 files waiting, and batches of at most 50
        for (int i = 0; i < 120; i++) {
            Files.writeString(inbox.resolve(String.format("%03d.txt", i)), " date 2022-04-05 Story number " + i + ".");
        }
        var batches = Map.of(IngestConfig.BATCH_MAX_ARTICLES, "50", IngestConfig.BATCH_MAX_WAIT, "30s");
        try (var ignored = startIngest("keep", batches)) {
            assertThat(rawArticles(120)).hasSize(120);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messages())
                    .filteredOn(m -> m.startsWith("ingest batch "))
                    .extracting(m -> m.substring(0, m.indexOf(" bytes=")))
                    .containsExactly("ingest batch published=50 already-present=0 failed=0",
                            "ingest batch published=50 already-present=0 failed=0",
                            "ingest batch published=20 already-present=0 failed=0"));
        }

        // when ingest-service restarts on the same inbox and five more files arrive
        try (var ignored = startIngest("keep", batches)) {
            for (int i = 120; i < 125; i++) {
                Files.writeString(inbox.resolve(i + ".txt"), " date 2022-04-05 Story number " + i + ".");
            }

            // then each of the 125 is on the raw topic exactly once
            var records = rawArticles(125);
            assertThat(records).hasSize(125);
            assertThat(records.stream().map(ConsumerRecord::key).distinct()).hasSize(125);
        }
    }

    @Test
    void an_archive_interrupted_by_a_stop_goes_on_after_a_restart_without_publishing_a_line_twice() throws Exception {
        var lines = new ArrayList<String>();
        for (int i = 1; i <= 20_000; i++) {
            lines.add(jsonArticle("Archived story number " + i + "."));
        }
        archive("big.jsonl.gz", lines);
        var batches = Map.of(IngestConfig.BATCH_MAX_ARTICLES, "500");
        try (var ignored = startIngest("move", batches)) {
            // stopped as soon as the first batch of lines is committed: usually well before the end of the archive
            await().atMost(Duration.ofSeconds(30)).until(() -> messages().stream()
                    .anyMatch(m -> m.startsWith("ingest batch published=")));
        }
        try (var ignored = startIngest("move", batches)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(inbox.resolve("processed/big.jsonl.gz")));
            var records = rawArticles(20_000);
            assertThat(records).hasSize(20_000);
            assertThat(records.stream().map(r -> r.value().source().line()).distinct()).hasSize(20_000);
        }
    }

    List<String> messages() {
        synchronized (logs) { // the appender adds under its own lock while ingest's threads log
            return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
