package io.newsflow.store.consume;

/** A record value that can never become a stored article; its message is the reason the dead-letter record carries. */
final class InvalidArticleException extends Exception {

    InvalidArticleException(String reason) {
        super(reason);
    }

    InvalidArticleException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
