package io.newsflow.enrich.tagging.entities;

/**
 * A gazetteer phrase found at a token position.
 *
 * @param length number of tokens it covers
 * @param known  the entity it names, or null when it is a title
 * @param plural for titles: a plural form ("Foreign Ministers"), which never introduces one person's name
 */
record GazetteerMatch(int length, Known known, boolean plural) {

    boolean isTitle() {
        return known == null;
    }
}
