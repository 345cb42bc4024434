package io.newsflow.enrich.stories;

import io.newsflow.contracts.StoryAssignment;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The article side of story assignment, at the partition of the article each message is keyed by: it keeps the
 * article's sketch and links, compares it with the candidates the bands found, links it to the most similar earlier
 * article at {@link #THRESHOLD} or more, and passes a story change on to the later articles linked to it. Everything
 * it sends goes out as a {@link StoryMessage} keyed by the article it is for; {@link StoryMessage.Assigned} and
 * {@link StoryMessage.Bands} are routed on by the topology.
 */
final class StoryLinker implements Processor<String, StoryMessage, String, StoryMessage> {

    /**
     * The two seed articles, one event told twice with shared paragraphs, share 14.6 % of their word 8-shingles;
     * light rewrites keep most; the bench's generated articles, built from one set of template sentences, share
     * 2 % at the median and 7.6 % at the 99th percentile.
     */
    static final double THRESHOLD = 0.12;
    /**
     * Band keys two articles must share before they are compared. One shared key is what template sentences and stock
     * phrases give unrelated articles; near-duplicates share several (the seeds 3 of 48).
     */
    static final int MIN_SHARED_KEYS = 2;
    static final String SKETCHES = "story-sketches";
    static final String LINKS = "story-links";

    private ProcessorContext<String, StoryMessage> context;
    private KeyValueStore<String, TextSketch> sketches;
    private KeyValueStore<String, ArticleLinks> links;

    @Override
    public void init(ProcessorContext<String, StoryMessage> context) {
        this.context = context;
        this.sketches = context.getStateStore(SKETCHES);
        this.links = context.getStateStore(LINKS);
    }

    @Override
    public void process(Record<String, StoryMessage> record) {
        String id = record.key();
        StoryMessage message = record.value();
        if (message instanceof StoryMessage.Arrived arrived) {
            arrived(record, id, arrived);
            return;
        }
        ArticleLinks mine = links.get(id);
        if (mine == null) {
            return; // cannot happen: every message names an article that arrived before the message was sent
        }
        if (message instanceof StoryMessage.Candidate candidate && !mine.compared().contains(candidate.earlier())) {
            ArticleLinks counted = mine.sharing(candidate.earlier(), candidate.keys());
            links.put(id, counted);
            if (counted.compared().contains(candidate.earlier())) {
                send(record, candidate.earlier(), new StoryMessage.Compare(id, sketches.get(id)));
            }
        } else if (message instanceof StoryMessage.Compare compare) {
            double similarity = round(sketches.get(id).similarity(compare.sketch()));
            if (similarity >= THRESHOLD) {
                send(record, compare.later(), new StoryMessage.Offer(id, mine.at(), similarity, mine.story()));
            }
        } else if (message instanceof StoryMessage.Offer offer && mine.prefers(offer)) {
            linkTo(record, id, mine, offer);
        } else if (message instanceof StoryMessage.Adopt adopt) {
            links.put(id, mine.withChild(adopt.child(), true));
            send(record, adopt.child(), new StoryMessage.StoryIs(id, mine.story()));
        } else if (message instanceof StoryMessage.Leave leave) {
            links.put(id, mine.withChild(leave.child(), false));
        } else if (message instanceof StoryMessage.StoryIs storyIs && storyIs.from().equals(mine.parent())
                && !storyIs.story().equals(mine.story())) {
            changeStory(record, id, mine.inStory(storyIs.story()));
        }
    }

    private void arrived(Record<String, StoryMessage> record, String id, StoryMessage.Arrived arrived) {
        if (sketches.get(id) != null) {
            return; // the same text again (republished, replayed): its story stands
        }
        sketches.put(id, arrived.sketch());
        ArticleLinks alone = ArticleLinks.alone(id, arrived.at());
        links.put(id, alone);
        assign(record, id, alone);
        Map<Integer, long[]> byGroup = new TreeMap<>();
        for (long key : arrived.sketch().bands()) {
            byGroup.merge(BandBuckets.group(key), new long[] {key}, StoryLinker::concat);
        }
        byGroup.forEach((group, keys) -> send(record, id, new StoryMessage.Bands(group, id, arrived.at(), keys)));
    }

    private void linkTo(Record<String, StoryMessage> record, String id, ArticleLinks mine, StoryMessage.Offer offer) {
        if (mine.parent() != null) {
            send(record, mine.parent(), new StoryMessage.Leave(id));
        }
        send(record, offer.earlier(), new StoryMessage.Adopt(id));
        ArticleLinks linked = mine.linkedTo(offer);
        if (linked.story().equals(mine.story())) {
            links.put(id, linked);
            assign(record, id, linked);
        } else {
            changeStory(record, id, linked);
        }
    }

    /** Stores the new story, publishes it and tells the later articles linked here. */
    private void changeStory(Record<String, StoryMessage> record, String id, ArticleLinks changed) {
        links.put(id, changed);
        assign(record, id, changed);
        for (String child : changed.children()) {
            send(record, child, new StoryMessage.StoryIs(id, changed.story()));
        }
    }

    private void assign(Record<String, StoryMessage> record, String id, ArticleLinks state) {
        send(record, id, new StoryMessage.Assigned(new StoryAssignment(id, StoryAssignment.SCHEMA_VERSION,
                state.story(), state.parent(), state.similarity(), state.at(), StoryAssignment.METHOD)));
    }

    private void send(Record<String, StoryMessage> cause, String to, StoryMessage message) {
        context.forward(new Record<>(to, message, cause.timestamp(), new RecordHeaders()));
    }

    /** Three decimals: what is published is what was compared, so a tie in the topic is a tie here. */
    private static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
