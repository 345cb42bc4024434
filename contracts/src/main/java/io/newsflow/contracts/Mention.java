package io.newsflow.contracts;

/**
 * One place the text names an entity. Offsets are Java {@code String} indices (UTF-16 code units) into the
 * article's {@code text}, {@code [start, end)}, so {@code text.substring(start, end).equals(text())}.
 *
 * @param type the mention's own {@link EntityType} name; a {@code HANDLE} mention can belong to a PERSON entity
 */
public record Mention(int start, int end, String text, String type) {
}
