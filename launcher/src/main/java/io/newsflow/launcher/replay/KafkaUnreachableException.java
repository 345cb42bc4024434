package io.newsflow.launcher.replay;

import java.time.Duration;

/** The broker did not answer within the time the user allowed; the message is the one line they see. */
public final class KafkaUnreachableException extends RuntimeException {

    KafkaUnreachableException(String bootstrapServers, Duration waited, Throwable cause) {
        super("cannot reach Kafka at " + bootstrapServers + " within " + waited.toSeconds() + " s", cause);
    }
}
