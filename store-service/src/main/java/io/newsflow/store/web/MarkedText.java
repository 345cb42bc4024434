package io.newsflow.store.web;

import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An article's text with what the enricher found in it marked: each entity mention a {@code <mark>} with the class
 * {@code entity} and its entity's type ({@code person}, {@code organization}, ...), each date mention one with the
 * class {@code date}, and a {@code title} that a pointer's hover shows: the entity's canonical name, type and key, or
 * the date's ISO value and kind. Entity mentions link to the entity's page.
 *
 * <p>Offsets are the events' own: UTF-16 indices into the article's {@code text} (never its title), {@code [start,
 * end)}. Marks cannot cross, so where two mentions overlap, one is marked, chosen the same way every time: the one
 * that starts first; at the same start the longer; at the same extent an entity before a date, then the order of
 * the event. A mention whose offsets fall outside the text is not marked either; {@link #unmarked()} counts both.
 */
final class MarkedText {

    /** One stretch to mark, and how. */
    record Span(int start, int end, String cssClass, String title, String link) {
    }

    private static final Comparator<Span> TEXT_ORDER =
            Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed());

    private final String text;
    private final List<Span> marked;
    private final int unmarked;

    private MarkedText(String text, List<Span> marked, int unmarked) {
        this.text = text;
        this.marked = marked;
        this.unmarked = unmarked;
    }

    static MarkedText of(EnrichedArticle article) {
        String text = article.text() == null ? "" : article.text();
        var spans = new ArrayList<Span>();
        for (Entity entity : article.entities()) {
            String title = entity.name() + " (" + entity.type() + ", " + entity.key() + ")";
            for (Mention mention : entity.mentions()) {
                spans.add(new Span(mention.start(), mention.end(), "entity " + cssName(entity.type()), title,
                        Links.entity(entity.key())));
            }
        }
        for (DateMention date : article.dates()) {
            spans.add(new Span(date.start(), date.end(), "date", dateTitle(date), null));
        }
        return of(text, spans);
    }

    /** {@code spans} in the order that breaks ties: the event's order, entities before dates. */
    static MarkedText of(String text, List<Span> spans) {
        var inOrder = new ArrayList<>(spans);
        inOrder.sort(TEXT_ORDER); // stable: the same extent keeps the event's order
        var marked = new ArrayList<Span>();
        int end = 0;
        for (Span span : inOrder) {
            if (span.start() >= end && span.start() < span.end() && span.end() <= text.length()) {
                marked.add(span);
                end = span.end();
            }
        }
        return new MarkedText(text, List.copyOf(marked), spans.size() - marked.size());
    }

    /** The mentions left unmarked: overlapping a marked one, or outside the text. */
    int unmarked() {
        return unmarked;
    }

    List<Span> marked() {
        return marked;
    }

    /** The text, escaped, with its marks; line breaks are kept by the stylesheet ({@code white-space: pre-wrap}). */
    Html html() {
        var html = new Html();
        int at = 0;
        for (Span span : marked) {
            html.text(text.substring(at, span.start()));
            html.open("mark", "class", span.cssClass(), "title", span.title());
            String words = text.substring(span.start(), span.end());
            if (span.link() != null) {
                html.element("a", words, "href", span.link());
            } else {
                html.text(words);
            }
            html.close("mark");
            at = span.end();
        }
        return html.text(text.substring(at));
    }

    /** What a date's mark says on hover: {@code 2022-04-05 (DATE, relative to the published date)}. */
    static String dateTitle(DateMention date) {
        return date.value() + " (" + date.type() + (date.relative() ? ", relative to the published date" : "") + ")";
    }

    /** An entity type as a CSS class: {@code ORGANIZATION} is {@code organization}. */
    static String cssName(String type) {
        String name = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "other" : name;
    }
}
