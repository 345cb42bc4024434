package io.newsflow.ingest;

import io.newsflow.testing.KafkaFixture;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same ingest scenarios on the official Kafka image in Docker; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class IngestContainerKafkaIT extends IngestScenarios {

    @Override
    KafkaFixture newKafka() {
        return KafkaFixture.container();
    }
}
