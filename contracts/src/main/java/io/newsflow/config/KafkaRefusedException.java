package io.newsflow.config;

import java.util.Optional;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;

/**
 * Kafka refused this service: its credentials (SASL, TLS) or its permissions. Unlike a broker that cannot be
 * reached, this does not pass by itself, so the service stops with one line saying what to check instead of
 * retrying in a loop.
 */
public final class KafkaRefusedException extends RuntimeException {

    private KafkaRefusedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The refusal among {@code failure} and its causes, if there is one. */
    public static Optional<KafkaRefusedException> find(Throwable failure, String bootstrapServers) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof KafkaRefusedException refused) {
                return Optional.of(refused);
            }
            if (cause instanceof AuthenticationException) {
                return Optional.of(new KafkaRefusedException("Kafka at " + bootstrapServers + " refused the "
                        + "credentials: " + cause.getMessage() + " (check " + KafkaSettings.PROPERTY_PREFIX
                        + "SECURITY_PROTOCOL, " + KafkaSettings.PROPERTY_PREFIX + "SASL_MECHANISM and "
                        + KafkaSettings.PROPERTY_PREFIX + "SASL_JAAS_CONFIG)", cause));
            }
            if (cause instanceof AuthorizationException) {
                return Optional.of(new KafkaRefusedException("Kafka at " + bootstrapServers + " does not allow "
                        + "this: " + cause.getMessage() + " (the README's \"Running on a Kafka cluster\" lists the "
                        + "ACLs each service needs)", cause));
            }
        }
        return Optional.empty();
    }
}
