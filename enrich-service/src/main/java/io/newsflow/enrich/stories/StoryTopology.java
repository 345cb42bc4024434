package io.newsflow.enrich.stories;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Json;
import io.newsflow.contracts.StoryAssignment;
import io.newsflow.contracts.Topic;
import io.newsflow.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.Stores;

/**
 * Story assignment in the stream, after tagging: each enriched article's sketch goes to the partition of its id on
 * {@link #INTERNAL}, where {@link StoryLinker} keeps it; its band keys go, by group, to {@link BandBuckets}, which
 * finds the articles it shares a key with; the linker then compares the two at the earlier one's partition and links
 * the later one. Every step is keyed, so it scales out over the partitions like tagging does, and exactly-once like
 * tagging: a restart neither loses nor doubles a link. It is an application of its own, with its own threads, so a
 * backlog of story messages never holds up the tagging of a new article.
 */
public final class StoryTopology {

    /**
     * The story steps' messages to one another, keyed by the article they are for: internal to enrich-service (read
     * and written by it alone), not a contract. As many partitions as the raw topic, so that it scales the same way.
     */
    public static final Topic<String, StoryMessage> INTERNAL = new Topic<>("news.stories.internal.v1",
            Serdes.String(), Json.serde(StoryMessage.class), Topics.RAW.partitions(), false);

    private StoryTopology() {
    }

    /** The story steps, fed by the enriched topic. */
    public static Topology build() {
        var builder = new StreamsBuilder();
        // Cached: an article's links change several times within moments (arrived, compared, linked, adopted), and
        // a bucket with each article that has its key; the cache writes each key once per commit, not once a change.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryLinker.SKETCHES),
                Serdes.String(), Json.serde(TextSketch.class)).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoryLinker.LINKS),
                Serdes.String(), Json.serde(ArticleLinks.class)).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BandBuckets.BUCKETS),
                Serdes.Long(), Json.serde(BandBuckets.Bucket.class)).withCachingEnabled());

        builder.stream(Topics.ENRICHED.name(), Consumed.with(Topics.ENRICHED.keySerde(), Topics.ENRICHED.valueSerde())
                        .withName("story-read-enriched"))
                .mapValues(StoryTopology::arrived, Named.as("story-sketch"))
                .to(INTERNAL.name(), produced(INTERNAL, "story-send-sketch"));

        builder.stream(INTERNAL.name(), Consumed.with(INTERNAL.keySerde(), INTERNAL.valueSerde())
                        .withName("story-read-messages"))
                .process(StoryLinker::new, Named.as("story-link"), StoryLinker.SKETCHES, StoryLinker.LINKS)
                .split(Named.as("story-route-"))
                .branch((id, message) -> message instanceof StoryMessage.Assigned,
                        Branched.withConsumer(StoryTopology::toStories, "assigned"))
                .branch((id, message) -> message instanceof StoryMessage.Bands,
                        Branched.withConsumer(StoryTopology::toBuckets, "bands"))
                .defaultBranch(Branched.withConsumer(messages -> messages.to(INTERNAL.name(),
                        produced(INTERNAL, "story-send-message")), "message"));
        return builder.build();
    }

    private static StoryMessage arrived(EnrichedArticle article) {
        return new StoryMessage.Arrived(Objects.requireNonNullElse(article.ingestedAt(), Instant.EPOCH),
                TextSketch.of(article.text()));
    }

    private static void toStories(KStream<String, StoryMessage> assigned) {
        assigned.processValues(StampAssignment::new, Named.as("story-assignment"))
                .to(Topics.STORIES.name(), produced(Topics.STORIES, "story-write-assignment"));
    }

    private static void toBuckets(KStream<String, StoryMessage> bands) {
        bands.map((id, message) -> KeyValue.pair(((StoryMessage.Bands) message).group(),
                        (StoryMessage.Bands) message), Named.as("story-key-by-group"))
                .repartition(Repartitioned.with(Serdes.Integer(), Json.serde(StoryMessage.Bands.class))
                        .withName("story-bands").withNumberOfPartitions(BandBuckets.GROUPS))
                .process(BandBuckets::new, Named.as("story-match-bands"), BandBuckets.BUCKETS)
                .to(INTERNAL.name(), produced(INTERNAL, "story-send-candidate"));
    }

    private static <V> Produced<String, V> produced(Topic<String, V> topic, String name) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }

    /** Unwraps the assignment and stamps the contract headers other services filter on. */
    private static final class StampAssignment implements FixedKeyProcessor<String, StoryMessage, StoryAssignment> {

        private FixedKeyProcessorContext<String, StoryAssignment> context;

        @Override
        public void init(FixedKeyProcessorContext<String, StoryAssignment> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, StoryMessage> record) {
            var headers = record.headers();
            Headers.stamp(headers, StoryAssignment.EVENT_TYPE, StoryAssignment.SCHEMA_VERSION);
            context.forward(record.withValue(((StoryMessage.Assigned) record.value()).assignment())
                    .withHeaders(headers));
        }
    }
}
