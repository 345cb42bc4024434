package io.newsflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** What an orchestrator's probe sees of {@code /health/ready} or {@code /health/live}: the status and the body. */
public final class HealthProbe {

    private HealthProbe() {
    }

    /** The answer to a GET of {@code uri} as {@code "200 {...}"}, one string an assertion can show whole. */
    public static String get(URI uri) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing " + uri, e);
        }
    }
}
