package io.newsflow.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Newsflow's small HTTP/1.1 server, for the store's API and the services' /metrics and /health: a plain socket
 * server, a thread per connection from a bounded pool, and the {@link RequestReader} in front of every request so
 * that malformed ones get the JSON error too (see there why not the JDK's {@code com.sun.net.httpserver}). Binds on
 * {@link #start()}, so building it is cheap and a taken port fails the start, not the constructor.
 */
public final class HttpServer implements AutoCloseable {

    /** The longest request line, URL included, a client may send. */
    public static final int MAX_REQUEST_LINE_BYTES = RequestReader.MAX_REQUEST_LINE_BYTES;

    /** Connections served at once; each holds a thread while it is open (idle ones for at most 5 s). */
    private static final int MAX_CONNECTIONS = 32;
    /** Connections that may wait for a free thread; more are answered 503 at once. */
    private static final int WAITING_CONNECTIONS = 64;
    private static final int STOP_WAIT_SECONDS = 1;

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private final String host;
    private final int port;
    /** Names the threads and the log lines, e.g. {@code store-http}. */
    private final String name;
    private final Handler handler;
    private final Set<HttpConnection> connections = ConcurrentHashMap.newKeySet();
    // Set by start(), read by close(), which may run on a shutdown-hook thread.
    private volatile ServerSocket listener;
    private volatile ThreadPoolExecutor pool;

    public HttpServer(String host, int port, String name, Handler handler) {
        this.host = host;
        this.port = port;
        this.name = name;
        this.handler = handler;
    }

    public void start() {
        ServerSocket socket;
        try {
            socket = bind();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        var threads = new AtomicInteger();
        pool = new ThreadPoolExecutor(MAX_CONNECTIONS, MAX_CONNECTIONS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(WAITING_CONNECTIONS),
                task -> new Thread(task, name + "-" + threads.incrementAndGet()));
        pool.allowCoreThreadTimeOut(true);
        listener = socket; // last: close() takes a set listener to mean a started server
        new Thread(this::accept, name + "-accept").start();
    }

    private ServerSocket bind() throws IOException {
        var socket = new ServerSocket();
        try {
            socket.setReuseAddress(true); // a restart binds the port again while old connections linger
            socket.bind(new InetSocketAddress(host, port));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Where it listens, with the real port when configured as 0. */
    public URI address() {
        String literal = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + literal + ":" + listener.getLocalPort());
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    log.warn("{} cannot accept a connection: {}", name, e.toString());
                    pause(); // out of file descriptors, say: retrying at once would only spin
                }
                continue;
            }
            var connection = new HttpConnection(socket, handler);
            connections.add(connection);
            try {
                pool.execute(() -> {
                    try {
                        connection.run();
                    } finally {
                        connections.remove(connection);
                    }
                });
            } catch (RejectedExecutionException e) {
                connections.remove(connection);
                refuse(socket);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every thread is busy and the queue full: say so now rather than leave the client waiting. */
    private static void refuse(Socket socket) {
        try (socket; OutputStream out = socket.getOutputStream()) {
            ApiResponse.error(503, "the server is serving " + MAX_CONNECTIONS + " connections: try again shortly")
                    .header("Retry-After", "1").write(out, true, true);
        } catch (IOException e) {
            // the client is gone already
        }
    }

    /** Stops accepting, closes idle connections, and gives requests in progress a second to finish. */
    @Override
    public void close() {
        if (listener == null) {
            return;
        }
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        pool.shutdown();
        connections.forEach(HttpConnection::closeIfIdle);
        try {
            if (!pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                connections.forEach(HttpConnection::close);
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            connections.forEach(HttpConnection::close);
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
