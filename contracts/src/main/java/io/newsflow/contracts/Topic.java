package io.newsflow.contracts;

import org.apache.kafka.common.serialization.Serde;

/**
 * A topic with the serdes of its key and value, so producers and consumers never restate them.
 *
 * @param partitions the partition count Newsflow creates it with: the most instances of its consumer that can share
 *                   the work
 * @param compacted  true for a topic that keeps only the latest value per key
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions, boolean compacted) {
}
