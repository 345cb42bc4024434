package io.newsflow.enrich.tagging.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.DateMention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's table of date forms is what users read first, so each row is tagged here: the tagger must find the
 * values the row promises. A cell may hold several examples separated by " / " or "; ", each with its own value.
 */
class DatesReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern SEPARATOR = Pattern.compile(" / |; ");

    final DateTagger tagger = new DateTagger();

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void the_tagger_finds_the_values_of_each_readme_row(String form, String examples, String articleDate,
                                                       String values) {
        LocalDate date = LocalDate.parse(articleDate.substring(0, 10));
        List<String> texts = Arrays.asList(SEPARATOR.split(examples));
        List<String> expected = Arrays.asList(SEPARATOR.split(values));
        for (int i = 0; i < texts.size(); i++) {
            String value = expected.size() == texts.size() ? expected.get(i) : values;

            List<String> found = tagger.tag(texts.get(i), date).stream().map(DateMention::value).toList();

            if (value.equals("(none)")) {
                assertThat(found).as(texts.get(i)).isEmpty();
            } else {
                assertThat(found).as(texts.get(i)).containsAll(Arrays.asList(value.split(", ")));
            }
        }
    }

    /** The rows of the table under "#### Dates": form, example, article date, value. */
    static Stream<String[]> rows() throws IOException {
        String readme = Files.readString(README);
        String section = readme.substring(readme.indexOf("#### Dates"), readme.indexOf("Notes:", readme.indexOf(
                "#### Dates")));
        List<String[]> rows = section.lines()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| form "))
                .map(line -> Arrays.stream(line.split("\\|")).skip(1).limit(4).map(String::trim)
                        .toArray(String[]::new))
                .toList();
        assertThat(rows).as("rows of the README's date table").hasSizeGreaterThan(40);
        return rows.stream();
    }
}
