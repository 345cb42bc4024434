package io.newsflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * A service's {@code GET /metrics} page as Prometheus scrapes it, and the value of one series on it, so a scenario
 * can say {@code newsflow_ingest_files_published_total} is 1.0 the way a newsroom's chart would read it.
 */
public final class MetricsPage {

    private final String text;

    private MetricsPage(String text) {
        this.text = text;
    }

    /** Scrapes {@code <address>/metrics}; fails unless it answers 200. */
    public static MetricsPage scrape(URI address) {
        var request = HttpRequest.newBuilder(address.resolve("/metrics")).GET().build();
        try {
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + request.uri() + " answered " + response.statusCode());
            }
            return new MetricsPage(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scraping " + request.uri(), e);
        }
    }

    /**
     * The value of the series written exactly as {@code series} (name and labels as the page has them, e.g.
     * {@code newsflow_ingest_files_failed_total{reason="too-large"}}); empty when the page has no such line.
     */
    public Optional<Double> value(String series) {
        return text.lines().filter(line -> line.startsWith(series + " "))
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).strip())).findFirst();
    }

    /** The whole page, for an assertion that a meter is there at all, and for its message. */
    public String text() {
        return text;
    }
}
