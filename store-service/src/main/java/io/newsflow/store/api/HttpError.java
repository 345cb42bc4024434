package io.newsflow.store.api;

/** A request the API answers with an error status and a message meant for the client. */
final class HttpError extends RuntimeException {

    private final int status;

    HttpError(int status, String message) {
        super(message, null, false, false); // a client's mistake, answered and never logged: no stack trace
        this.status = status;
    }

    int status() {
        return status;
    }
}
