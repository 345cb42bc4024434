package io.newsflow.enrich.corenlp;

import io.newsflow.contracts.Entity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups CoreNLP's mentions of one article into canonical entities. CoreNLP tags each mention on its own; a reader
 * wants one "Antony Blinken" with its "Blinken" mentions, and one NATO for "North Atlantic Treaty Organisation
 * (NATO)". Three in-text links are used: the same name, an acronym in brackets right after a name, and a single
 * person name that is the first or last word of exactly one longer person name of the article.
 */
final class EntityGrouper {

    /** How much being named first weighs against one more mention; the built-in tagger's weight, so scores compare. */
    private static final double POSITION_WEIGHT = 1.5;

    /** @param mentions the article's entity mentions, in text order */
    List<Entity> group(String text, List<Mention> mentions) {
        var links = new Links();
        for (Mention mention : mentions) {
            links.add(keyOf(mention), mention);
        }
        linkAcronyms(text, mentions, links);
        links.linkPersonNames();

        var groups = new LinkedHashMap<String, List<Mention>>();
        for (Mention mention : mentions) {
            groups.computeIfAbsent(links.resolve(keyOf(mention)), key -> new ArrayList<>()).add(mention);
        }
        List<Entity> entities = groups.entrySet().stream()
                .map(group -> new Entity(group.getKey(), links.nameOf(group.getKey(), group.getValue()),
                        group.getValue().get(0).type(), group.getValue().size(), 0, group.getValue()))
                .toList();
        return rankBySalience(entities, text.length());
    }

    /** "Long Name (LN)": both become one entity, keyed by the acronym (what other articles use alone). */
    private static void linkAcronyms(String text, List<Mention> mentions, Links links) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention name = mentions.get(i);
            Mention acronym = mentions.get(i + 1);
            boolean bracketed = text.substring(name.end(), acronym.start()).strip().equals("(")
                    && text.startsWith(")", acronym.end());
            if (bracketed && isAcronym(acronym.text()) && name.text().contains(" ")) {
                String key = EntityKeys.of(EntityType.valueOf(name.type()), acronym.text());
                links.redirect(keyOf(name), key);
                links.redirect(keyOf(acronym), key);
                links.preferName(key, name.text());
            }
        }
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static String keyOf(Mention mention) {
        return EntityKeys.of(EntityType.valueOf(mention.type()), mention.text());
    }

    /** Salience from how often and how early the article names an entity, scaled so the most central one is 1. */
    private static List<Entity> rankBySalience(List<Entity> entities, int textLength) {
        double max = entities.stream().mapToDouble(e -> rawSalience(e, textLength)).max().orElse(1);
        return entities.stream()
                .map(e -> new Entity(e.key(), e.name(), e.type(), e.mentionCount(),
                        Math.round(rawSalience(e, textLength) / max * 1000) / 1000.0, e.mentions()))
                .sorted(Comparator.comparingDouble(Entity::salience).reversed()
                        .thenComparingInt(e -> e.mentions().get(0).start()))
                .toList();
    }

    private static double rawSalience(Entity entity, int textLength) {
        double firstPosition = (double) entity.mentions().get(0).start() / Math.max(1, textLength);
        return entity.mentionCount() + POSITION_WEIGHT * (1 - firstPosition);
    }

    /** Which key each mention's own key stands for, and the name chosen for a key when the text gave one. */
    private static final class Links {

        private final Map<String, Mention> firstMentionOf = new LinkedHashMap<>();
        private final Map<String, String> redirects = new HashMap<>();
        private final Map<String, String> preferredNames = new HashMap<>();

        void add(String key, Mention mention) {
            firstMentionOf.putIfAbsent(key, mention);
        }

        void redirect(String from, String to) {
            if (!resolve(from).equals(resolve(to))) {
                redirects.put(resolve(from), resolve(to));
            }
        }

        void preferName(String key, String name) {
            preferredNames.putIfAbsent(resolve(key), name);
        }

        String resolve(String key) {
            String current = key;
            for (String next = redirects.get(current); next != null; next = redirects.get(current)) {
                current = next;
            }
            return current;
        }

        /** "Blinken" and "Antony" join "Antony Blinken" when no other person of the article shares that word. */
        void linkPersonNames() {
            var fullNamesByWord = new HashMap<String, List<String>>();
            firstMentionOf.forEach((key, mention) -> {
                String[] words = mention.text().split("\\s+");
                if (isPerson(mention) && words.length > 1) {
                    fullNamesByWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(key);
                    fullNamesByWord.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>()).add(key);
                }
            });
            firstMentionOf.forEach((key, mention) -> {
                List<String> fullNames = fullNamesByWord.get(mention.text());
                if (isPerson(mention) && !mention.text().contains(" ") && fullNames != null && fullNames.size() == 1) {
                    redirect(key, fullNames.get(0));
                }
            });
        }

        /** The name the text gave the entity, else its fullest mention: "Antony Blinken" rather than "Blinken". */
        String nameOf(String key, List<Mention> mentions) {
            String preferred = preferredNames.get(key);
            return preferred != null ? preferred : mentions.stream()
                    .max(Comparator.comparingInt((Mention m) -> m.text().split("\\s+").length)
                            .thenComparingInt(m -> -m.start()))
                    .orElseThrow()
                    .text();
        }

        private static boolean isPerson(Mention mention) {
            return mention.type().equals(EntityType.PERSON.name());
        }
    }
}
