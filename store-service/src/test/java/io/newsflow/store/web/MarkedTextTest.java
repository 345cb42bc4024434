package io.newsflow.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.DateMention;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Entity;
import io.newsflow.contracts.Mention;
import io.newsflow.store.TestArticles;
import io.newsflow.store.web.MarkedText.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedTextTest {

    @Test
    void each_mention_is_marked_at_its_offsets_into_the_text_with_its_type_and_what_hover_shows() {
        EnrichedArticle nato = TestArticles.natoMeeting();

        String html = MarkedText.of(nato).html().toString();

        assertThat(html).startsWith("<mark class=\"entity person\" title=\"Antony Blinken (PERSON,"
                + " person:antony-blinken)\"><a href=\"/entities/person:antony-blinken\">Antony Blinken</a></mark>"
                + " met ");
        assertThat(html).contains("<mark class=\"entity organization\" title=\"NATO (ORGANIZATION,"
                + " organization:nato)\"><a href=\"/entities/organization:nato\">NATO</a></mark> headquarters");
        assertThat(html).contains(" on <mark class=\"date\" title=\"2022-04-05/2022-04-07 (DATE)\">April 5-7</mark>.");
        assertThat(html).contains(". <mark class=\"entity person\" title=\"Antony Blinken (PERSON,"
                + " person:antony-blinken)\"><a href=\"/entities/person:antony-blinken\">Blinken</a></mark> said");
        assertThat(html.replaceAll("<[^>]+>", "")).as("the text, every character once").isEqualTo(nato.text());
    }

    @Test
    void the_text_is_escaped_around_and_inside_the_marks() {
        String text = "<b>Acme & Co</b> said \"no\" on Monday.";
        EnrichedArticle article = TestArticles.article("t", LocalDate.of(2022, 4, 5), text,
                List.of(TestArticles.entity(text, "ORGANIZATION", "Acme & Co", 1.0, "Acme & Co")),
                List.of(TestArticles.date(text, "Monday", "2022-04-04", true)));

        String html = MarkedText.of(article).html().toString();

        assertThat(html).isEqualTo("&lt;b&gt;<mark class=\"entity organization\" title=\"Acme &amp; Co (ORGANIZATION,"
                + " organization:acme-&amp;-co)\"><a href=\"/entities/organization:acme-%26-co\">Acme &amp; Co</a>"
                + "</mark>"
                + "&lt;/b&gt; said &quot;no&quot; on <mark class=\"date\" title=\"2022-04-04 (DATE, relative to the"
                + " published date)\">Monday</mark>.");
    }

    @Test
    void of_overlapping_mentions_the_first_then_the_longest_then_the_entity_is_marked_and_the_others_counted() {
        String text = "North Atlantic Treaty Organisation met on April 5.";
        Span alliance = span(0, 34, "entity organization");
        Span atlantic = span(6, 14, "entity location");   // inside the longer one
        Span treaty = span(30, 40, "entity misc");        // crosses its end
        Span date = span(41, 50, "date");
        Span sameExtent = span(41, 50, "entity misc");    // same place as the date: the entity, listed first, wins

        MarkedText marked = MarkedText.of(text, List.of(atlantic, alliance, treaty, sameExtent, date));

        assertThat(marked.marked()).containsExactly(alliance, sameExtent);
        assertThat(marked.unmarked()).isEqualTo(3);
        assertThat(MarkedText.of(text, List.of(date, sameExtent, treaty, alliance, atlantic)).marked())
                .as("the order given decides only between mentions of the same extent")
                .containsExactly(alliance, date);
    }

    @Test
    void a_mention_outside_the_text_or_empty_is_not_marked() {
        String text = "Kyiv reopens.";
        MarkedText marked = MarkedText.of(text, List.of(span(0, 4, "entity location"), span(9, 40, "date"),
                span(-1, 2, "date"), span(5, 5, "date")));

        assertThat(marked.marked()).extracting(Span::start).containsExactly(0);
        assertThat(marked.unmarked()).isEqualTo(3);
        assertThat(marked.html().toString().replaceAll("<[^>]+>", "")).isEqualTo(text);
    }

    @Test
    void offsets_point_into_the_text_even_when_the_title_is_another_string() {
        String text = "Blinken landed.";
        var entity = new Entity("person:antony-blinken", "Antony Blinken", "PERSON", 1, 1.0,
                List.of(new Mention(0, 7, "Blinken", "PERSON")));
        EnrichedArticle article = TestArticles.article("A title that is longer than its text", LocalDate.of(2022, 4, 5),
                text, List.of(entity), List.<DateMention>of());

        assertThat(MarkedText.of(article).html().toString()).contains(">Blinken</a></mark> landed.");
    }

    @Test
    void an_entity_type_becomes_a_css_class() {
        assertThat(MarkedText.cssName("ORGANIZATION")).isEqualTo("organization");
        assertThat(MarkedText.cssName("WORK_OF ART")).isEqualTo("work-of-art");
        assertThat(MarkedText.cssName("\"><")).isEqualTo("other");
    }

    private static Span span(int start, int end, String cssClass) {
        return new Span(start, end, cssClass, cssClass + " " + start, null);
    }
}
