package io.newsflow.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.enrich.tagging.Taggers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Newsflow under faults, end to end: the services run as separate processes against a broker process and a
 * PostgreSQL server of the test's own, and each scenario ends by checking, from the database and the topics, that
 * every article is stored exactly once with all its entities. Each prints one summary line.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class FaultScenariosIT {

    private static final Duration SETTLE = Duration.ofMinutes(5);
    /** How long the database and the broker stay down: longer than any client's default request timeout. */
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final Path WORK = Path.of("target", "faults");
    private static PostgresServer postgres;

    private final Tagger tagger = Taggers.create("builtin", Optional.empty());

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresServer.create(WORK.resolve("postgres-" + System.nanoTime()));
        postgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private Pipeline pipeline(TestInfo test) throws Exception {
        String name = test.getTestMethod().orElseThrow().getName().substring(0, 2) + "_" + System.nanoTime();
        return new Pipeline(WORK.resolve(name), postgres, name);
    }

    @Test
    void s1_sigkill_or_sigterm_of_any_service_at_random_moments_loses_and_duplicates_nothing(TestInfo test) throws Exception {
        int articles = 10_000;
        int badFiles = 2 * GeneratedArticles.BAD_KINDS.size();
        try (var pipeline = pipeline(test)) {
            pipeline.startAll();
            var slowStops = new java.util.concurrent.CopyOnWriteArrayList<String>();
            var chaos = new Thread(() -> stopAtRandom(pipeline, 12, slowStops), "chaos");
            chaos.start();

            // when 10,000 articles and bad files of every kind arrive while services are killed and restarted
            for (int i = 0; i < articles; i++) {
                GeneratedArticles.writeArticle(pipeline.inbox, i);
                if (i % (articles / badFiles) == 0 && i / (articles / badFiles) < badFiles) {
                    GeneratedArticles.writeBad(pipeline.inbox, i / (articles / badFiles));
                }
                if (i % 100 == 99) {
                    Thread.sleep(250);
                }
            }
            chaos.join();
            System.out.printf("s1 stops: %s%n", pipeline.services().stream()
                    .map(p -> p.name() + " SIGKILL " + p.kills() + " SIGTERM " + p.terms() + " (slowest exit "
                            + p.slowestStopMillis() + " ms)").collect(Collectors.joining(", ")));
            assertThat(slowStops).as("services that did not exit within 30 s of SIGTERM").isEmpty();

            // then every article is stored once with all its entities, and every bad file is quarantined
            int deadLettered = verifyExactlyOnce("s1 SIGKILL/SIGTERM chaos", pipeline, articles, 0);
            assertThat(deadLettered).isZero();
            assertBadFilesQuarantined(pipeline, badFiles);
            assertThat(processed(pipeline)).as("articles moved to processed/").isEqualTo(articles);
        }
    }

    @Test
    void s2_a_database_outage_is_waited_out_and_nothing_is_dead_lettered(TestInfo test) throws Exception {
        int articles = 200;
        try (var pipeline = pipeline(test)) {
            pipeline.startAll();
            dropArticles(pipeline, 0, 100);
            await().atMost(SETTLE).until(() -> pipeline.storedIds().size() >= 30);

            // when the database stops mid-stream for 60 seconds while articles keep arriving
            postgres.stop();
            try {
                long down = System.nanoTime();
                dropArticles(pipeline, 100, articles);
                await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.healthStatus() == 503);
                Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - down) / 1_000_000));
            } finally {
                postgres.start();
            }

            // then the store resumes by itself, healthy, with everything stored once and nothing dead-lettered
            int deadLettered = verifyExactlyOnce("s2 database outage (60 s)", pipeline, articles, 0);
            assertThat(deadLettered).isZero();
            await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.healthStatus() == 200);
        }
    }

    @Test
    void s3_a_broker_restart_mid_stream_loses_and_duplicates_nothing(TestInfo test) throws Exception {
        int articles = 200;
        try (var pipeline = pipeline(test)) {
            pipeline.startAll();
            dropArticles(pipeline, 0, 100);
            await().atMost(SETTLE).until(() -> pipeline.storedIds().size() >= 30);

            // when the broker stops mid-stream, files keep arriving, and it comes back 60 seconds later
            assertThat(pipeline.broker.stop(60)).as("broker stopped on SIGTERM").isTrue();
            long down = System.nanoTime();
            dropArticles(pipeline, 100, articles);
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - down) / 1_000_000));
            pipeline.broker.start();

            // then every service reconnects by itself and every article is stored once
            int deadLettered = verifyExactlyOnce("s3 broker restart (down 60 s)", pipeline, articles, 0);
            assertThat(deadLettered).isZero();
        }
    }

    @Test
    void s4_malformed_records_on_both_topics_are_dead_lettered_with_provenance_and_good_ones_stored(TestInfo test)
            throws Exception {
        int articles = 20;
        try (var pipeline = pipeline(test)) {
            pipeline.startAll();
            await().atMost(SETTLE).until(() -> pipeline.healthStatus() == 200
                    && pipeline.enrich.logText().contains("enrich state RUNNING"));
            var kafka = pipeline.kafka();

            // when 100 malformed records go straight onto the raw and enriched topics, good articles among them
            var poison = new ArrayList<RecordMetadata>();
            for (int i = 0; i < 100; i++) {
                String topic = i % 2 == 0 ? Topics.RAW.name() : Topics.ENRICHED.name();
                byte[] value = (i % 4 < 2 ? "{\"id\": \"cut off" + i : "{\"id\": \"" + i + "\", \"text\": 42}")
                        .getBytes(StandardCharsets.UTF_8);
                poison.add(kafka.sendBytes(topic, ("poison-" + i).getBytes(StandardCharsets.UTF_8), value));
                if (i % 5 == 0) {
                    GeneratedArticles.writeArticle(pipeline.inbox, i / 5);
                }
            }

            // then the good ones are stored once, and every malformed record is on the dead-letter topic saying
            // where it came from and who gave up on it
            int deadLettered = verifyExactlyOnce("s4 poison records", pipeline, articles, poison.size());
            assertThat(deadLettered).isEqualTo(poison.size());
            var letters = kafka.readBytes(Topics.DEAD_LETTER.name(), poison.size(), SETTLE);
            Set<String> provenance = letters.stream().map(r -> Headers.text(r.headers(), Headers.DLQ_TOPIC) + "/"
                    + Headers.text(r.headers(), Headers.DLQ_PARTITION) + "/"
                    + Headers.text(r.headers(), Headers.DLQ_OFFSET)).collect(Collectors.toSet());
            assertThat(provenance).isEqualTo(poison.stream()
                    .map(m -> m.topic() + "/" + m.partition() + "/" + m.offset()).collect(Collectors.toSet()));
            assertThat(letters).allSatisfy(r -> assertThat(Headers.text(r.headers(), Headers.DLQ_SERVICE))
                    .isEqualTo(Topics.RAW.name().equals(Headers.text(r.headers(), Headers.DLQ_TOPIC))
                            ? "enrich-service" : "store-service"));
        }
    }

    @Test
    void s5_sigkill_of_ingest_in_the_middle_of_a_large_archive_and_of_a_batch_of_files(TestInfo test) throws Exception {
        int archiveLines = 20_000;
        int files = 3_000;
        try (var pipeline = pipeline(test)) {
            pipeline.startAll();

            // when a 20,000-line archive arrives and ingest is killed once its first batch is committed
            GeneratedArticles.writeArchive(pipeline.inbox, "archive.jsonl", 0, archiveLines);
            killIngestAfterBatches(pipeline, 1);
            assertThat(pipeline.ingest.logText()).as("killed before the archive was done")
                    .doesNotContain("ingest archive file=\"archive.jsonl\"");
            pipeline.ingest.start();

            // and, once it is done, 3,000 files arrive at once and ingest is killed after their first batch
            await().atMost(SETTLE).until(() -> pipeline.ingest.logText().contains("ingest archive file=\"archive.jsonl\""));
            int batchesBefore = batches(pipeline);
            Path staging = Files.createDirectories(pipeline.inbox.resolveSibling("staging"));
            for (int i = archiveLines; i < archiveLines + files; i++) {
                GeneratedArticles.writeArticle(staging, i);
            }
            try (var staged = Files.list(staging)) {
                for (Path file : staged.toList()) {
                    Files.move(file, pipeline.inbox.resolve(file.getFileName()));
                }
            }
            killIngestAfterBatches(pipeline, batchesBefore + 1);
            assertThat(processed(pipeline)).as("killed before every file was done").isLessThan(files + 1);
            pipeline.ingest.start();

            // then every line and every file is stored once
            int deadLettered = verifyExactlyOnce("s5 ingest SIGKILL mid-archive and mid-batch", pipeline,
                    archiveLines + files, 0);
            assertThat(deadLettered).isZero();
            assertThat(processed(pipeline)).as("files moved to processed/").isEqualTo(files + 1);
        }
    }

    /** SIGKILL of ingest as soon as its log shows {@code batches} committed batches in all. */
    private static void killIngestAfterBatches(Pipeline pipeline, int batches) throws Exception {
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(20)).until(() -> batches(pipeline) >= batches);
        pipeline.ingest.kill();
    }

    private static int batches(Pipeline pipeline) {
        return pipeline.ingest.logText().split("ingest batch published=", -1).length - 1;
    }

    /**
     * Stops a random service {@code stops} times at random moments, restarting it each time: by turns SIGKILL (nothing
     * runs) and SIGTERM (which must finish within 30 s; a slower one is recorded in {@code slowStops}).
     */
    private static void stopAtRandom(Pipeline pipeline, int stops, List<String> slowStops) {
        var random = new Random(20261122);
        try {
            for (int k = 0; k < stops; k++) {
                Thread.sleep(2_000 + random.nextInt(3_000));
                JvmProcess victim = pipeline.services().get(random.nextInt(pipeline.services().size()));
                if (k % 2 == 0) {
                    victim.kill();
                } else if (!victim.stop(30)) {
                    slowStops.add(victim.name());
                }
                Thread.sleep(500 + random.nextInt(1_500));
                victim.start();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void dropArticles(Pipeline pipeline, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            GeneratedArticles.writeArticle(pipeline.inbox, i);
            if (i % 20 == 19) {
                Thread.sleep(300);
            }
        }
    }

    /**
     * Waits until articles 0..count-1 are all stored, then checks that each is stored once with the entities the
     * tagger finds in it and that the raw and enriched topics carry each once; prints the summary and returns the
     * number of dead letters.
     */
    private int verifyExactlyOnce(String scenario, Pipeline pipeline, int count, int expectedDeadLetters)
            throws Exception {
        Map<String, String> expected = GeneratedArticles.expectedIds(count);
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1))
                .until(() -> pipeline.storedIds().containsAll(expected.keySet()));
        // A little longer, so a late duplicate would show.
        Thread.sleep(3_000);
        Set<String> stored = pipeline.storedIds();
        var kafka = pipeline.kafka();
        int duplicates = duplicates(kafka.readBytes(Topics.RAW.name(), count, SETTLE))
                + duplicates(kafka.readBytes(Topics.ENRICHED.name(), count, SETTLE))
                + (int) stored.stream().filter(id -> !expected.containsKey(id)).count();
        var lost = new HashSet<>(expected.keySet());
        lost.removeAll(stored);
        int deadLettered = kafka.readBytes(Topics.DEAD_LETTER.name(), expectedDeadLetters, Duration.ofSeconds(30))
                .size();
        System.out.printf("%s: articles expected %d, stored %d, duplicates %d, lost %d, dead-lettered %d%n",
                scenario, count, stored.size(), duplicates, lost.size(), deadLettered);

        assertThat(lost).as("articles lost").isEmpty();
        assertThat(duplicates).as("articles duplicated on the raw or enriched topic, or stored unasked").isZero();
        var storedKeys = pipeline.storedEntityKeys();
        for (var article : expected.entrySet()) {
            Set<String> keys = tagger.tag(article.getValue(), LocalDate.of(2022, 4, 5)).entities().stream()
                    .map(Entity::key).collect(Collectors.toSet());
            assertThat(storedKeys.get(article.getKey())).as("entities of " + article.getKey())
                    .isEqualTo(keys).isNotEmpty();
        }
        return deadLettered;
    }

    private static int duplicates(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.size() - (int) records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8))
                .distinct().count();
    }

    private void assertBadFilesQuarantined(Pipeline pipeline, int count) throws Exception {
        Path failed = pipeline.inbox.resolve("failed");
        for (String name : GeneratedArticles.badNames(count)) {
            assertThat(failed.resolve(name)).as("quarantined " + name).exists();
            assertThat(Files.readString(failed.resolve(name + ".error.json"))).as("reason for " + name)
                    .contains("\"reason\":\"" + GeneratedArticles.BAD_KINDS.get(GeneratedArticles.kindOf(name)) + "\"");
        }
        var errors = pipeline.kafka().readBytes(Topics.INGEST_ERRORS.name(), count, SETTLE);
        assertThat(errors.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).collect(Collectors.toSet()))
                .as("files reported on the ingest-errors topic")
                .isEqualTo(Set.copyOf(GeneratedArticles.badNames(count)));
        System.out.printf("s1 bad input: files %d, quarantined with reasons %d, error events %d, reason codes %s%n",
                count, count, errors.size(), String.join(" ", new java.util.LinkedHashSet<>(
                        GeneratedArticles.BAD_KINDS.values())));
    }

    private static long processed(Pipeline pipeline) throws Exception {
        try (var files = Files.list(pipeline.inbox.resolve("processed"))) {
            return files.count();
        }
    }
}
