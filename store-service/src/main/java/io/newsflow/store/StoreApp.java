package io.newsflow.store;

import io.newsflow.config.ServiceMain;
import io.newsflow.contracts.TopicCreator;
import io.newsflow.contracts.Topics;
import io.newsflow.metrics.Metrics;
import io.newsflow.store.api.ApiServer;
import io.newsflow.store.consume.EnrichedArticleConsumer;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.ArticleRepository;
import io.newsflow.store.persist.Database;
import io.newsflow.store.persist.Migrations;
import io.newsflow.store.persist.StoryQueries;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * store-service's composition root: builds every collaborator from a {@link StoreConfig}, starts them in dependency
 * order and closes them in reverse. {@link StoreMain}, the launcher and the tests all run the service through this
 * one class, so there is no second copy of the wiring.
 */
public final class StoreApp implements ServiceMain.Service {

    private static final Logger log = LoggerFactory.getLogger(StoreApp.class);

    private final StoreConfig config;
    private final Database database;
    private final EnrichedArticleConsumer consumer;
    private final ApiServer api;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param metrics the process's meters, served as {@code /metrics} on the API port: the store's own when run
     *                alone, the whole pipeline's under the launcher
     */
    public StoreApp(StoreConfig config, Metrics metrics) {
        this.config = config;
        this.database = new Database(config.dbUrl(), config.dbUser(), config.dbPassword());
        database.measureWith(metrics.registry());
        this.consumer = new EnrichedArticleConsumer(config.kafka(), config.groupId(),
                new ArticleRepository(database), metrics);
        this.api = new ApiServer(config.httpHost(), config.httpPort(), config.api(), new ArticleQueries(database),
                new StoryQueries(database), database::isReachable, consumer::status, metrics);
    }

    /** Migrates the schema, makes sure the topics exist, then starts consuming and serving. */
    @Override
    public void start() {
        log.info("store starting {}", config.describe());
        new Migrations(database).migrate();
        TopicCreator.ensure(config.kafka(), List.of(Topics.ENRICHED, Topics.STORIES, Topics.DEAD_LETTER));
        consumer.start();
        api.start();
        log.info("store api listening on {}", api.address());
    }

    /** Where the HTTP API listens (the bound port when configured as 0); valid after {@link #start()}. */
    public URI apiAddress() {
        return api.address();
    }

    /** The configuration it runs with, e.g. the database a test opens beside it. */
    public StoreConfig config() {
        return config;
    }

    /** Stops serving, then consuming (the batch in hand commits or rolls back), then closes the pool. Bounded. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            api.close();
            consumer.close();
            database.close();
            log.info("store stopped");
        }
    }
}
