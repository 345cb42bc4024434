package io.newsflow.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleListTest {

    @Test
    void a_snippet_keeps_its_marks_and_escapes_everything_else() {
        String snippet = "…the <b>\"war\"</b> & <mark>civilians</mark> in <mark>Bucha</mark>…";

        assertThat(ArticleList.snippet(snippet).toString()).isEqualTo("…the &lt;b&gt;&quot;war&quot;&lt;/b&gt; &amp;"
                + " <mark>civilians</mark> in <mark>Bucha</mark>…");
    }

    @Test
    void marks_that_do_not_pair_up_are_text_and_one_left_open_is_closed() {
        assertThat(ArticleList.snippet("a </mark> b <mark>c <mark> d").toString())
                .isEqualTo("a &lt;/mark&gt; b <mark>c &lt;mark&gt; d</mark>");
    }
}
