package io.newsflow.contracts;

/** The kinds of entity Newsflow tags. The event carries the name as a string so new kinds do not break readers. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC, HANDLE, HASHTAG
}
