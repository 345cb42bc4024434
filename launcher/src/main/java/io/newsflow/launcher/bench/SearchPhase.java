package io.newsflow.launcher.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.Json;
import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.metrics.Metrics;
import io.newsflow.store.api.ApiAccess;
import io.newsflow.store.api.ApiServer;
import io.newsflow.store.consume.ConsumerStatus;
import io.newsflow.store.persist.ArticleQueries;
import io.newsflow.store.persist.ArticleRepository;
import io.newsflow.store.persist.Database;
import io.newsflow.store.persist.Migrations;
import io.newsflow.store.persist.StoryQueries;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How fast the store's API answers a search on a large store: a store of its own filled with generated, tagged
 * articles ({@link SearchStore}), the store's real HTTP API started on it ({@link ApiServer} with
 * {@link ArticleQueries}, as store-service wires them), then {@code GET /api/articles?q=...} requests of each
 * {@link SearchMix} kind over loopback, one at a time, as one user sends them. Warm-up rounds first (the JIT, the
 * database's caches), then the measured rounds, the kinds taken in turn within each round so a slow moment of the
 * machine falls on all kinds alike. A request is timed from just before it is sent until its whole answer is read:
 * what a user of the API waits. Every answer must be a 200, and every kind must find stored articles, else the run
 * fails: a fast error, or a search for what is not there, measures nothing a user asks.
 */
final class SearchPhase {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** One kind's answers: latencies in order of size, and how many articles its answers matched. */
    record KindResult(SearchMix.Kind kind, long[] sortedNanos, long[] totals) {

        Duration percentile(double p) {
            return SearchPhase.percentile(sortedNanos, p);
        }

        /** The median of the answers' {@code total}: how many stored articles a search of this kind matches. */
        long medianTotal() {
            long[] sorted = totals.clone();
            Arrays.sort(sorted);
            return sorted[(sorted.length - 1) / 2];
        }
    }

    /**
     * @param filled       what the fill wrote, which the API counted before the first search
     * @param fillDuration how long the fill took (generating, tagging and writing)
     * @param kinds        by kind, in {@link SearchMix} order
     */
    record Result(SearchStore.Filled filled, Duration fillDuration, List<KindResult> kinds) {

        /** Every measured request's latency, all kinds together, in order of size. */
        long[] allSortedNanos() {
            long[] all = kinds.stream().flatMapToLong(kind -> Arrays.stream(kind.sortedNanos())).toArray();
            Arrays.sort(all);
            return all;
        }

        Duration percentile(double p) {
            return SearchPhase.percentile(allSortedNanos(), p);
        }

        int requests() {
            return kinds.stream().mapToInt(kind -> kind.sortedNanos().length).sum();
        }
    }

    private final Progress progress;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    SearchPhase(Progress progress) {
        this.progress = progress;
    }

    /**
     * Fills the run's empty search database with {@code articles} articles, lets it settle as a running store's would
     * ({@link BenchDatabase#settle}), then times {@code requestsPerKind} searches of each kind. CPU is measured for
     * the searches alone ({@code load}'s phase "search").
     */
    Result run(BenchDatabase databases, ArticleGenerator generator, Tagger tagger, int articles, int requestsPerKind,
               OthersLoad load) throws InterruptedException {
        BenchDatabase.Target target = databases.target(BenchDatabase.Use.SEARCH);
        try (var database = new Database(target.url(), target.user(), target.password())) {
            new Migrations(database).migrate();
            long fillStart = System.nanoTime();
            SearchStore.Filled filled = new SearchStore(generator, tagger, Clock.systemUTC(), progress)
                    .fill(new ArticleRepository(database), articles);
            Duration fillDuration = Duration.ofNanos(System.nanoTime() - fillStart);
            progress.phase("search settle", "done", 1);
            databases.settle(BenchDatabase.Use.SEARCH);
            progress.done(1);
            return new Result(filled, fillDuration, measure(database, filled.articles(), requestsPerKind, load));
        }
    }

    /** The searches on {@code database}, which holds stories {@code 0} to {@code articles - 1}, through its API. */
    List<KindResult> measure(Database database, int articles, int requestsPerKind, OthersLoad load)
            throws InterruptedException {
        // The store's API as StoreApp builds it, with no consumer behind it: nothing else writes meanwhile.
        try (var metrics = new Metrics();
             var api = new ApiServer("127.0.0.1", 0, new ApiAccess(null, List.of()), new ArticleQueries(database),
                     new StoryQueries(database), database::isReachable, () -> new ConsumerStatus(ConsumerStatus.State.RUNNING, null), metrics)) {
            api.start();
            URI base = api.address();
            long stored = answer(base, "limit=1").total();
            if (stored != articles) {
                throw new BenchFailedException("search: " + articles + " articles were written but GET /api/articles"
                        + " counts " + stored);
            }
            List<SearchMix.Kind> kinds = SearchMix.kinds(articles);
            progress.phase("search warm-up", "answered", (long) BenchSettings.SEARCH_WARM_UP_ROUNDS * kinds.size());
            long[] found = new long[kinds.size()];
            rounds(base, kinds, BenchSettings.SEARCH_WARM_UP_ROUNDS, null, null, found);
            requireHits(kinds, found); // before minutes of timing, should the mix and the store disagree
            progress.phase("search", "answered", (long) requestsPerKind * kinds.size());
            long[][] nanos = new long[kinds.size()][requestsPerKind];
            long[][] totals = new long[kinds.size()][requestsPerKind];
            load.restart();
            rounds(base, kinds, requestsPerKind, nanos, totals, found);
            load.ended("search");
            var results = new ArrayList<KindResult>();
            for (int k = 0; k < kinds.size(); k++) {
                Arrays.sort(nanos[k]);
                results.add(new KindResult(kinds.get(k), nanos[k], totals[k]));
            }
            return results;
        }
    }

    /**
     * {@code rounds} rounds of one request per kind; latencies and totals recorded when the arrays are given. Adds
     * each kind's matches to {@code found}.
     */
    private void rounds(URI base, List<SearchMix.Kind> kinds, int rounds, long[][] nanos, long[][] totals,
                        long[] found) throws InterruptedException {
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < kinds.size(); k++) {
                Answer answer = answer(base, kinds.get(k).search(round).queryString());
                found[k] += answer.total();
                if (nanos != null) {
                    nanos[k][round] = answer.nanos();
                    totals[k][round] = answer.total();
                }
                progress.done((long) round * kinds.size() + k + 1);
            }
        }
    }

    /** Every kind names what the store holds: one that never found anything measured no search worth the name. */
    private static void requireHits(List<SearchMix.Kind> kinds, long[] found) {
        for (int k = 0; k < kinds.size(); k++) {
            if (found[k] == 0) {
                throw new BenchFailedException("search: no search of the kind " + kinds.get(k).name() + " found"
                        + " anything (" + kinds.get(k).searches() + "): every kind should find stored articles");
            }
        }
    }

    /** One answer: how long it took, and the matches it counted. */
    private record Answer(long nanos, long total) {
    }

    private Answer answer(URI base, String query) throws InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve("/api/articles?" + query)).timeout(TIMEOUT).build();
        try {
            long sent = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - sent;
            if (response.statusCode() != 200) {
                throw new BenchFailedException("search: GET /api/articles?" + query + " answered "
                        + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            JsonNode page = Json.tree(response.body());
            return new Answer(nanos, page.get("total").asLong());
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new BenchFailedException("search: the store API at " + base + " did not answer: " + why, e);
        }
    }

    /** The nearest-rank percentile, as the latency phase takes it. */
    static Duration percentile(long[] sortedNanos, double p) {
        int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
        return Duration.ofNanos(sortedNanos[Math.max(0, rank - 1)]);
    }
}
