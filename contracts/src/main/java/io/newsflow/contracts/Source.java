package io.newsflow.contracts;

/**
 * Where an article came from.
 *
 * @param fileName  the file's name
 * @param path      the file's path relative to the inbox, with '/' separators
 * @param sizeBytes the file's size in bytes
 * @param sha256    hex SHA-256 of the file's bytes: tells a changed file from an unchanged one
 */
public record Source(String fileName, String path, long sizeBytes, String sha256) {
}
