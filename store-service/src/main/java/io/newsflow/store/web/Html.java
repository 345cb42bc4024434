package io.newsflow.store.web;

/**
 * HTML written by hand, and safely: every text and every attribute value goes through {@link #escape}, so nothing an
 * article, a query or a stored URL holds can open a tag, end an attribute or start a script. Tag and attribute names
 * are always constants of this package, never input, which is why they are not escaped.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /**
     * {@code <tag name="value" ...>}, the attributes given as name, value pairs; a null value leaves its attribute
     * out, so optional attributes need no branch at the call. Also writes void elements ({@code input}, {@code rect}).
     */
    Html open(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes of <" + tag + "> come as name, value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** The text, escaped. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag ...>text</tag>}, the text escaped. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Markup this package built (it escaped what it holds), such as the chart's SVG. */
    Html append(Html markup) {
        out.append(markup.out);
        return this;
    }

    /** Markup fixed in the code: the doctype. Never input. */
    Html literal(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Text safe both between tags and inside a double- or single-quoted attribute value. A NUL, which HTML
     * parsers drop or refuse, becomes U+FFFD as they would show it.
     */
    static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\0' -> escaped.append('\uFFFD');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
