package io.newsflow.enrich.corenlp;

import io.newsflow.contracts.EntityType;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Entity keys in the form the built-in tagger writes, {@code <lowercase type>:<slug>} ({@code person:antony-blinken},
 * {@code organization:nato}), so the store finds "every article about NATO" whichever tagger tagged them.
 */
final class EntityKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private EntityKeys() {
    }

    static String of(EntityType type, String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String words = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        String slug = NOT_SLUG.matcher(words).replaceAll("-").replaceAll("^-|-$", "");
        return type.name().toLowerCase(Locale.ROOT) + ":" + slug;
    }
}
