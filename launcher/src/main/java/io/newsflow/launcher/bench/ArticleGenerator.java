package io.newsflow.launcher.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the bench's news articles in the seed format ({@code " date YYYY-MM-DD "} then the text), composed from
 * {@link NewsVocabulary}: a cast of three people, three organisations and two places per article, paragraphs of
 * template sentences, and dates the tagger resolves against the article's own date ("on Monday", "April 5-7").
 *
 * <p>Article {@code n} depends only on the seed and {@code n} (its own {@link Random}, whose algorithm Java fixes),
 * so a run is repeatable and articles can be made in any order. Each ends with its story number, so no two have the
 * same text and therefore no two share an article id. Sentences are added while they fit in the target size, so an
 * article is a little under the target, never far from it.
 */
public final class ArticleGenerator {

    /** The seed of {@code newsflow bench}: every machine measures the same articles. */
    public static final long DEFAULT_SEED = 2026;
    /** Below this an article is hardly more than its lead sentence. */
    public static final int MIN_TARGET_BYTES = 400;

    /** How many sentences that do not fit are drawn before an article ends: the more, the closer to the target. */
    private static final int TRIES_AT_THE_END = 8;
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private final long seed;
    private final int targetBytes;

    public ArticleGenerator(long seed, int targetBytes) {
        if (targetBytes < MIN_TARGET_BYTES) {
            throw new IllegalArgumentException("target size " + targetBytes + " bytes: expected at least "
                    + MIN_TARGET_BYTES);
        }
        this.seed = seed;
        this.targetBytes = targetBytes;
    }

    /** Article number {@code story}, dated {@code published}. */
    public GeneratedArticle article(int story, LocalDate published) {
        var random = new Random(mix(seed, story));
        var cast = new Cast(random, published);
        var body = new Shuffled(NewsVocabulary.BODY, random);
        String header = " date " + published + " ";
        String footer = "(Reporting by " + cast.reporter + "; story " + story + ")";
        var text = new StringBuilder(cast.fill(NewsVocabulary.LEADS.get(random.nextInt(NewsVocabulary.LEADS.size()))));
        int bytes = utf8Length(header) + utf8Length(text) + 2 + utf8Length(footer);
        int inParagraph = 1;
        int misses = 0;
        while (misses < TRIES_AT_THE_END) {
            boolean newParagraph = inParagraph >= 2 + random.nextInt(3);
            String sentence = cast.fill(body.next());
            String subheading = newParagraph && random.nextInt(6) == 0
                    ? cast.fill(pick(random, NewsVocabulary.SUBHEADINGS)) + "\n\n" : "";
            String piece = (newParagraph ? "\n\n" + subheading : " ") + sentence;
            int pieceBytes = utf8Length(piece);
            if (bytes + pieceBytes > targetBytes) {
                misses++; // a shorter sentence may still fit
                continue;
            }
            text.append(piece);
            bytes += pieceBytes;
            inParagraph = newParagraph ? 1 : inParagraph + 1;
        }
        text.append("\n\n").append(footer);
        return new GeneratedArticle(String.format(Locale.ROOT, "%06d.txt", story), published, text.toString(),
                (header + text).getBytes(StandardCharsets.UTF_8));
    }

