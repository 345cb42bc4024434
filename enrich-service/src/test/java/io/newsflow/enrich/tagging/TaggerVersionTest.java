package io.newsflow.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Json;
import io.newsflow.enrich.SeedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lineage names the tagger version that tagged each article, so a tagger's output must not change under an old
 * version. {@code tagger-output.pins} lists, for every version ever released, the SHA-256 of its output on the two
 * seeds; a change of output fails here until the tagger gets a new version and the pins a new line. Old lines stay:
 * a version is pinned once, forever.
 */
class TaggerVersionTest {

    private static final String PINS = "/io/newsflow/enrich/tagging/tagger-output.pins";

    @ParameterizedTest
    @ValueSource(strings = {"builtin", "rules"})
    void the_output_on_the_seeds_is_the_one_pinned_to_the_version(String name) throws IOException {
        Tagger tagger = Taggers.create(name, Optional.empty());

        String digest = digestOfOutput(tagger);

        assertThat(pins()).as("pinned output of %s (this build gives %s): if the output changed on purpose, give"
                + " the tagger a new version and add a line \"<version> <digest>\" to %s", tagger.name(), digest,
                PINS).containsEntry(tagger.name(), digest);
    }

    @Test
    void each_version_is_pinned_once() throws IOException {
        List<String> versions = lines().stream().map(line -> line.split(" ")[0]).toList();

        assertThat(versions).doesNotHaveDuplicates().isNotEmpty();
    }

    private static String digestOfOutput(Tagger tagger) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            for (String file : new String[] {SeedArticle.BLINKEN, SeedArticle.STOLTENBERG}) {
                var seed = SeedArticle.read(file);
                sha.update(Json.write(tagger.tag(seed.text(), seed.publishedDate())));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Map<String, String> pins() throws IOException {
        var pins = new HashMap<String, String>();
        lines().forEach(line -> pins.put(line.split(" ")[0], line.split(" ")[1]));
        return pins;
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = TaggerVersionTest.class.getResourceAsStream(PINS)) {
            assertThat(in).as(PINS).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
