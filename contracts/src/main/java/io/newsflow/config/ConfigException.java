package io.newsflow.config;

import java.util.List;

/** Every configuration problem of one service, one per line, each naming the variable, its value and what was expected. */
public final class ConfigException extends IllegalArgumentException {

    private final List<String> problems;

    public ConfigException(String service, List<String> problems) {
        super("invalid configuration for " + service + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
