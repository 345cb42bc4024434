package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.Entity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Groups the mentions of one article into canonical entities. A gazetteer entry is its own canonical form; in-text
 * evidence links the rest: an acronym in brackets after a name ("North Atlantic Treaty Organisation (NATO)"), a
 * surname after a full name ("Blinken" after "Antony Blinken"), a shorter organisation name after a longer one
 * ("the Defense Ministry" after "the Ukrainian Defence Ministry"), a handle in brackets after a name. Keys come from
 * the gazetteer when it knows the entity, so they stay the same across articles.
 */
final class EntityGrouper {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private final Gazetteer gazetteer;

    EntityGrouper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Entity> group(String text, List<Token> tokens, List<Span> spans) {
        // Each span's own key, computed once: keys normalise Unicode, which is the costly part of grouping.
        var ids = spans.stream().map(span -> span.isEntity() ? identity(text, tokens, span) : null).toList();
        var identities = new Identities();
        for (int s = 0; s < spans.size(); s++) {
            if (ids.get(s) != null) {
                identities.add(spans.get(s), ids.get(s));
            }
        }
        linkAcronyms(text, tokens, spans, ids, identities);
        identities.linkSurnames();
        identities.linkShorterOrganisations();

        var groups = new LinkedHashMap<String, Group>();
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            if (ids.get(s) != null) {
                String key = identities.resolve(ids.get(s));
                groups.computeIfAbsent(key, k -> new Group(k, span.type())).add(mention(text, tokens, span), span);
            }
        }
        var bySpelling = new HashMap<String, Group>();
        if (spans.stream().anyMatch(span -> span.kind() == Span.Kind.HANDLE || span.kind() == Span.Kind.HASHTAG)) {
            groups.values().forEach(group -> group.spellings()
                    .forEach(spelling -> bySpelling.putIfAbsent(spelling, group)));
        }
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            if (span.kind() == Span.Kind.HANDLE || span.kind() == Span.Kind.HASHTAG) {
                handleGroup(tokens, spans, ids, s, groups, bySpelling, identities).add(mention(text, tokens, span), span);
            }
        }
        return Salience.rank(groups.values().stream().map(g -> g.toEntity(identities)).toList(), text.length());
    }

    private String identity(String text, List<Token> tokens, Span span) {
        return span.known() != null ? span.known().key() : gazetteer.key(span.type(), surface(text, tokens, span));
    }

    /** "Long Name (LN)": both names become one entity; a gazetteer entry on either side wins. */
    private void linkAcronyms(String text, List<Token> tokens, List<Span> spans, List<String> ids,
                              Identities identities) {
        for (int s = 0; s + 1 < spans.size(); s++) {
            Span name = spans.get(s);
            Span acronym = spans.get(s + 1);
            if (!name.isEntity() || acronym.length() != 1 || !tokens.get(acronym.from()).isAllCaps()
                    || acronym.from() != name.to() + 1 || !tokens.get(name.to()).text().equals("(")
                    || acronym.to() >= tokens.size() || !tokens.get(acronym.to()).text().equals(")")) {
                continue;
            }
            String nameId = ids.get(s);
            String acronymText = tokens.get(acronym.from()).text();
            String acronymId = ids.get(s + 1);
            if (name.known() != null) {
                identities.redirect(acronymId, nameId);
            } else if (acronym.known() != null) {
                identities.redirect(nameId, acronymId);
            } else {
                // Neither is known: key by the acronym (what other articles will use alone), name by the expansion.
                String key = gazetteer.key(name.type(), acronymText);
                identities.redirect(nameId, key);
                identities.redirect(acronymId, key);
                identities.name(key, surface(text, tokens, name), name.type());
            }
        }
    }

    /** A handle or hashtag joins the entity it follows in brackets, or the entity it spells; else it stands alone. */
    private Group handleGroup(List<Token> tokens, List<Span> spans, List<String> ids, int s,
                              Map<String, Group> groups, Map<String, Group> bySpelling, Identities identities) {
        Span span = spans.get(s);
        String bare = tokens.get(span.from()).text().substring(1);
        if (s > 0 && spans.get(s - 1).isEntity() && span.from() == spans.get(s - 1).to() + 1
                && tokens.get(span.from() - 1).text().equals("(")) {
            return groups.get(identities.resolve(ids.get(s - 1)));
        }
        Optional<Known> known = gazetteer.lookup(bare);
        if (known.isPresent()) {
            return groups.computeIfAbsent(known.get().key(), k -> new Group(k, known.get().type()).named(known.get()));
        }
        Group spelled = bySpelling.get(bare.toLowerCase(Locale.ROOT));
        if (spelled != null) {
            return spelled;
        }
        EntityType type = span.kind() == Span.Kind.HANDLE ? EntityType.HANDLE : EntityType.HASHTAG;
        return groups.computeIfAbsent(gazetteer.key(type, bare), k -> new Group(k, type));
    }

    private static Mention mention(String text, List<Token> tokens, Span span) {
        int start = tokens.get(span.from()).start();
        int end = tokens.get(span.to() - 1).end();
        String type = switch (span.kind()) {
            case HANDLE -> EntityType.HANDLE.name();
            case HASHTAG -> EntityType.HASHTAG.name();
            default -> span.type().name();
        };
        return new Mention(start, end, text.substring(start, end), type);
    }

    private static String surface(String text, List<Token> tokens, Span span) {
        return text.substring(tokens.get(span.from()).start(), tokens.get(span.to() - 1).end());
    }

    /**
     * Which identity each mention's own key stands for. Keys are redirected, never merged in place, so a link
     * found late (an acronym, a surname) moves every mention with that key at once.
     */
    private static final class Identities {

        private final Map<String, Span> firstSpanOf = new LinkedHashMap<>();
        private final Map<String, String> redirects = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, EntityType> types = new HashMap<>();

        void add(Span span, String id) {
            firstSpanOf.putIfAbsent(id, span);
        }

        void redirect(String from, String to) {
            if (from != null && !resolve(from).equals(resolve(to))) {
                redirects.put(resolve(from), resolve(to));
            }
        }

        void name(String id, String name, EntityType type) {
            names.put(id, name);
            types.put(id, type);
        }

        String resolve(String id) {
            String current = id;
            for (String next = redirects.get(current); next != null; next = redirects.get(current)) {
                current = next;
            }
            return current;
        }

        Optional<String> nameOf(String id) {
            return Optional.ofNullable(names.get(id));
        }

        Optional<EntityType> typeOf(String id) {
            return Optional.ofNullable(types.get(id));
        }

        /** "Blinken" joins "Antony Blinken" when exactly one person of the article has that surname (or name). */
        void linkSurnames() {
            var byWord = new HashMap<String, List<String>>();
            firstSpanOf.forEach((id, span) -> {
                if (span.type() == EntityType.PERSON && span.known() == null && wordsOf(id).size() > 1) {
                    List<String> words = wordsOf(id);
                    byWord.computeIfAbsent(words.get(words.size() - 1), w -> new ArrayList<>()).add(id);
                    byWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(id);
                }
            });
            firstSpanOf.forEach((id, span) -> {
                List<String> candidates = byWord.get(wordsOf(id).get(0));
                if (span.type() == EntityType.PERSON && wordsOf(id).size() == 1 && candidates != null
                        && candidates.size() == 1) {
                    redirect(id, candidates.get(0));
                }
            });
        }

        /** "Defense Ministry" joins "Ukrainian Defence Ministry": its words end the longer name's words. */
        void linkShorterOrganisations() {
            // Every proper word-suffix of each unknown organisation's key, to the longest name that ends with it.
            var longestEndingWith = new HashMap<String, String>();
            firstSpanOf.forEach((id, span) -> {
                if (span.type() == EntityType.ORGANIZATION && span.known() == null
                        && span.length() <= Segmenter.MAX_ORGANISATION_WORDS) {
                    for (int dash = id.indexOf('-'); dash >= 0; dash = id.indexOf('-', dash + 1)) {
                        longestEndingWith.merge(id.substring(dash + 1), id,
                                (a, b) -> a.length() >= b.length() ? a : b);
                    }
                }
            });
            firstSpanOf.forEach((id, span) -> {
                String longer = longestEndingWith.get(slugOf(id));
                if (span.type() == EntityType.ORGANIZATION && span.known() == null && longer != null) {
                    redirect(id, longer);
                }
            });
        }

        private static List<String> wordsOf(String id) {
            return List.of(slugOf(id).split("-"));
        }

        private static String slugOf(String id) {
            return id.substring(id.indexOf(':') + 1);
        }
    }

    /** The mentions of one entity while the article is being grouped. */
    private static final class Group {

        private final String key;
        private final EntityType type;
        private final List<Mention> mentions = new ArrayList<>();
        private Known known;

        Group(String key, EntityType type) {
            this.key = key;
            this.type = type;
        }

        Group named(Known entry) {
            this.known = entry;
            return this;
        }

        void add(Mention mention, Span span) {
            mentions.add(mention);
            if (known == null && span.known() != null) {
                known = span.known();
            }
        }

        /** Its mentions as a handle or hashtag would spell them: lower case, letters and digits only. */
        Set<String> spellings() {
            var spellings = new HashSet<String>();
            mentions.forEach(m -> spellings.add(
                    NOT_LETTER_OR_DIGIT.matcher(m.text()).replaceAll("").toLowerCase(Locale.ROOT)));
            return spellings;
        }

        Entity toEntity(Identities identities) {
            mentions.sort(Comparator.comparingInt(Mention::start));
            String name = known != null ? known.name() : identities.nameOf(key).orElseGet(this::longestMention);
            EntityType entityType = known != null ? known.type() : identities.typeOf(key).orElse(type);
            return new Entity(key, name, entityType.name(), mentions.size(), 0, mentions);
        }

        /** The fullest form the article uses: "Antony Blinken" rather than "Blinken". */
        private String longestMention() {
            return mentions.stream()
                    .filter(m -> !m.type().equals(EntityType.HANDLE.name())
                            && !m.type().equals(EntityType.HASHTAG.name()))
                    .max(Comparator.comparingInt((Mention m) -> wordCount(m.text()))
                            .thenComparingInt(m -> -m.start()))
                    .map(Mention::text)
                    .orElse(mentions.get(0).text());
        }

        private static int wordCount(String text) {
            int words = 0;
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                    words++;
                }
            }
            return words;
        }
    }
}
