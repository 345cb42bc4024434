package io.newsflow.enrich;

import io.newsflow.testing.KafkaFixture;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same enrich-service scenarios on the official Kafka image in Docker; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class EnrichAppContainerKafkaIT extends EnrichAppScenarios {

    @Override
    KafkaFixture newKafka() {
        return KafkaFixture.container();
    }
}
