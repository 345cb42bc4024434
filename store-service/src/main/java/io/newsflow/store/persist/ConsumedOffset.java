package io.newsflow.store.persist;

/** The next offset a consumer group reads from one partition: the position just after what is stored. */
public record ConsumedOffset(String groupId, String topic, int partition, long nextOffset) {
}
