package io.newsflow.enrich.tagging.learned;

/**
 * The name of the features {@link Features} computes. A model stores it and only loads where it matches: a model
 * trained on other features would load without error and tag nonsense. Change it with any change to the features.
 */
final class FeatureSet {

    static final String NAME = "newsflow-entities/3";

    private FeatureSet() {
    }
}
