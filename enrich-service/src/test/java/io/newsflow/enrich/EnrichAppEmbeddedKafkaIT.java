package io.newsflow.enrich;

import io.newsflow.testing.KafkaFixture;

/** The enrich-service scenarios on the in-process KRaft broker: runs everywhere, CI included. */
class EnrichAppEmbeddedKafkaIT extends EnrichAppScenarios {

    @Override
    KafkaFixture newKafka() {
        return KafkaFixture.embedded();
    }
}