    /** SplitMix64's finaliser: neighbouring story numbers get unrelated generators. */
    private static long mix(long seed, int story) {
        long z = seed * 0x9E3779B97F4A7C15L + story;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** {@code count} different entries, so an article's three organisations are three. */
    private static <T> List<T> distinct(Random random, List<T> from, int count) {
        var copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, count));
    }

    /** Body sentences in a random order, each used once before any comes again, so a story does not repeat itself. */
    private static final class Shuffled {

        private final List<String> items;
        private final Random random;
        private final List<String> order = new ArrayList<>();

        Shuffled(List<String> items, Random random) {
            this.items = items;
            this.random = random;
        }

        String next() {
            if (order.isEmpty()) {
                order.addAll(items);
                Collections.shuffle(order, random);
            }
            return order.remove(order.size() - 1);
        }
    }

    private static int utf8Length(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** Who and where one article is about; fills a template's slots consistently across its sentences. */
    private static final class Cast {

        private final Random random;
        private final LocalDate published;
        private final List<String> roles;
        private final List<String> givenNames;
        private final List<String> surnames;
        private final List<String> organisations;
        private final List<List<String>> places;
        private final boolean[] introduced = new boolean[3];
        private final String reporter;

        Cast(Random random, LocalDate published) {
            this.random = random;
            this.published = published;
            roles = distinct(random, NewsVocabulary.ROLES, 3);
            givenNames = distinct(random, NewsVocabulary.GIVEN_NAMES, 4);
            surnames = distinct(random, NewsVocabulary.SURNAMES, 4);
            organisations = distinct(random, NewsVocabulary.ORGANISATIONS, 3);
            places = distinct(random, NewsVocabulary.PLACES, 2);
            reporter = givenNames.get(3) + " " + surnames.get(3);
        }

        /** A person: role and full name where the article first names them, the surname after that. */
        private String person(int index) {
            if (introduced[index]) {
                return surnames.get(index);
            }
            introduced[index] = true;
            return roles.get(index) + " " + givenNames.get(index) + " " + surnames.get(index);
        }

        String fill(String template) {
            Matcher slot = SLOT.matcher(template);
            var filled = new StringBuilder();
            while (slot.find()) {
                slot.appendReplacement(filled, Matcher.quoteReplacement(value(slot.group(1))));
            }
            slot.appendTail(filled);
            // A sentence may open with an organisation ("the G7 said"): capitalise as a writer would.
            return Character.toUpperCase(filled.charAt(0)) + filled.substring(1);
        }

        private String value(String slot) {
            return switch (slot) {
                case "p1", "p2", "p3" -> person(slot.charAt(1) - '1');
                case "O1", "O2", "O3" -> organisations.get(slot.charAt(1) - '1');
                case "CITY" -> places.get(0).get(0).toUpperCase(Locale.ROOT);
                case "city" -> places.get(0).get(0);
                case "country" -> places.get(0).get(1);
                case "city2" -> places.get(1).get(0);
                case "country2" -> places.get(1).get(1);
                case "weekday" -> pick(random, NewsVocabulary.WEEKDAYS);
                case "when" -> pick(random, NewsVocabulary.WHEN);
                case "range" -> range();
                case "date" -> day(published.plusDays(random.nextInt(21) - 10));
                case "topic" -> pick(random, NewsVocabulary.TOPICS);
                case "action" -> pick(random, NewsVocabulary.ACTIONS);
                case "group" -> pick(random, NewsVocabulary.GROUPS);
                case "adjective" -> pick(random, NewsVocabulary.ADJECTIVES);
                case "number" -> Integer.toString(2 + random.nextInt(950));
                case "percent" -> (1 + random.nextInt(19)) + "." + random.nextInt(10) + " percent";
                case "anyorg" -> pick(random, NewsVocabulary.ORGANISATIONS);
                case "anycity" -> NewsVocabulary.PLACES.get(random.nextInt(NewsVocabulary.PLACES.size())).get(0);
                case "anyperson" -> pick(random, NewsVocabulary.ROLES) + " " + pick(random, NewsVocabulary.GIVEN_NAMES)
                        + " " + pick(random, NewsVocabulary.SURNAMES);
                case "money" -> (1 + random.nextInt(9)) + "." + random.nextInt(10) + " billion euros";
                default -> throw new IllegalStateException("no words for the template slot {" + slot + "}");
            };
        }

        /** A span of days within one month, after the article's date where the month leaves room: "April 5-7". */
        private String range() {
            int last = published.lengthOfMonth();
            int start = Math.min(published.getDayOfMonth() + random.nextInt(7), last - 2);
            int end = start + 1 + random.nextInt(2);
            return month(published) + " " + start + "-" + end;
        }

        private static String day(LocalDate date) {
            return month(date) + " " + date.getDayOfMonth();
        }

        private static String month(LocalDate date) {
            return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }
}
