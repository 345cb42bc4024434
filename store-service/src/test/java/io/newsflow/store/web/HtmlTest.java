package io.newsflow.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void text_and_attribute_values_cannot_open_a_tag_or_end_an_attribute() {
        String hostile = "<script>alert('x')</script> & \"quoted\"";

        String html = new Html().element("a", hostile, "href", "/search?q=" + hostile, "title", hostile).toString();

        assertThat(html).isEqualTo("<a href=\"/search?q=&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"
                + " &quot;quoted&quot;\" title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted"
                + "&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</a>");
    }

    @Test
    void an_attribute_whose_value_is_null_is_left_out() {
        assertThat(new Html().open("input", "name", "q", "value", null).toString()).isEqualTo("<input name=\"q\">");
    }

    @Test
    void a_nul_character_is_shown_as_the_replacement_character() {
        assertThat(Html.escape("a\0b")).isEqualTo("a\uFFFDb");
    }
}
