package io.newsflow.store;

import io.newsflow.testing.KafkaFixture;

/** The store-service scenarios on the in-process KRaft broker: runs everywhere, CI included. */
class StoreAppEmbeddedKafkaIT extends StoreAppScenarios {

    @Override
    KafkaFixture newKafka() {
        return KafkaFixture.embedded();
    }
}
