package io.newsflow.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops Kafka messages that say nothing Newsflow does not say better, so that what is left deserves reading:
 * <ul>
 *   <li>the one WARN the embedded broker logs on every normal stop, its controller channel closing a network client
 *       that its own shutdown already closed (a WARN on a clean stop teaches people to ignore WARNs);</li>
 *   <li>each client's report that the broker refused its credentials: the service itself stops with one line that
 *       names the broker and the variables to check, where Kafka would log it once per client, some with a
 *       stack trace.</li>
 * </ul>
 * Every other message of those loggers still goes through.
 */
public final class KafkaNoiseFilter extends Filter<ILoggingEvent> {

    static final String NETWORK_CLIENT = "org.apache.kafka.clients.NetworkClient";
    static final String CLOSED_TWICE = "Attempting to close NetworkClient that has already been closed";
    static final String AUTHENTICATION_FAILED = "failed authentication due to";
    static final String KAFKA = "org.apache.kafka";
    private static final String AUTHENTICATION_EXCEPTION = "AuthenticationException";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String logger = event.getLoggerName();
        if (NETWORK_CLIENT.equals(logger) && event.getFormattedMessage().contains(CLOSED_TWICE)) {
            return FilterReply.DENY;
        }
        if (logger.startsWith(KAFKA) && (event.getFormattedMessage().contains(AUTHENTICATION_FAILED)
                || causedByAuthentication(event.getThrowableProxy()))) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean causedByAuthentication(IThrowableProxy thrown) {
        for (IThrowableProxy cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause.getClassName().endsWith(AUTHENTICATION_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }
}
