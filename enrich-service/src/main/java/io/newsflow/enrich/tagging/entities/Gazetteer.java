package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.EntityType;
import io.newsflow.enrich.tagging.Lookups;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in tagger's knowledge: names of countries, cities, regions, organisations and events, titles, first
 * names and the words that never start a name. It is immutable once built, so every stream thread shares one.
 * The lists are data files (see {@code gazetteers/README.txt}) read by {@link GazetteerLoader}.
 */
public final class Gazetteer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Entity phrases by their exact first token: names are matched with their capitals. */
    private final Map<String, List<Phrase>> names;
    /** The same phrases by their upper-case first token, for lines in capitals where case says nothing. */
    private final Map<String, List<Phrase>> namesInCapitals;
    /** Titles by their lower-case first token: "spokesperson" and "Spokesperson" both introduce a name. */
    private final Map<String, List<Phrase>> titles;
    private final Set<String> countryKeys;
    private final Set<String> firstNames;
    private final Set<String> stopwords;
    private final Map<String, EntityType> lastWords;
    private final Map<String, String> spellings;

    Gazetteer(Map<String, List<Phrase>> names, Map<String, List<Phrase>> titles, Set<String> countryKeys,
              Set<String> firstNames, Set<String> stopwords, Map<String, EntityType> lastWords, Map<String, String> spellings) {
        this.names = longestFirst(names);
        this.namesInCapitals = longestFirst(byUpperCase(names));
        this.titles = longestFirst(titles);
        this.countryKeys = Lookups.set(countryKeys);
        this.firstNames = Lookups.set(firstNames);
        this.stopwords = Lookups.set(stopwords);
        this.lastWords = Lookups.map(lastWords);
        this.spellings = Lookups.map(spellings);
    }

    /** The built-in lists, plus the lines of same-named files in {@code extraDir} when given. */
    public static Gazetteer load(Optional<Path> extraDir) {
        return new GazetteerLoader(extraDir).load();
    }

    /** The longest entity name or title starting at {@code from}. */
    Optional<GazetteerMatch> match(List<Token> tokens, int from) {
        Token first = tokens.get(from);
        Optional<GazetteerMatch> name = longest(names.get(first.text()), tokens, from, false);
        Optional<GazetteerMatch> title = longest(titles.get(first.lower()), tokens, from, true);
        if (name.isEmpty() || title.isPresent() && title.get().length() > name.get().length()) {
            return title;
        }
        return name;
    }

    /** The longest entity name starting at {@code from} in a line in capitals ("NEW YORK"); titles do not count. */
    Optional<GazetteerMatch> matchInCapitals(List<Token> tokens, int from) {
        return longest(namesInCapitals.get(tokens.get(from).text().toUpperCase(Locale.ROOT)), tokens, from, true);
    }

    /** The entity a whole name stands for, e.g. the handle {@code @NATO} read as "NATO". */
    Optional<Known> lookup(String name) {
        var phrases = names.get(name);
        if (phrases == null) {
            return Optional.empty();
        }
        return phrases.stream().filter(p -> p.words().size() == 1).map(Phrase::known).findFirst();
    }

    /** Countries stay places in results tables, where a city or a state stands for its team. */
    boolean isCountry(Known known) {
        return countryKeys.contains(known.key());
    }

    boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    boolean isStopword(Token token) {
        return stopwords.contains(token.lower());
    }

    /** The type a name ending in this word has: "Ministry" ORGANIZATION, "Cup" MISC, "Square" LOCATION. */
    Optional<EntityType> typeOfLastWord(String word) {
        return Optional.ofNullable(lastWords.get(word));
    }

    /**
     * The stable key of a name: lower-case type, ':', and a slug with accents dropped and British spellings made
     * American, so "Defence Ministry" and "Defense Ministry" share one key.
     */
    String key(EntityType type, String name) {
        String ascii = name.chars().allMatch(c -> c < 128) ? name
                : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String plain = ascii.toLowerCase(Locale.ROOT);
        var key = new StringBuilder(plain.length() + 16).append(type.name().toLowerCase(Locale.ROOT)).append(':');
        int slugStart = key.length();
        var word = new StringBuilder();
        for (int i = 0; i <= plain.length(); i++) {
            char c = i < plain.length() ? plain.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                word.append(c);
            } else if (c != '\'' && c != '’' && !word.isEmpty()) {
                // Apostrophes vanish ("People's" -> "peoples"); anything else ends a word of the slug.
                String w = word.toString();
                key.append(key.length() > slugStart ? "-" : "").append(spellings.getOrDefault(w, w));
                word.setLength(0);
            }
        }
        return key.toString();
    }

    private static Optional<GazetteerMatch> longest(List<Phrase> phrases, List<Token> tokens, int from,
                                                    boolean ignoreCase) {
        if (phrases == null) {
            return Optional.empty();
        }
        for (Phrase phrase : phrases) {
            if (phrase.matches(tokens, from, ignoreCase)) {
                return Optional.of(new GazetteerMatch(phrase.words().size(), phrase.known(), phrase.plural()));
            }
        }
        return Optional.empty();
    }

    private static Map<String, List<Phrase>> byUpperCase(Map<String, List<Phrase>> byFirstWord) {
        var upper = new HashMap<String, List<Phrase>>();
        byFirstWord.forEach((word, phrases) ->
                upper.computeIfAbsent(word.toUpperCase(Locale.ROOT), w -> new ArrayList<>()).addAll(phrases));
        return upper;
    }

    private static Map<String, List<Phrase>> longestFirst(Map<String, List<Phrase>> byFirstWord) {
        var sorted = new HashMap<String, List<Phrase>>();
        byFirstWord.forEach((word, phrases) -> sorted.put(word, phrases.stream()
                .sorted(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed()).toList()));
        return Lookups.map(sorted);
    }

    /** A gazetteer entry as tokens; {@code known} is null for a title. */
    record Phrase(List<String> words, Known known, boolean plural) {

        Phrase {
            words = List.copyOf(words);
        }

        boolean matches(List<Token> tokens, int from, boolean ignoreCase) {
            if (from + words.size() > tokens.size()) {
                return false;
            }
            for (int i = 0; i < words.size(); i++) {
                String text = tokens.get(from + i).text();
                if (ignoreCase ? !text.equalsIgnoreCase(words.get(i)) : !text.equals(words.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
