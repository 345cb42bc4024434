package io.newsflow.store;

import io.newsflow.testing.KafkaFixture;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same store-service scenarios on the official Kafka image in Docker; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class StoreAppContainerKafkaIT extends StoreAppScenarios {

    @Override
    KafkaFixture newKafka() {
        return KafkaFixture.container();
    }
}
