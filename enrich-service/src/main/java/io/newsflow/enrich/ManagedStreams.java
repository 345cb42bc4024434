package io.newsflow.enrich;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsflow.metrics.Metrics;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka Streams application of enrich-service, run the one way: its state changes logged, a failed stream thread
 * replaced, its meters bound, and on close its group left within a bound. Tagging and stories are one each.
 */
final class ManagedStreams {

    private static final Logger log = LoggerFactory.getLogger(ManagedStreams.class);

    private final String name;
    private final KafkaStreams streams;
    /** The stream threads' consumer, producer and task meters, consumer lag per partition among them. */
    private final KafkaStreamsMetrics streamsMetrics;

    ManagedStreams(String name, Topology topology, Properties properties, Metrics metrics) {
        this.name = name;
        this.streams = new KafkaStreams(topology, properties);
        this.streamsMetrics = metrics.bindStreams(streams);
        streams.setStateListener((now, before) -> log.info("{} state {} (was {})", name, now, before));
        // A stream thread that dies (say, its transaction timed out while the broker was away) is replaced, so a
        // passing outage cannot leave the service running but idle; exactly-once aborts what the old one left open.
        streams.setUncaughtExceptionHandler(e -> {
            log.error("{} stream thread failed, replacing it: {}", name, e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    String name() {
        return name;
    }

    void start() {
        streams.start();
    }

    KafkaStreams.State state() {
        return streams.state();
    }

    /** Dead only once Streams has failed for good; a restart is then the cure. */
    boolean live() {
        KafkaStreams.State state = streams.state();
        return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.PENDING_ERROR;
    }

    /**
     * Leaves the group on the way out: without that, a restarted instance waits out the old member's session timeout
     * (45 s) before it is given partitions, and articles sit unprocessed meanwhile.
     */
    void close(Duration timeout) {
        if (streams.state() == KafkaStreams.State.CREATED) {
            streams.close(); // never started (Kafka refused it, say): there is no group membership to leave
            return;
        }
        if (!streams.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(timeout))) {
            log.warn("{} streams did not close within {}", name, timeout);
        }
        streamsMetrics.close();
    }
}
