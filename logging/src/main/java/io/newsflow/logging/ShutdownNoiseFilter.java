package io.newsflow.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops the one WARN the embedded broker logs on every normal stop: its controller channel closing a network client
 * that its own shutdown already closed. A WARN on a clean stop teaches people to ignore WARNs; every other message
 * of that logger still goes through.
 */
public final class ShutdownNoiseFilter extends Filter<ILoggingEvent> {

    static final String LOGGER = "org.apache.kafka.clients.NetworkClient";
    static final String MESSAGE = "Attempting to close NetworkClient that has already been closed";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return LOGGER.equals(event.getLoggerName()) && event.getFormattedMessage().contains(MESSAGE)
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
