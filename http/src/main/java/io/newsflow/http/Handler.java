package io.newsflow.http;

/**
 * What a server answers to a request that {@link RequestReader} has read and checked for form: the store's API
 * router, or the /metrics and /health endpoint of a service without an API.
 */
@FunctionalInterface
public interface Handler {

    /** Never throws: a handler turns its own failures into an error answer. */
    ApiResponse answer(ApiRequest request);
}
