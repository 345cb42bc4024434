package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Topics;
import io.newsflow.launcher.replay.DeadLetters;
import io.newsflow.testing.KafkaFixture;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/** {@code newsflow replay dead-letters --dry-run} on a real broker: it lists, and leaves everything as it was. */
class ReplayDeadLettersIT {

    @Test
    void a_dry_run_lists_the_dead_letters_and_re_drives_none_so_the_real_run_still_finds_them() throws Exception {
        try (var kafka = KafkaFixture.embedded()) {
            // given two dead letters from the raw topic, "a" and "b", and one that names no origin
            DeadLetters.sendTwoFromRawAndAnOrphan(kafka);
            var dryRun = new Console();

            // when the user asks what a re-drive would do
            int status = dryRun.type("replay", "dead-letters", "--kafka", kafka.bootstrapServers(), "--dry-run");

            // then each is listed with where it came from and why, and nothing was written to its topic
            assertThat(status).isZero();
            String wouldRedrive = "would re-drive news.articles.raw.v1 partition=2 offset=17 service=enrich-service "
                    + "error=\"not a RawArticle\"\n";
            assertThat(dryRun.out()).isEqualTo(wouldRedrive + wouldRedrive + "newsflow replay: 2 dead letters would "
                    + "be re-driven (dry run: nothing was produced or committed)\n");
            assertThat(dryRun.errors()).contains("names no original topic: left where it is");
            assertThat(recordsOn(kafka, Topics.RAW.name())).as("records on the raw topic after the dry run").isZero();

            // and the real re-drive afterwards still finds both: the dry run committed nothing
            var real = new Console();
            assertThat(real.type("replay", "dead-letters", "--kafka", kafka.bootstrapServers())).isZero();
            assertThat(real.out()).isEqualTo("re-drove 2 to news.articles.raw.v1\n"
                    + "newsflow replay: 2 dead letters re-driven\n");
        }
    }

    private static long recordsOn(KafkaFixture kafka, String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
