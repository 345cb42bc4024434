package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.EntityType;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts the token stream into {@link Span}s: gazetteer names and titles (longest match), runs of capitalised words
 * ending in an organisation word ("Ukrainian Defence Ministry"), and the remaining runs of capitalised words as
 * unclassified names for {@link NameRules}. Sentence-initial function words, months and weekdays never start a name.
 */
final class Segmenter {

    private static final Set<String> CALENDAR_WORDS = calendarWords();
    /** Lower-case particles inside personal names: "Ursula von der Leyen", "Mohammed bin Salman". */
    private static final Set<String> NAME_PARTICLES =
            Set.of("de", "da", "di", "del", "der", "van", "von", "bin", "al", "la", "le");

    /** Longer runs of capitalised words are title-case headlines, not organisation names. */
    static final int MAX_ORGANISATION_WORDS = 8;

    private final Gazetteer gazetteer;

    Segmenter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Span> segment(List<Token> tokens, Layout layout) {
        int[] runEnds = runEnds(tokens);
        var spans = new ArrayList<Span>();
        int pending = -1;
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (layout.isHeadline(token.line())) {
                // Only what the gazetteer knows; HeadlineRules matches the rest against the story below.
                closePending(spans, pending, i);
                pending = -1;
                Optional<Span> known = token.isWord() ? inHeadline(tokens, i) : Optional.empty();
                known.ifPresent(spans::add);
                i = known.map(Span::to).orElse(i + 1);
                continue;
            }
            boolean nameWord = isNameWord(token);
            if (pending >= 0 && (!nameWord || token.sentenceStart())) {
                if (!isParticleInName(tokens, i)) {
                    spans.add(Span.of(pending, i, Span.Kind.NAME));
                    pending = -1;
                } else {
                    i++;
                    continue;
                }
            }
            if (token.isHandle() || token.isHashtag()) {
                spans.add(Span.of(i, i + 1, token.isHandle() ? Span.Kind.HANDLE : Span.Kind.HASHTAG));
                i++;
                continue;
            }
            if (!token.isWord()) {
                i++;
                continue;
            }
            Optional<GazetteerMatch> match = layout.isCaps(token.line())
                    ? gazetteer.matchInCapitals(tokens, i) : gazetteer.match(tokens, i);
            int at = i;
            Optional<Span> typed = withOfPhrase(tokens, at, runEnds, match, layout)
                    .or(() -> typedByLastWord(tokens, at, runEnds, match));
            if (match.isPresent() && typed.isEmpty()) {
                typed = organisationNamedAfterPlace(tokens, at, match.get(), pending, runEnds, layout);
            }
            if (typed.isPresent()) {
                if (typed.get().from() == at) {
                    closePending(spans, pending, at); // else the organisation's name took it in ("Real Madrid")
                }
                spans.add(typed.get());
                pending = -1;
                i = typed.get().to();
                continue;
            }
            if (match.isPresent() && !startsPersonalName(tokens, i, match.get())) {
                closePending(spans, pending, i);
                pending = -1;
                GazetteerMatch m = match.get();
                spans.add(m.isTitle()
                        ? Span.of(i, i + m.length(), m.plural() ? Span.Kind.PLURAL_TITLE : Span.Kind.TITLE)
                        : Span.known(i, i + m.length(), m.known()));
                i += m.length();
                continue;
            }
            if (nameWord && pending < 0) {
                pending = i;
            }
            i++;
        }
        closePending(spans, pending, tokens.size());
        return spans;
    }

    /**
     * A gazetteer name in a headline, whatever its case; a known place and one word that types a name after it are
     * one name: "HONG KONG OPEN", "JAKARTA POST".
     */
    private Optional<Span> inHeadline(List<Token> tokens, int i) {
        Optional<GazetteerMatch> known = gazetteer.matchInCapitals(tokens, i);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        int next = i + known.get().length();
        if (known.get().known().type() == EntityType.LOCATION && next < tokens.size()
                && tokens.get(next).line() == tokens.get(i).line() && tokens.get(next).isWord()) {
            String word = tokens.get(next).text();
            Optional<EntityType> type = gazetteer.typeOfLastWord(
                    word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
            if (type.isPresent()) {
                return Optional.of(new Span(i, next + 1, Span.Kind.NAME, type.get(), null));
            }
        }
        return Optional.of(Span.known(i, next, known.get().known()));
    }

    /**
     * A run of name words ending in a word that types it, with its "of" phrase: "Bank of Canada", "University of
     * Michigan", "Ministry of Foreign Affairs", "Republic of Ireland". A longer gazetteer name starting here wins.
     */
    private Optional<Span> withOfPhrase(List<Token> tokens, int i, int[] runEnds, Optional<GazetteerMatch> match,
                                        Layout layout) {
        int run = runEnds[i];
        int end = ofNameEnd(tokens, run, runEnds);
        if (run == i || end <= run || end - i > MAX_ORGANISATION_WORDS || layout.isCaps(tokens.get(i).line())
                || match.map(m -> m.length() > run - i).orElse(false)) {
            return Optional.empty();
        }
        return gazetteer.typeOfLastWord(tokens.get(run - 1).text())
                .map(type -> new Span(i, end, Span.Kind.NAME, type, null));
    }

    /** A run of name words typed by its last word, unless a gazetteer name covers exactly that run. */
    private Optional<Span> typedByLastWord(List<Token> tokens, int i, int[] runEnds, Optional<GazetteerMatch> match) {
        int runLength = runEnds[i] - i;
        if (runLength < 1 || runLength > MAX_ORGANISATION_WORDS
                || match.map(m -> m.length() == runLength).orElse(false)) {
            return Optional.empty();
        }
        return typeOfRun(tokens.get(i + runLength - 1), runLength)
                .map(type -> new Span(i, i + runLength, Span.Kind.NAME, type, null));
    }

    /**
     * Where "of", an optional "the" and a run of name words after {@code run} end, or -1 when the text after the run
     * is not that: the second half of "Bank of Canada" or "Tour of the Netherlands".
     */
    private static int ofNameEnd(List<Token> tokens, int run, int[] runEnds) {
        int name = run + 1;
        if (name >= tokens.size() || !tokens.get(run).text().equals("of")) {
            return -1;
        }
        if (tokens.get(name).text().equals("the") && name + 1 < tokens.size()) {
            name++;
        }
        return runEnds[name] > name && !tokens.get(name).sentenceStart() ? runEnds[name] : -1;
    }

    /**
     * "Real Madrid", "Jerusalem Post", "China Daily": a known place inside a run of capitalised words the gazetteers
     * do not know names an organisation after the place (a team, a newspaper, a company), not the place itself.
     */
    private Optional<Span> organisationNamedAfterPlace(List<Token> tokens, int i, GazetteerMatch match, int pending,
                                                       int[] runEnds, Layout layout) {
        if (match.isTitle() || match.known().type() != EntityType.LOCATION || layout.isCaps(tokens.get(i).line())) {
            return Optional.empty();
        }
        int placeEnd = i + match.length();
        int from = pending >= 0 && !tokens.get(pending).sentenceStart() ? pending : i;
        int to = placeEnd < tokens.size() && runEnds[i] > placeEnd && !tokens.get(placeEnd).sentenceStart()
                && gazetteer.match(tokens, placeEnd).isEmpty() ? runEnds[placeEnd] : placeEnd;
        if ((from == i && to == placeEnd) || to - from > MAX_ORGANISATION_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Span(from, to, Span.Kind.NAME, EntityType.ORGANIZATION, null));
    }

    /**
     * The type a run of capitalised words has by its last word: "Ukrainian Defence Ministry", "Hong Kong Open",
     * "Tiananmen Square"; and "Moscow-backed" or "New York-based", which qualify something by a place, are MISC.
     */
    private Optional<EntityType> typeOfRun(Token last, int runLength) {
        if (isQualifier(last)) {
            return Optional.of(EntityType.MISC);
        }
        return runLength >= 2 ? gazetteer.typeOfLastWord(last.text()) : Optional.empty();
    }

    /** "Moscow-backed", "Brazilian-born": a name made an adjective by a lower-case word after a dash. */
    private static boolean isQualifier(Token word) {
        String text = word.text();
        int dash = text.lastIndexOf('-');
        return dash > 0 && dash + 1 < text.length() && Character.isLowerCase(text.charAt(dash + 1));
    }

    private static void closePending(List<Span> spans, int pending, int end) {
        if (pending >= 0) {
            spans.add(Span.of(pending, end, Span.Kind.NAME));
        }
    }

    /** A capitalised word that may be (part of) a name. */
    private boolean isNameWord(Token token) {
        return token.isWord() && token.isCapitalized() && !gazetteer.isStopword(token)
                && !CALENDAR_WORDS.contains(token.text());
    }

    /**
     * For each token, the end of the run of name words (within one sentence) that starts there, or the token's own
     * index when it is no name word. Computed backwards in one pass: scanning forward from every word made a long
     * run of capitalised words quadratic.
     */
    private int[] runEnds(List<Token> tokens) {
        int[] ends = new int[tokens.size() + 1];
        ends[tokens.size()] = tokens.size();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            // A qualifier ends its run: "Brazilian-born" and "Luis Oliveira" are two names.
            boolean continues = i + 1 < tokens.size() && ends[i + 1] > i + 1 && !tokens.get(i + 1).sentenceStart()
                    && !isQualifier(tokens.get(i));
            ends[i] = !isNameWord(tokens.get(i)) ? i : continues ? ends[i + 1] : i + 1;
        }
        return ends;
    }

    private boolean isParticleInName(List<Token> tokens, int i) {
        return NAME_PARTICLES.contains(tokens.get(i).text()) && i + 1 < tokens.size()
                && isNameWord(tokens.get(i + 1)) && gazetteer.match(tokens, i + 1).isEmpty();
    }

    /** "Georgia Meloni": a one-word place that is also a first name, followed by an unknown capitalised word. */
    private boolean startsPersonalName(List<Token> tokens, int i, GazetteerMatch match) {
        return match.length() == 1 && !match.isTitle() && gazetteer.isFirstName(tokens.get(i).text())
                && i + 1 < tokens.size() && isNameWord(tokens.get(i + 1)) && !tokens.get(i + 1).sentenceStart()
                && gazetteer.match(tokens, i + 1).isEmpty();
    }

    private static Set<String> calendarWords() {
        var words = new HashSet<String>();
        for (Month month : Month.values()) {
            words.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            words.add(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            words.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            words.add(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        words.add("Sept");
        // Headlines and table headers spell them in capitals: "SATURDAY , AUGUST 31 SCHEDULE".
        Set.copyOf(words).forEach(word -> words.add(word.toUpperCase(Locale.ENGLISH)));
        return Set.copyOf(words);
    }
}
