package io.newsflow.metrics;

/**
 * A service's answer to {@code GET /health/ready}: whether it can do its job now, and the JSON body that says why,
 * in the shape of store-service's ({@code status} first, one field per part, then {@code detail}).
 */
public record Readiness(boolean ready, Object body) {
}
