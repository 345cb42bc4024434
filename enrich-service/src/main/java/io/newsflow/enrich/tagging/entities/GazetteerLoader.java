package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the gazetteer files from the classpath and, when configured, from a user's folder, and builds the
 * {@link Gazetteer}. Country names start from the JDK's {@link Locale} list, so the file only holds aliases and
 * prose forms. When two files name the same phrase, the first one read wins: countries, cities, regions,
 * organisations, events, demonyms.
 */
final class GazetteerLoader {

    private static final String RESOURCES = "/io/newsflow/enrich/gazetteers/";
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s+\\|\\s+");
    private static final String NO_ACRONYM = "-";

    private final Optional<Path> extraDir;
    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, List<Gazetteer.Phrase>> names = new HashMap<>();
    private final Map<String, List<Gazetteer.Phrase>> titles = new HashMap<>();
    private final Set<String> registered = new HashSet<>();
    private final Set<String> countryKeys = new HashSet<>();
    private final Map<String, String> spellings = new HashMap<>();

    GazetteerLoader(Optional<Path> extraDir) {
        this.extraDir = extraDir;
    }

    Gazetteer load() {
        // Spellings first: every key computed below goes through them.
        for (String[] fields : entries("spelling-variants.txt")) {
            spellings.put(fields[0].toLowerCase(Locale.ROOT), fields[1].toLowerCase(Locale.ROOT));
        }
        var keys = new Gazetteer(Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), Map.of(), spellings);
        countries(keys);
        places("cities.txt", keys);
        places("regions.txt", keys);
        for (String[] fields : entries("organizations.txt")) {
            boolean hasAcronym = fields.length > 1 && !fields[1].equals(NO_ACRONYM);
            var known = new Known(EntityType.ORGANIZATION, fields[0],
                    keys.key(EntityType.ORGANIZATION, hasAcronym ? fields[1] : fields[0]));
            addNames(known, fields);
        }
        for (String[] fields : entries("misc.txt")) {
            addNames(new Known(EntityType.MISC, fields[0], keys.key(EntityType.MISC, fields[0])), fields);
        }
        for (String[] fields : entries("demonyms.txt")) {
            var known = new Known(EntityType.MISC, fields[0], keys.key(EntityType.MISC, fields[0]));
            addNames(known, fields);
            if (fields[0].endsWith("an") || fields[0].endsWith("i")) {
                addName(fields[0] + "s", known);
            }
        }
        for (String[] fields : entries("titles.txt")) {
            addTitle(fields[0], false);
            addTitle(fields[0] + "s", true);
        }
        return new Gazetteer(names, titles, countryKeys, firstFields("first-names.txt"), lowerCase(firstFields("stopwords.txt")),
                lastWords(), spellings);
    }

    /** Locale's names first, each replaced by its line in countries.txt when that line lists it as an alias. */
    private void countries(Gazetteer keys) {
        var lines = new LinkedHashMap<String, String[]>();
        var canonicalOfAlias = new HashMap<String, String>();
        for (String[] fields : entries("countries.txt")) {
            lines.put(fields[0], fields);
            Arrays.stream(fields).forEach(alias -> canonicalOfAlias.put(alias, fields[0]));
        }
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            String canonical = canonicalOfAlias.getOrDefault(name, name.replace(" & ", " and "));
            lines.putIfAbsent(canonical, new String[] {canonical});
        }
        for (String[] fields : lines.values()) {
            var known = new Known(EntityType.LOCATION, fields[0], keys.key(EntityType.LOCATION, fields[0]));
            countryKeys.add(known.key());
            addNames(known, fields);
        }
    }

    private void places(String file, Gazetteer keys) {
        for (String[] fields : entries(file)) {
            addNames(new Known(EntityType.LOCATION, fields[0], keys.key(EntityType.LOCATION, fields[0])), fields);
        }
    }

    private void addNames(Known known, String[] fields) {
        for (String field : fields) {
            if (!field.equals(NO_ACRONYM)) {
                addName(field, known);
            }
        }
    }

    private void addName(String phrase, Known known) {
        if (!registered.add(phrase)) {
            return;
        }
        List<String> words = tokens(phrase);
        if (!words.isEmpty()) {
            names.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Gazetteer.Phrase(words, known, false));
        }
    }

    private void addTitle(String phrase, boolean plural) {
        List<String> words = tokens(phrase);
        titles.computeIfAbsent(words.get(0).toLowerCase(Locale.ROOT), w -> new ArrayList<>())
                .add(new Gazetteer.Phrase(words, null, plural));
    }

    private List<String> tokens(String phrase) {
        return tokenizer.tokenize(phrase).stream().map(Token::text).toList();
    }

    private Map<String, EntityType> lastWords() {
        var types = new HashMap<String, EntityType>();
        firstFields("org-suffixes.txt").forEach(word -> types.put(word, EntityType.ORGANIZATION));
        firstFields("event-suffixes.txt").forEach(word -> types.put(word, EntityType.MISC));
        firstFields("place-suffixes.txt").forEach(word -> types.put(word, EntityType.LOCATION));
        return types;
    }

    private Set<String> firstFields(String file) {
        var words = new HashSet<String>();
        entries(file).forEach(fields -> words.add(fields[0]));
        return words;
    }

    private static Set<String> lowerCase(Set<String> words) {
        var lower = new HashSet<String>();
        words.forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
        return lower;
    }

    /** The file's entries, built-in lines first, then the user's; each entry split into its fields. */
    private List<String[]> entries(String file) {
        var lines = new ArrayList<String>();
        try (InputStream in = GazetteerLoader.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("built-in gazetteer " + file + " is missing from the classpath");
            }
            lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            if (extraDir.isPresent() && Files.isRegularFile(extraDir.get().resolve(file))) {
                lines.addAll(Files.readAllLines(extraDir.get().resolve(file), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + file, e);
        }
        return lines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(FIELD_SEPARATOR::split)
                .toList();
    }
}
