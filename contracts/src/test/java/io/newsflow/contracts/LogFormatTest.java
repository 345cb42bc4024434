package io.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogFormatTest {

    @Test
    void a_value_is_always_quoted_and_its_quotes_and_backslashes_escaped() {
        assertThat(LogFormat.quoted("a.txt")).isEqualTo("\"a.txt\"");
        assertThat(LogFormat.quoted("in box/a \"b\".txt")).isEqualTo("\"in box/a \\\"b\\\".txt\"");
        assertThat(LogFormat.quoted("C:\\inbox")).isEqualTo("\"C:\\\\inbox\"");
        assertThat(LogFormat.quoted(java.nio.file.Path.of("/srv/inbox"))).isEqualTo("\"/srv/inbox\"");
    }
}
