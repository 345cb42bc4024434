package io.newsflow.enrich;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsflow.contracts.TopicCreator;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.stories.StoryTopology;
import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.enrich.tagging.Taggers;
import io.newsflow.metrics.Metrics;
import io.newsflow.metrics.Readiness;
import io.newsflow.metrics.StandaloneService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * enrich-service's composition root: builds the tagger and the Kafka Streams application from an
 * {@link EnrichConfig}. {@link EnrichMain}, the launcher and the integration tests all wire the service through
 * this one class.
 */
public final class EnrichApp implements StandaloneService.Probed {

    /** Long enough to commit the open transaction, short enough that a stuck broker does not hang shutdown. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(EnrichApp.class);

    private final EnrichConfig config;
    private final Tagger tagger;
    private final KafkaStreams streams;
    /** The stream threads' consumer, producer and task meters, consumer lag per partition among them. */
    private final KafkaStreamsMetrics streamsMetrics;

    /** The enrich part of {@code /health/ready}, in the store's shape. */
    record Health(String status, String streams, String detail) {
    }

    /** @param metrics the process's meters: its own when run alone, the pipeline's under the launcher */
    public EnrichApp(EnrichConfig config, Metrics metrics) {
        this.config = config;
        this.tagger = Taggers.create(config.tagger(), config.gazetteerDir());
        this.streams = new KafkaStreams(EnrichTopology.build(tagger, Clock.systemUTC(), config.only(),
                config.stories(), metrics.registry()), config.streamsProperties());
        this.streamsMetrics = metrics.bindStreams(streams);
        streams.setStateListener((now, before) -> log.info("enrich state {} (was {})", now, before));
        // A stream thread that dies (say, its transaction timed out while the broker was away) is replaced, so a
        // passing outage cannot leave the service running but idle; exactly-once aborts what the old one left open.
        streams.setUncaughtExceptionHandler(e -> {
            log.error("enrich stream thread failed, replacing it: {}", e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    /** Creates the topics if this is the first service up, then starts consuming; returns without waiting. */
    @Override
    public void start() {
        log.info("enrich config {} tagger={}", config.describe(), tagger.name());
        TopicCreator.ensure(config.kafka(), config.stories()
                ? List.of(Topics.RAW, Topics.ENRICHED, Topics.DEAD_LETTER, Topics.STORIES, StoryTopology.INTERNAL)
                : List.of(Topics.RAW, Topics.ENRICHED, Topics.DEAD_LETTER));
        streams.start();
    }

    /** True once the stream threads have joined the group and are processing. */
    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    /** The Kafka Streams state, for a launcher or health check that wants more than running or not. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Ready only while RUNNING: REBALANCING is alive, but its partitions are being handed round and nothing moves. */
    @Override
    public Readiness readiness() {
        KafkaStreams.State state = streams.state();
        boolean ready = state == KafkaStreams.State.RUNNING;
        return new Readiness(ready, new Health(ready ? "UP" : "DOWN", state.name(), ready ? null
                : "Kafka Streams is " + state + ", not RUNNING"));
    }

    /** Dead only once Streams has failed for good; a restart is then the cure. */
    @Override
    public boolean live() {
        KafkaStreams.State state = streams.state();
        return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.PENDING_ERROR;
    }

    /**
     * Leaves the group on the way out: without that, a restarted instance waits out the old member's session timeout
     * (45 s) before it is given partitions, and articles sit unprocessed meanwhile.
     */
    @Override
    public void close() {
        if (streams.state() == KafkaStreams.State.CREATED) {
            streams.close(); // never started (Kafka refused it, say): there is no group membership to leave
            return;
        }
        if (!streams.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(CLOSE_TIMEOUT))) {
            log.warn("enrich streams did not close within {}", CLOSE_TIMEOUT);
        }
        streamsMetrics.close();
    }
}
