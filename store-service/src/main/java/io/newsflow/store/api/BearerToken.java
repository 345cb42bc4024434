package io.newsflow.store.api;

import io.newsflow.http.ApiRequest;
import io.newsflow.http.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The check behind {@code NEWSFLOW_API_TOKEN}: a request passes with {@code Authorization: Bearer <token>}, or
 * gets a 401 with {@code WWW-Authenticate: Bearer} (RFC 6750). The two tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, which takes as long wherever they differ, so the time an answer takes tells a
 * guesser nothing about the token, not even its length.
 */
final class BearerToken {

    private static final String SCHEME = "Bearer";

    /** The configured token's digest; null when none is configured and every request passes. */
    private final byte[] digest;

    BearerToken(String token) {
        this.digest = token == null ? null : sha256(token);
    }

    /** The 401 answer when the request lacks the token or carries another; empty when it may pass. */
    Optional<ApiResponse> refusal(ApiRequest request) {
        if (digest == null) {
            return Optional.empty();
        }
        String authorization = request.header("authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return Optional.of(ApiResponse.error(401, "missing bearer token: expected the header Authorization:"
                    + " Bearer <token>").header("WWW-Authenticate", SCHEME));
        }
        if (!MessageDigest.isEqual(digest, sha256(authorization.substring(SCHEME.length() + 1).strip()))) {
            return Optional.of(ApiResponse.error(401, "wrong bearer token: expected the token the API was"
                    + " started with (NEWSFLOW_API_TOKEN)").header("WWW-Authenticate", SCHEME
                    + " error=\"invalid_token\""));
        }
        return Optional.empty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
