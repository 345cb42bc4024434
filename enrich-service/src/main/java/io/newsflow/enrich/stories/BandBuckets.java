package io.newsflow.enrich.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The band side of story assignment: for each band key, the articles that have it. Band keys are spread over
 * {@link #GROUPS} groups, each group kept by one partition, so articles that share a key meet at one place whatever
 * partitions the articles themselves are on. An article that shares a key with one already there becomes a
 * {@link StoryMessage.Candidate}, sent to the later of the two.
 */
final class BandBuckets implements Processor<Integer, StoryMessage.Bands, String, StoryMessage> {

    /** One group per partition of the topics the stories read: as far as story assignment scales out. */
    static final int GROUPS = 6;
    /**
     * Articles a band key gathers. A key that more articles have is a stock phrase (a standing line, a template's
     * sentence), not evidence that two articles tell one story: from then on it proposes no candidates, as a search
     * engine drops its stop words. Near-duplicates meet on their rarer keys.
     */
    static final int BUCKET_SIZE = 16;
    static final String BUCKETS = "story-buckets";

    /** A member of a bucket: an article and when it was ingested, which orders it among the others. */
    record Member(String article, Instant at) {
        static final Comparator<Member> EARLIEST_FIRST =
                Comparator.comparing(Member::at).thenComparing(Member::article);
    }

    /** The first {@link #BUCKET_SIZE} articles with one band key, earliest first; none once more have had it. */
    record Bucket(List<Member> members, boolean common) {
        Bucket {
            members = List.copyOf(members);
        }
    }

    private ProcessorContext<String, StoryMessage> context;
    private KeyValueStore<Long, Bucket> buckets;

    static int group(long bandKey) {
        return (int) Math.floorMod(bandKey, (long) GROUPS);
    }

    @Override
    public void init(ProcessorContext<String, StoryMessage> context) {
        this.context = context;
        this.buckets = context.getStateStore(BUCKETS);
    }

    @Override
    public void process(Record<Integer, StoryMessage.Bands> record) {
        StoryMessage.Bands bands = record.value();
        var arriving = new Member(bands.article(), bands.at());
        // Per pair (later, earlier), the keys of this group they share: one candidate message a pair, with its count.
        Map<List<String>, Integer> shared = new TreeMap<>(Comparator.comparing((List<String> pair) -> pair.get(0))
                .thenComparing(pair -> pair.get(1)));
        for (long key : bands.keys()) {
            Bucket stored = buckets.get(key);
            List<Member> bucket = new ArrayList<>(stored == null ? List.of() : stored.members());
            if (stored != null && stored.common() || bucket.contains(arriving)) {
                continue;
            }
            if (bucket.size() == BUCKET_SIZE) {
                buckets.put(key, new Bucket(List.of(), true));
                continue;
            }
            for (Member other : bucket) {
                boolean otherFirst = Member.EARLIEST_FIRST.compare(other, arriving) < 0;
                Member later = otherFirst ? arriving : other;
                Member earlier = otherFirst ? other : arriving;
                shared.merge(List.of(later.article(), earlier.article()), 1, Integer::sum);
            }
            bucket.add(arriving);
            bucket.sort(Member.EARLIEST_FIRST);
            buckets.put(key, new Bucket(bucket, false));
        }
        shared.forEach((pair, keys) -> context.forward(new Record<>(pair.get(0),
                new StoryMessage.Candidate(pair.get(1), keys), record.timestamp(), new RecordHeaders())));
    }
}
