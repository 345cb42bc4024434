package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void utf8_is_read_as_it_is_without_warnings() throws Exception {
        var decoded = decoder.decode("Café in Kyiv".getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo("Café in Kyiv");
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void a_utf8_byte_order_mark_is_dropped() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Café".getBytes(StandardCharsets.UTF_8));
        var decoded = decoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo("Café");
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void utf16_little_endian_with_its_byte_order_mark_is_read() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Café\r\nKyiv".getBytes(StandardCharsets.UTF_16LE));
        var decoded = decoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo("Café\r\nKyiv");
        assertThat(decoded.encoding()).isEqualTo("UTF-16LE");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void utf16_big_endian_with_its_byte_order_mark_is_read() throws Exception {
        // Java's UTF-16 encoder writes the big-endian mark itself
        var decoded = decoder.decode("Café".getBytes(StandardCharsets.UTF_16));
        assertThat(decoded.text()).isEqualTo("Café");
        assertThat(decoded.encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void text_that_is_not_utf8_is_read_as_windows_1252_and_flagged() throws Exception {
        byte[] bytes = "“Café” – 5 €".getBytes(Charset.forName("windows-1252"));
        var decoded = decoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo("“Café” – 5 €");
        assertThat(decoded.encoding()).isEqualTo("windows-1252");
        assertThat(decoded.warnings()).containsExactly("the file is not valid UTF-8: decoded as Windows-1252");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> decoder.decode(new byte[0]))
                .isInstanceOf(UnparseableFileException.class)
                .hasMessage("the file is empty")
                .extracting(e -> ((UnparseableFileException) e).reason()).isEqualTo("empty");
    }

    @Test
    void bytes_with_nul_characters_are_binary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> decoder.decode(png))
                .hasMessage("the file holds binary data, not text")
                .extracting(e -> ((UnparseableFileException) e).reason()).isEqualTo("binary");
    }

    @Test
    void text_of_mostly_control_characters_is_binary() {
        byte[] bytes = {'a', 1, 2, 3, 'b', 4, 5, 6, 7, 8};
        assertThatThrownBy(() -> decoder.decode(bytes)).hasMessage("the file holds binary data, not text");
    }

    @Test
    void a_utf16_byte_order_mark_before_bytes_that_are_not_utf16_is_refused() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xDC}; // a lone low surrogate
        assertThatThrownBy(() -> decoder.decode(bytes))
                .hasMessage("the file starts with a UTF-16LE byte order mark but is not valid UTF-16LE text")
                .extracting(e -> ((UnparseableFileException) e).reason()).isEqualTo("undecodable");
    }
}
