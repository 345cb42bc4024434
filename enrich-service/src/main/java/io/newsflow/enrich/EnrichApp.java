package io.newsflow.enrich;

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
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;
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
    private final ManagedStreams tagging;
    /** Story assignment, an application of its own on the enriched topic; absent when turned off. */
    private final Optional<ManagedStreams> stories;

    /** The enrich part of {@code /health/ready}, in the store's shape. */
    record Health(String status, String streams, String detail) {
    }

    /** @param metrics the process's meters: its own when run alone, the pipeline's under the launcher */
    public EnrichApp(EnrichConfig config, Metrics metrics) {
        this.config = config;
        this.tagger = Taggers.create(config.tagger(), config.gazetteerDir());
        this.tagging = new ManagedStreams("enrich", EnrichTopology.build(tagger, Clock.systemUTC(), config.only(),
                metrics.registry()), config.streamsProperties(), metrics);
        this.stories = config.stories()
                ? Optional.of(new ManagedStreams("stories", StoryTopology.build(), config.storiesProperties(), metrics))
                : Optional.empty();
    }

    /** Creates the topics if this is the first service up, then starts consuming; returns without waiting. */
    @Override
    public void start() {
        log.info("enrich config {} tagger={}", config.describe(), tagger.name());
        TopicCreator.ensure(config.kafka(), config.stories()
                ? List.of(Topics.RAW, Topics.ENRICHED, Topics.DEAD_LETTER, Topics.STORIES, StoryTopology.INTERNAL)
                : List.of(Topics.RAW, Topics.ENRICHED, Topics.DEAD_LETTER));
        tagging.start();
        stories.ifPresent(ManagedStreams::start);
    }

    /** True once the stream threads have joined the group and are processing. */
    public boolean isRunning() {
        return readiness().ready();
    }

    /** The tagging application's Kafka Streams state, for a launcher that wants more than running or not. */
    public KafkaStreams.State state() {
        return tagging.state();
    }

    /** Ready only while RUNNING: REBALANCING is alive, but its partitions are being handed round and nothing moves. */
    @Override
    public Readiness readiness() {
        KafkaStreams.State state = tagging.state();
        Optional<ManagedStreams> notRunning = Stream.concat(Stream.of(tagging), stories.stream())
                .filter(streams -> streams.state() != KafkaStreams.State.RUNNING).findFirst();
        return new Readiness(notRunning.isEmpty(), new Health(notRunning.isEmpty() ? "UP" : "DOWN", state.name(),
                notRunning.map(streams -> "Kafka Streams (" + streams.name() + ") is " + streams.state()
                        + ", not RUNNING").orElse(null)));
    }

    /** Dead only once Streams has failed for good; a restart is then the cure. */
    @Override
    public boolean live() {
        return tagging.live() && stories.map(ManagedStreams::live).orElse(true);
    }

    /** Stops stories first (they read what tagging writes), then tagging; each leaves its group, each bounded. */
    @Override
    public void close() {
        stories.ifPresent(streams -> streams.close(CLOSE_TIMEOUT));
        tagging.close(CLOSE_TIMEOUT);
    }
}
