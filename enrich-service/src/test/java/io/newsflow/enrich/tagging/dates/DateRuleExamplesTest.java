package io.newsflow.enrich.tagging.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.contracts.DateMention;
import io.newsflow.enrich.tagging.dates.DateRule.Example;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of every date rule, run through the whole tagger: the rule must match the example's mention where
 * it stands, and the tagger must report that mention with the example's value (after overlaps are settled and the
 * quarter under discussion is resolved). A new rule brings its examples and is tested here.
 */
class DateRuleExamplesTest {

    final DateTagger tagger = new DateTagger();

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void the_tagger_finds_each_rule_example_with_its_value(String rule, Example example) {
        LocalDate articleDate = LocalDate.parse(example.articleDate());

        var mentions = tagger.tag(example.text(), articleDate);

        assertThat(mentions).extracting(DateMention::text, DateMention::value)
                .contains(tuple(example.mention(), example.value()));
        assertThat(matchesAt(ruleNamed(rule), example)).as("rule '%s' matches '%s' where it stands", rule,
                example.mention()).isTrue();
    }

    static Stream<Arguments> examples() {
        return DateRules.ALL.stream()
                .flatMap(rule -> rule.examples().stream().map(example -> Arguments.of(rule.name(), example)));
    }

    private static DateRule ruleNamed(String name) {
        return DateRules.ALL.stream().filter(rule -> rule.name().equals(name)).findFirst().orElseThrow();
    }

    /** Whether the rule's pattern matches exactly the mention at its first place in the text. */
    private static boolean matchesAt(DateRule rule, Example example) {
        int start = example.text().indexOf(example.mention());
        var matcher = rule.pattern().matcher(example.text()).useTransparentBounds(true).useAnchoringBounds(false)
                .region(start, example.text().length());
        return start >= 0 && matcher.lookingAt() && matcher.end() == start + example.mention().length();
    }
}
