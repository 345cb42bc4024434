package io.newsflow.launcher.replay;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until one of the bootstrap servers accepts a TCP connection. A Kafka client asked to reach an absent broker
 * retries for the whole wait and logs a warning on every attempt; a person running a command wants one line.
 */
public final class BrokerProbe {

    private static final Duration RETRY = Duration.ofMillis(200);

    private BrokerProbe() {
    }

    /** @throws KafkaUnreachableException when none accepted a connection within {@code reach} */
    static void awaitReachable(String bootstrapServers, Duration reach) {
        List<InetSocketAddress> servers = addresses(bootstrapServers);
        long deadline = System.nanoTime() + reach.toNanos();
        while (true) {
            for (InetSocketAddress server : servers) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (accepts(server, (int) Math.max(1, left))) {
                    return;
                }
            }
            if (System.nanoTime() + RETRY.toNanos() > deadline) {
                throw new KafkaUnreachableException(bootstrapServers, reach, null);
            }
            LockSupport.parkNanos(RETRY.toNanos()); // a broker still starting up refuses for a moment
        }
    }

    private static boolean accepts(InetSocketAddress server, int timeoutMillis) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHostString(), server.getPort()), timeoutMillis);
            return true;
        } catch (IOException refusedOrUnknown) {
            return false;
        }
    }

    /** {@code host:port[,host:port...]}, as {@code bootstrap.servers} is written; resolved only when probed. */
    public static List<InetSocketAddress> addresses(String bootstrapServers) {
        return Arrays.stream(bootstrapServers.split(",")).map(String::strip).map(server -> {
            int colon = server.lastIndexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("\"" + server + "\" is not HOST:PORT");
            }
            try {
                return InetSocketAddress.createUnresolved(server.substring(0, colon),
                        Integer.parseInt(server.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + server + "\" is not HOST:PORT with a port 1-65535", e);
            }
        }).toList();
    }
}
