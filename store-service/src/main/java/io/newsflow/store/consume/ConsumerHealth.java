package io.newsflow.store.consume;

import io.newsflow.contracts.LogFormat;
import io.newsflow.store.consume.ConsumerStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer's {@link ConsumerStatus} as the health endpoint reads it. The poll loop and the rebalance seeking both
 * meet outages, so they report through this one place, which logs an outage once when it starts and once when it
 * ends instead of on every retry. Written on the consumer's thread, read on the API's.
 */
final class ConsumerHealth {

    private static final Logger log = LoggerFactory.getLogger(ConsumerHealth.class);

    private volatile ConsumerStatus status = new ConsumerStatus(State.STARTING, null);

    ConsumerStatus status() {
        return status;
    }

    void running() {
        status = new ConsumerStatus(State.RUNNING, null);
    }

    /** Reports the outage once when it starts; the health endpoint shows the latest reason. */
    void retrying(String reason) {
        if (status.state() != State.RETRYING) {
            log.warn("store cannot write problem={}: retrying with backoff", LogFormat.quoted(reason));
        }
        status = new ConsumerStatus(State.RETRYING, reason);
    }

    void recovered() {
        if (status.state() == State.RETRYING) {
            log.info("store outage over, consuming again");
        }
        if (status.state() != State.RUNNING) {
            running();
        }
    }

    /** Stopped for good: {@code detail} is the failure that stopped it or, on close, the last reason reported. */
    void stopped(String detail) {
        status = new ConsumerStatus(State.STOPPED, detail);
    }
}
