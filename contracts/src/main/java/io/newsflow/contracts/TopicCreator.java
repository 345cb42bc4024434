package io.newsflow.contracts;

import io.newsflow.config.KafkaRefusedException;
import io.newsflow.config.KafkaSettings;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the topics a service needs, with the partition count and cleanup policy their {@link Topic} declares and
 * the replication and retention of {@link KafkaSettings.TopicSettings}. Every service calls it at start so any one
 * of them can come up first; topics that exist are left as they are. A broker that refuses the credentials or the
 * permissions is a {@link KafkaRefusedException}.
 * It returns once every partition has a leader, so the clients started next find their topics and do not warn
 * about unknown ones.
 */
public final class TopicCreator {

    /** A new topic's leaders are known to the brokers within milliseconds; this bounds a broker that is stuck. */
    private static final Duration LEADERS_WAIT = Duration.ofSeconds(30);

    private TopicCreator() {
    }

    public static void ensure(KafkaSettings kafka, Collection<Topic<?, ?>> topics) {
        String bootstrapServers = kafka.bootstrapServers();
        try (Admin admin = Admin.create(kafka.admin())) {
            var newTopics = topics.stream().map(topic -> newTopic(topic, kafka.topics())).toList();
            for (var result : admin.createTopics(newTopics).values().entrySet()) {
                try {
                    result.getValue().get();
                } catch (ExecutionException e) {
                    KafkaRefusedException.find(e.getCause(), bootstrapServers).ifPresent(refused -> {
                        throw refused;
                    });
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + result.getKey() + " on "
                                + bootstrapServers + ": " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            awaitLeaders(admin, topics.stream().map(Topic::name).toList(), bootstrapServers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    private static void awaitLeaders(Admin admin, List<String> names, String bootstrapServers)
            throws InterruptedException {
        long deadline = System.nanoTime() + LEADERS_WAIT.toNanos();
        while (true) {
            try {
                boolean led = admin.describeTopics(names).allTopicNames().get().values().stream()
                        .flatMap(description -> description.partitions().stream())
                        .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
                if (led) {
                    return;
                }
            } catch (ExecutionException e) {
                KafkaRefusedException.find(e.getCause(), bootstrapServers).ifPresent(refused -> {
                    throw refused;
                });
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("cannot describe topics " + names + " on " + bootstrapServers
                            + ": " + e.getCause().getMessage(), e.getCause());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topics " + names + " on " + bootstrapServers
                        + " have partitions without a leader after " + LEADERS_WAIT.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    static NewTopic newTopic(Topic<?, ?> topic, KafkaSettings.TopicSettings settings) {
        // Without a replication factor the broker's default applies, so one definition serves a one-node and a real
        // cluster.
        var newTopic = new NewTopic(topic.name(), Optional.of(topic.partitions()), settings.replicationFactor());
        var configs = new HashMap<String, String>();
        if (topic.compacted()) {
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        } else if (topic.equals(Topics.RAW)) {
            // The raw topic is the replay log that re-enrichment and new consumers read from the start: keep it.
            configs.put(TopicConfig.RETENTION_MS_CONFIG,
                    Long.toString(settings.rawRetention().map(Duration::toMillis).orElse(-1L)));
        } else {
            settings.retention().ifPresent(retention ->
                    configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis())));
        }
        return newTopic.configs(configs);
    }
}
