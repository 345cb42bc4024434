package io.newsflow.enrich.tagging.entities;

import io.newsflow.contracts.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what an unknown capitalised name is from its context: a title or a first name before it means a person,
 * "said" after it a person, "city of" or "in" before it a place, a score after it in a results line a team, the
 * dateline a place and the byline a person. Then what one mention proved is spread to the
 * others: "Bucha" is a place everywhere once "the city of Bucha" said so, and a name listed with places
 * ("Bucha, Irpin and other towns") is a place too. The cue words here are English grammar, not knowledge, so they
 * stay in code; names belong in the gazetteers.
 */
final class NameRules {

    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "say", "stated", "states", "added",
            "adds", "told", "tells", "asserted", "noted", "announced", "mentioned", "warned", "argued", "wrote",
            "tweeted", "explained", "insisted", "claimed", "declared", "urged", "replied", "confirmed", "denied",
            "acknowledged", "stressed", "emphasised", "emphasized", "admitted", "recalled", "continued");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "region", "province",
            "district", "oblast", "county", "suburb", "capital", "port", "outskirts", "area");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "around", "across",
            "into", "towards", "toward");
    private static final Set<String> LIST_WORDS = Set.of("and", "or", ",");
    /** Nouns that introduce an organisation's name: "tyre giant Pirelli", "news agency Tanjug", "rivals Ajax". */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("giant", "giants", "rival", "rivals", "firm",
            "group", "unit", "subsidiary", "company", "carrier", "airline", "bank", "insurer", "maker", "operator",
            "retailer", "brokerage", "daily", "newspaper", "weekly", "agency", "club", "side", "conglomerate",
            "manufacturer", "producer", "broadcaster", "champions", "holders", "leaders");
    /** The same nouns after the name: "the Tanjug news agency", "the Pellorin group". */
    private static final Set<String> ORGANISATION_NOUNS_AFTER = Set.of("news", "agency", "newspaper", "daily",
            "group", "company", "firm", "bank", "airline", "carrier", "conglomerate", "broadcaster", "subsidiary");
    /** Typical endings of Slavic surnames, a strong enough cue for a lone capitalised word. */
    private static final Pattern SURNAME_ENDING =
            Pattern.compile(".{2,}(?:enko|chuk|yy|sky|skiy|ski|vich|wicz|ova|eva|[^aeiou][oe]v)");

    private final Gazetteer gazetteer;

    NameRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The spans with every name the rules can place given a type; unplaced names keep a null type. */
    List<Span> classify(List<Token> tokens, List<Span> spans, Layout layout) {
        Set<String> lowerCaseWords = openersAlsoInLowerCase(tokens, spans);
        var result = new ArrayList<Span>(spans.size());
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            if (span.kind() == Span.Kind.NAME && !span.isEntity()) {
                result.add(isCommonWord(tokens, span, lowerCaseWords)
                        ? null : span.typed(fromContext(tokens, spans, s, layout)));
            } else if (span.type() == EntityType.LOCATION && (span.known() == null || !gazetteer.isCountry(span.known()))
                    && isTableEntry(tokens, span, layout)) {
                // "BOSTON 69 66 .511": in a results table a city or a state is its team.
                result.add(new Span(span.from(), span.to(), Span.Kind.NAME, EntityType.ORGANIZATION, null));
            } else {
                result.add(span);
            }
        }
        result.removeIf(Objects::isNull);
        // Twice: a name placed by a list on the first pass can place another one on the second.
        propagate(tokens, result);
        propagate(tokens, result);
        for (int s = 0; s < result.size(); s++) {
            Span span = result.get(s);
            if (span.kind() == Span.Kind.NAME && !span.isEntity()) {
                result.set(s, span.typed(byDefault(span)));
            }
        }
        return result;
    }

    private EntityType fromContext(List<Token> tokens, List<Span> spans, int s, Layout layout) {
        Span span = spans.get(s);
        Token first = tokens.get(span.from());
        Token last = tokens.get(span.to() - 1);
        Token before = span.from() > 0 ? tokens.get(span.from() - 1) : null;
        Token after = span.to() < tokens.size() ? tokens.get(span.to()) : null;
        if (layout.isByline(first.line())) {
            return EntityType.PERSON;
        }
        if (layout.isDateline(first.line())) {
            return EntityType.LOCATION;
        }
        if (followsTitle(tokens, spans, s) || first.isInitial()) {
            return EntityType.PERSON;
        }
        if (gazetteer.isFirstName(first.text()) && span.length() > 1) {
            return EntityType.PERSON;
        }
        if (isTableEntry(tokens, span, layout) || isFixture(before) || isFixture(after)) {
            return EntityType.ORGANIZATION;
        }
        if (span.length() == 1 && isPluralTeam(first, before, after)) {
            return EntityType.ORGANIZATION;
        }
        if (before != null && ORGANISATION_NOUNS.contains(before.text()) && !first.sentenceStart()) {
            return EntityType.ORGANIZATION;
        }
        if (after != null && ORGANISATION_NOUNS_AFTER.contains(after.text())) {
            return EntityType.ORGANIZATION;
        }
        if (gazetteer.isFirstName(first.text()) && !first.sentenceStart()) {
            return EntityType.PERSON;
        }
        if (after != null && span.length() <= 3 && REPORTING_VERBS.contains(after.text())) {
            return EntityType.PERSON;
        }
        if (span.length() == 1 && SURNAME_ENDING.matcher(first.text()).matches()) {
            return EntityType.PERSON;
        }
        if (span.length() > 1 && gazetteer.typeOfLastWord(last.text()).isPresent()) {
            return gazetteer.typeOfLastWord(last.text()).get();
        }
        if (after != null && PLACE_NOUNS.contains(after.text())
                || span.from() >= 2 && before.is("of") && PLACE_NOUNS.contains(lower(tokens.get(span.from() - 2)))
                || before != null && PLACE_PREPOSITIONS.contains(before.text()) && !first.sentenceStart()) {
            return EntityType.LOCATION;
        }
        if (span.length() == 1 && first.isAllCaps()) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    /**
     * "Traders said ...": a capitalised word that opens a sentence and that the same article also writes in lower
     * case is a common word, whatever cue follows it.
     */
    private static boolean isCommonWord(List<Token> tokens, Span span, Set<String> lowerCaseWords) {
        Token first = tokens.get(span.from());
        return span.length() == 1 && first.sentenceStart()
                && lowerCaseWords.contains(first.lower());
    }

    /**
     * Of the words that open a sentence as a one-word unknown name, those the article also writes in lower case.
     * Looking only for these few, instead of collecting every lower-case word, measured a tenth of the entity
     * tagger's time less.
     */
    private static Set<String> openersAlsoInLowerCase(List<Token> tokens, List<Span> spans) {
        var openers = new HashSet<String>();
        for (Span span : spans) {
            Token first = tokens.get(span.from());
            if (span.kind() == Span.Kind.NAME && !span.isEntity() && span.length() == 1 && first.sentenceStart()) {
                openers.add(first.lower());
            }
        }
        var found = new HashSet<String>();
        for (int i = 0; i < tokens.size() && !openers.isEmpty(); i++) {
            String text = tokens.get(i).text();
            if (Character.isLowerCase(text.charAt(0)) && openers.remove(text)) {
                found.add(text);
            }
        }
        return found;
    }

    /**
     * A name followed by a score in a results line: "Leicestershire 22 points , Somerset 4", "Stoke 4 3 1 0 7 4 10",
     * "Greenock Morton 1 Falkirk 0". It starts its line or follows another score or a comma.
     */
    private static boolean isTableEntry(List<Token> tokens, Span span, Layout layout) {
        if (span.to() >= tokens.size() || !tokens.get(span.to()).isInteger()
                || tokens.get(span.to()).line() != tokens.get(span.from()).line()
                || layout.isDateline(tokens.get(span.from()).line())) {
            return false;
        }
        if (span.from() == 0 || tokens.get(span.from() - 1).line() != tokens.get(span.from()).line()) {
            return true;
        }
        Token before = tokens.get(span.from() - 1);
        return before.isInteger() || before.text().equals(",");
    }

    /** "the Mets", "the Springboks ' second try": a capitalised plural after "the" or with a plural possessive. */
    private static boolean isPluralTeam(Token word, Token before, Token after) {
        String text = word.text();
        return text.length() > 3 && text.endsWith("s") && !word.isAllCaps() && !word.sentenceStart()
                && (before != null && before.text().equals("the") || after != null && after.text().equals("'"));
    }

    /** "East Fife v Clydebank": the two sides of a match. */
    private static boolean isFixture(Token token) {
        return token != null && (token.text().equals("v") || token.text().equals("vs"));
    }

    /**
     * What is left after every cue: two or more capitalised words with no organisation or place word are most often
     * a person's name ("Phil Simmons"); a lone capitalised word without a cue is as likely a common word in an odd
     * place as any kind of name, so it is left out.
     */
    private static EntityType byDefault(Span span) {
        return span.length() > 1 ? EntityType.PERSON : null;
    }

    /** "President Putin", "Secretary of State, Antony Blinken", "Mr. Smith". */
    private static boolean followsTitle(List<Token> tokens, List<Span> spans, int s) {
        if (s == 0 || spans.get(s - 1).kind() != Span.Kind.TITLE) {
            return false;
        }
        int gap = spans.get(s).from() - spans.get(s - 1).to();
        if (gap == 0) {
            return true;
        }
        String between = tokens.get(spans.get(s - 1).to()).text();
        return gap == 1 && (between.equals(",") || between.equals("."));
    }

    private void propagate(List<Token> tokens, List<Span> spans) {
        var typeOfSurface = new HashMap<String, EntityType>();
        var personWords = new HashMap<String, EntityType>();
        for (Span span : spans) {
            if (span.kind() == Span.Kind.NAME && span.isEntity()) {
                typeOfSurface.putIfAbsent(surface(tokens, span), span.type());
                if (span.type() == EntityType.PERSON && span.length() > 1) {
                    personWords.put(tokens.get(span.to() - 1).text(), EntityType.PERSON);
                    personWords.put(tokens.get(span.from()).text(), EntityType.PERSON);
                }
            }
        }
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            if (span.kind() != Span.Kind.NAME || span.isEntity()) {
                continue;
            }
            EntityType type = typeOfSurface.get(surface(tokens, span));
            if (type == null && span.length() == 1) {
                type = personWords.get(tokens.get(span.from()).text());
            }
            if (type == null) {
                type = fromList(tokens, spans, s);
            }
            if (type != null) {
                spans.set(s, span.typed(type));
            }
        }
    }

    /** The type of a place or organisation listed next to this name: "Bucha, Irpin and other towns". */
    private static EntityType fromList(List<Token> tokens, List<Span> spans, int s) {
        Span span = spans.get(s);
        if (s > 0 && isListedWith(spans.get(s - 1), span, tokens)) {
            return spans.get(s - 1).type();
        }
        if (s + 1 < spans.size() && isListedWith(span, spans.get(s + 1), tokens)) {
            return spans.get(s + 1).type();
        }
        return null;
    }

    /**
     * Whether two neighbouring spans, one of them a place or organisation, are items of one list: joined by "and"
     * or "or", or by a comma when another list word follows ("X, Y and"), which tells a list from "In X, Y said".
     */
    private static boolean isListedWith(Span left, Span right, List<Token> tokens) {
        Span known = left.isEntity() ? left : right;
        if (known.type() != EntityType.LOCATION && known.type() != EntityType.ORGANIZATION
                || right.from() - left.to() != 1) {
            return false;
        }
        String separator = tokens.get(left.to()).text();
        return LIST_WORDS.contains(separator) && (!separator.equals(",")
                || right.to() < tokens.size() && LIST_WORDS.contains(tokens.get(right.to()).text()));
    }

    private static String surface(List<Token> tokens, Span span) {
        var out = new StringBuilder();
        for (int i = span.from(); i < span.to(); i++) {
            out.append(i > span.from() ? " " : "").append(tokens.get(i).text());
        }
        return out.toString();
    }

    private static String lower(Token token) {
        return token.lower();
    }
}
