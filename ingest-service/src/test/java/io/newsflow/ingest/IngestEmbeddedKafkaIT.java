package io.newsflow.ingest;

import io.newsflow.testing.KafkaFixture;

/** The ingest scenarios on the in-process KRaft broker: runs everywhere, CI included. */
class IngestEmbeddedKafkaIT extends IngestScenarios {

    @Override
    KafkaFixture newKafka() {
        return KafkaFixture.embedded();
    }
}
