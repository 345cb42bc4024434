package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.Topics;
import io.newsflow.enrich.tagging.Tagger;
import java.time.Clock;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich pipeline: raw topic -> parse and tag -> enriched topic, or the dead-letter topic for what cannot be
 * enriched. Built by one static function so the service and the {@code TopologyTestDriver} test run the very same
 * topology.
 */
public final class EnrichTopology {

    private EnrichTopology() {
    }

    /** @param only the published dates to tag: articles outside it are passed over, neither enriched nor rejected */
    public static Topology build(Tagger tagger, Clock clock, PublishedRange only, MeterRegistry registry) {
        var meters = new EnrichMeters(registry);
        var builder = new StreamsBuilder();
        builder.stream(Topics.RAW.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw"))
                // Bytes in, JSON parsed by our code: a poison record becomes a rejection, not a dead stream thread.
                .processValues(() -> new ArticleEnricher(tagger, clock, only, meters), Named.as("parse-and-tag"))
                .split(Named.as("route-"))
                .branch((key, outcome) -> outcome.isEnriched(),
                        Branched.withConsumer(EnrichTopology::toEnriched, "enriched"))
                .defaultBranch(Branched.withConsumer(EnrichTopology::toDeadLetter, "rejected"));
        return builder.build();
    }

    private static void toEnriched(KStream<byte[], Outcome> enriched) {
        enriched
                // The enriched topic is keyed by article id by contract, whatever key the raw record carried.
                .map((rawKey, outcome) -> KeyValue.pair(outcome.article().id(), outcome.article()),
                        Named.as("key-by-article-id"))
                .to(Topics.ENRICHED.name(), Produced.with(Topics.ENRICHED.keySerde(), Topics.ENRICHED.valueSerde())
                        .withName("write-enriched"));
    }

    private static void toDeadLetter(KStream<byte[], Outcome> rejected) {
        rejected
                // Byte for byte as read, so the record can be inspected and replayed once the cause is fixed.
                .mapValues(Outcome::rejectedValue, Named.as("original-bytes"))
                .to(Topics.DEAD_LETTER.name(), Produced.with(Topics.DEAD_LETTER.keySerde(),
                        Topics.DEAD_LETTER.valueSerde()).withName("write-dead-letter"));
    }
}
