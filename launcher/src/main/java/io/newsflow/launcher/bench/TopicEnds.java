package io.newsflow.launcher.bench;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * "Has this consumer read everything?" answered by offsets: its position in every partition has reached the end
 * offset taken when the writers were done. Counting records instead hangs on transactional topics (commit markers
 * take offsets but are never delivered) and on any record that is missing; an offset comparison always ends.
 */
final class TopicEnds {

    private TopicEnds() {
    }

    static List<TopicPartition> partitions(Consumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
