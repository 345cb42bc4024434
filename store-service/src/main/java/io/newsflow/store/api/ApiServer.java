package io.newsflow.store.api;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.store.consume.ConsumerStatus;
import io.newsflow.store.persist.ArticleQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The store's read-only HTTP API on the JDK's built-in server: no framework for four GET endpoints. Binds on
 * {@link #start()}, so building it is cheap and a taken port fails the start, not the constructor.
 */
public final class ApiServer implements AutoCloseable {

    private static final int THREADS = 4;
    private static final int STOP_WAIT_SECONDS = 1;

    private final String host;
    private final int port;
    private final ArticleQueries queries;
    private final HealthHandler health;
    // Set by start(), read by close(), which may run on a shutdown-hook thread.
    private volatile HttpServer server;
    private volatile ExecutorService executor;

    public ApiServer(String host, int port, ArticleQueries queries, BooleanSupplier databaseReachable,
                     Supplier<ConsumerStatus> consumerStatus) {
        this.host = host;
        this.port = port;
        this.queries = queries;
        this.health = new HealthHandler(databaseReachable, consumerStatus);
    }

    public void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        // The URL map. Each handler checks the rest of its path; "/" answers 404 for everything else.
        server.createContext(ArticlesHandler.PATH, new ArticlesHandler(queries));
        server.createContext(EntitiesHandler.PATH, new EntitiesHandler(queries));
        server.createContext(HealthHandler.PATH, health);
        server.createContext("/", new NotFoundHandler());
        var threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(THREADS, task -> new Thread(task, "store-http-" + threads.incrementAndGet()));
        server.setExecutor(executor);
        server.start();
    }

    /** Where the API listens, with the real port when configured as 0. */
    public URI address() {
        InetSocketAddress bound = server.getAddress();
        String literal = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + literal + ":" + bound.getPort());
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(STOP_WAIT_SECONDS);
            executor.shutdownNow();
        }
    }

    /** Every path no endpoint claims. */
    private static final class NotFoundHandler extends JsonHandler {
        @Override
        Reply get(URI uri) {
            throw HttpError.notFound(uri.getPath());
        }
    }
}
