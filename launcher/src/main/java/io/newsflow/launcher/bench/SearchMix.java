package io.newsflow.launcher.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The searches the search phase times, by kind: what people type into a news search, in the forms the API takes
 * (words, {@code "phrases"}, {@code OR}, {@code -exclusion}, and {@code q} beside the other filters). Each kind has a
 * few queries, asked in turn, so a kind's figure is not one query's cache. Every query names something the
 * generated articles hold, from {@link NewsVocabulary}, so each kind answers with hits; how many differs by kind,
 * from most of the store (a common word) to one article (a story number). (On a small store a narrow search may find
 * nothing: a few hundred articles hold few of one entity in a month.)
 */
final class SearchMix {

    /** One search: what {@code q} says, and the other filters when it has them (null when not). */
    record Search(String q, String entity, LocalDate from, LocalDate to) {

        /** The query string of its {@code GET /api/articles}. */
        String queryString() {
            return "q=" + encode(q) + (entity == null ? "" : "&entity=" + encode(entity))
                    + (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to);
        }

        /** As a person reads it: {@code talks [entity=NATO from=2023-01-01 to=2023-03-31]}. */
        @Override
        public String toString() {
            return entity == null ? q : q + " [entity=" + entity + " from=" + from + " to=" + to + "]";
        }
    }

    /** One kind of search and its searches. */
    record Kind(String name, List<Search> searches) {

        Kind {
            searches = List.copyOf(searches);
        }

        /** The {@code n}th request's search, the kind's searches taken in turn. */
        Search search(int n) {
            return searches.get(n % searches.size());
        }
    }

    private SearchMix() {
    }

    /** The kinds, for a store of stories {@code 0} to {@code articles - 1} (see {@link SearchStore}). */
    static List<Kind> kinds(int articles) {
        return List.of(
                // In nearly every article: the most rows to count and rank.
                new Kind("common word", words("said", "minister", "talks", "officials")),
                // A story number, from the article's closing line: the generated texts have no rare word of their
                // own (every name recurs), and this term is in one article, or a few more where the number also
                // counts something.
                new Kind("rare word", rareWords(articles)),
                new Kind("two words", words("Okafor Nairobi", "pension Lisbon", "refugees Tanaka", "tariffs Warsaw")),
                new Kind("phrase", words("\"interest rates\"", "\"energy prices\"", "\"open letter\"",
                        "\"prime minister\"")),
                new Kind("OR", words("Kyiv OR Warsaw", "Meridian OR Bluewater", "vaccine OR fertiliser",
                        "Haddad OR Mensah")),
                new Kind("-exclusion", words("ceasefire -NATO", "refugees -Geneva", "budget -Brussels",
                        "election -OPEC")),
                // The other filters narrow what the words find: an entity named in the article, and a twelfth of
                // the stored dates (a quarter of the three years), at four places across them.
                new Kind("q + entity, from, to", List.of(
                        filtered("talks", "NATO", articles, 1),
                        filtered("\"interest rates\"", "World Bank", articles, 3),
                        filtered("farmers OR exporters", "Kenya", articles, 5),
                        filtered("budget -Brussels", "European Union", articles, 7))));
    }

    /** A search within the {@code eighth}/8 of the stored dates and a twelfth of them long. */
    private static Search filtered(String q, String entity, int articles, int eighth) {
        int days = Math.min(articles, SearchStore.DAYS);
        LocalDate from = SearchStore.FIRST_DAY.plusDays((long) days * eighth / 8 - days / 24);
        return new Search(q, entity, from, from.plusDays(Math.max(0, days / 12 - 1)));
    }

    /** Story numbers spread over the store, from the middle of its first tenth to the middle of its last. */
    private static List<Search> rareWords(int articles) {
        var searches = new ArrayList<Search>();
        for (int i = 0; i < 10 && i < articles; i++) {
            searches.add(new Search(Integer.toString((int) ((i + 0.5) * articles / 10)), null, null, null));
        }
        return searches;
    }

    private static List<Search> words(String... qs) {
        return Arrays.stream(qs).map(q -> new Search(q, null, null, null)).toList();
    }

    /** Percent-encoded, a space as {@code %20}, as a browser's address bar sends it. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
