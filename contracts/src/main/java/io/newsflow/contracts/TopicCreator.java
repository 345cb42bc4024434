package io.newsflow.contracts;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the topics a service needs, with the partition count and cleanup policy their {@link Topic} declares.
 * Every service calls it at start so any one of them can come up first; topics that exist are left as they are.
 * It returns once every partition has a leader, so the clients started next find their topics and do not warn
 * about unknown ones.
 */
public final class TopicCreator {

    /** A new topic's leaders are known to the brokers within milliseconds; this bounds a broker that is stuck. */
    private static final Duration LEADERS_WAIT = Duration.ofSeconds(30);

    private TopicCreator() {
    }

    public static void ensure(String bootstrapServers, Collection<Topic<?, ?>> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var newTopics = topics.stream().map(TopicCreator::newTopic).toList();
            for (var result : admin.createTopics(newTopics).values().entrySet()) {
                try {
                    result.getValue().get();
                } catch (ExecutionException e) {
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

    private static NewTopic newTopic(Topic<?, ?> topic) {
        // Replication factor from the broker's default, so one definition serves a one-node and a real cluster.
        var newTopic = new NewTopic(topic.name(), java.util.Optional.of(topic.partitions()), java.util.Optional.empty());
        return topic.compacted()
                ? newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))
                : newTopic;
    }
}
