package io.newsflow.enrich.stories;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.newsflow.contracts.StoryAssignment;
import java.time.Instant;

/**
 * What the story steps tell one another over {@code news.stories.internal.v1}, keyed by the article the message is
 * for, so it reaches the partition that holds that article's sketch and links. Internal to enrich-service: the
 * contract other services read is {@link StoryAssignment}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StoryMessage.Arrived.class, name = "arrived"),
        @JsonSubTypes.Type(value = StoryMessage.Bands.class, name = "bands"),
        @JsonSubTypes.Type(value = StoryMessage.Candidate.class, name = "candidate"),
        @JsonSubTypes.Type(value = StoryMessage.Compare.class, name = "compare"),
        @JsonSubTypes.Type(value = StoryMessage.Offer.class, name = "offer"),
        @JsonSubTypes.Type(value = StoryMessage.Adopt.class, name = "adopt"),
        @JsonSubTypes.Type(value = StoryMessage.Leave.class, name = "leave"),
        @JsonSubTypes.Type(value = StoryMessage.StoryIs.class, name = "story-is"),
        @JsonSubTypes.Type(value = StoryMessage.Assigned.class, name = "assigned")})
public sealed interface StoryMessage {

    /** A new article, with when it was ingested and its sketch. */
    record Arrived(Instant at, TextSketch sketch) implements StoryMessage {
    }

    /** Some of an article's band keys, all of one {@code group}: sent to the partition that keeps those bands. */
    record Bands(int group, String article, Instant at, long[] keys) implements StoryMessage {
    }

    /** To the later of two articles: they share {@code keys} band keys of one group. */
    record Candidate(String earlier, int keys) implements StoryMessage {
    }

    /** To the earlier article: the later one's sketch, to measure the two against each other. */
    record Compare(String later, TextSketch sketch) implements StoryMessage {
    }

    /** To the later article: the earlier one is this similar, and belongs to {@code story}. */
    record Offer(String earlier, Instant earlierAt, double similarity, String story) implements StoryMessage {
    }

    /** To the article a later one now links to: remember {@code child}, to tell it when your story changes. */
    record Adopt(String child) implements StoryMessage {
    }

    /** To the article a later one no longer links to: forget {@code child}. */
    record Leave(String child) implements StoryMessage {
    }

    /** From an article to the later ones linked to it: its story is now {@code story}. */
    record StoryIs(String from, String story) implements StoryMessage {
    }

    /** Out of the linker, not into it: an article's new assignment, for {@code news.stories.v1}. */
    record Assigned(StoryAssignment assignment) implements StoryMessage {
    }
}
