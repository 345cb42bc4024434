package io.newsflow.http;

/** A request the server answers with an error status and a message meant for the client. */
public final class HttpError extends RuntimeException {

    private final int status;

    public HttpError(int status, String message) {
        super(message, null, false, false); // a client's mistake, answered and never logged: no stack trace
        this.status = status;
    }

    public int status() {
        return status;
    }
}
