package io.newsflow.launcher.reenrich;

import io.newsflow.config.KafkaRefusedException;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.PublishedRange;
import io.newsflow.metrics.Metrics;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One re-enrichment of history: enrich-service's own topology, under an application id of its own, reads the raw
 * topic (the replay log) from its start up to where it ends when the run begins, tags each article in the published
 * range with the chosen tagger and writes it to the enriched topic, where the store keeps the newest enrichment of
 * each article. Kafka Streams' exactly-once commits make it resumable: after a crash or a Ctrl+C the same run (same
 * tagger version and range, so the same id) goes on from its last commit, and a finished run finds nothing left.
 */
public final class Reenrichment {

    /** Where the run stands: raw offsets read of those to read, counted from the first one this run had left. */
    public record Progress(long read, long total) {
        boolean done() {
            return read >= total;
        }
    }

    /**
     * @param offsetsRead raw offsets this run read; 0 when there was nothing to read
     * @param alreadyDone true when an earlier run under the same id had read everything there was
     * @param empty       true when the raw topic held no article at all
     */
    public record Result(String runId, long offsetsRead, boolean alreadyDone, boolean empty, Duration took) {
    }

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    private final EnrichConfig config;
    private final Duration reportEvery;

    /** @param config enrich-service's configuration for this run, its application id the run id */
    public Reenrichment(EnrichConfig config, Duration reportEvery) {
        this.config = config;
        this.reportEvery = reportEvery;
    }

    /**
     * The run's id and so its Kafka Streams application id: it names the tagger version and the range, so the same
     * command resumes the same run, and an upgraded tagger starts a new one.
     */
    public static String runId(String taggerVersion, PublishedRange range) {
        String id = "newsflow-reenrich-" + taggerVersion.replace('/', '-')
                + range.from().map(day -> "-from-" + day).orElse("") + range.to().map(day -> "-to-" + day).orElse("");
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    }

    public Result run(Consumer<Progress> progress) throws InterruptedException {
        long started = System.nanoTime();
        Map<TopicPartition, Long> ends = RawTopicEnds.read(config.kafka(), KAFKA_TIMEOUT);
        try (Admin admin = Admin.create(config.kafka().admin())) {
            Progress first = progress(admin, ends);
            if (first.done()) {
                return new Result(config.applicationId(), 0, first.total() > 0, first.total() == 0,
                        Duration.ofNanos(System.nanoTime() - started));
            }
            return tagTheRest(admin, ends, first, progress, started);
        }
    }

    private Result tagTheRest(Admin admin, Map<TopicPartition, Long> ends, Progress first, Consumer<Progress> progress,
                              long started) throws InterruptedException {
        // The run's meters are its own: it serves none, and they go with it.
        try (var metrics = new Metrics(); var enrich = new EnrichApp(config, metrics)) {
            enrich.start();
            Progress now = first;
            while (!now.done()) {
                Thread.sleep(reportEvery.toMillis());
                if (enrich.state() == KafkaStreams.State.ERROR || enrich.state() == KafkaStreams.State.NOT_RUNNING) {
                    throw new IllegalStateException("the re-enrichment's Kafka Streams stopped (" + enrich.state()
                            + "); run the same command again to resume from its last commit");
                }
                now = progress(admin, ends);
                progress.accept(new Progress(now.read() - first.read(), now.total() - first.read()));
            }
            return new Result(config.applicationId(), now.total() - first.read(), false, false,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** How far the run's committed offsets stand from the start of each partition towards {@code ends}. */
    private Progress progress(Admin admin, Map<TopicPartition, Long> ends) throws InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = admin.listConsumerGroupOffsets(config.applicationId()).partitionsToOffsetAndMetadata().get();
        } catch (ExecutionException e) {
            throw KafkaRefusedException.find(e.getCause(), config.kafka().bootstrapServers())
                    .orElseThrow(() -> new IllegalStateException("cannot read the progress of "
                            + config.applicationId() + ": " + e.getCause().getMessage(), e.getCause()));
        }
        long read = 0;
        long total = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            read += Math.min(end.getValue(), at == null ? 0 : at.offset());
            total += end.getValue();
        }
        return new Progress(read, total);
    }
}
