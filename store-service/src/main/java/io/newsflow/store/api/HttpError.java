package io.newsflow.store.api;

/** A request the API answers with an error status and a message meant for the client. */
final class HttpError extends RuntimeException {

    private final int status;

    HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static HttpError notFound(String path) {
        return new HttpError(404, "no such resource: " + path);
    }
}
