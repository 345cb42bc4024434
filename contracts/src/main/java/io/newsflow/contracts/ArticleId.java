package io.newsflow.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The article id: the first 128 bits of the SHA-256 of the normalised text, as 32 hex digits. The same text
 * dropped twice or under another name gets the same id, which is what makes every consumer idempotent.
 * Normalisation (Unicode NFC, runs of whitespace as one space, trimmed) keeps line-ending and re-wrapping
 * differences from making a new article.
 */
public final class ArticleId {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{32}");

    private ArticleId() {
    }

    /** Whether {@code id} has the form of an article id, as the event schemas require. */
    public static boolean isArticleId(String id) {
        return id != null && FORM.matcher(id).matches();
    }

    public static String of(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        byte[] digest = sha256(normalised.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /** Hex SHA-256 of raw bytes, as carried in {@link Source#sha256()}. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
