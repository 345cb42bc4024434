package io.newsflow.store.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchQueryTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            nato                          | "nato"                                  | nato
            NATO summit                   | "nato" AND "summit"                     | nato summit
            "war crimes" Bucha            | "war crimes" AND "bucha"                | "war crimes" bucha
            bucha OR irpin                | ("bucha" OR "irpin")                    | bucha or irpin
            nato bucha OR irpin OR kyiv   | "nato" AND ("bucha" OR "irpin" OR "kyiv") | nato bucha or irpin or kyiv
            nato -russia                  | ("nato") NOT "russia"                   | nato -russia
            nato -"war crimes" -moscow    | ("nato") NOT "war crimes" NOT "moscow"  | nato -"war crimes" -moscow
            U.S. Bosnia-Herzegovina       | "u s" AND "bosnia herzegovina"          | "u s" "bosnia herzegovina"
            nato* (summit) AND:           | "nato" AND "summit" AND "and"           | nato summit and
            nato or irpin                 | "nato" AND "or" AND "irpin"             | nato or irpin
            Zelenskyy's - speech          | "zelenskyy s" AND "speech"              | "zelenskyy s" speech
            """)
    void each_form_is_written_for_both_databases(String typed, String fts5, String webSearch) {
        SearchQuery query = SearchQuery.parse(typed);

        assertThat(query.toFts5()).isEqualTo(fts5);
        assertThat(query.toWebSearch()).isEqualTo(webSearch);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            '   '                         | expected at least one word or "phrase" to search for
            '" "'                         | the phrase at character 1 has no words in it
            -russia -moscow               | expected at least one word or "phrase" to search for besides the excluded ones
            "war crimes                   | the phrase opened by the quote at character 1 has no closing quote
            nato "war                     | the phrase opened by the quote at character 6 has no closing quote
            OR nato                       | OR at character 1 has no word before it: write OR between two words or phrases, as in bucha OR irpin
            nato OR                       | OR at character 6 has no word after it: write OR between two words or phrases, as in bucha OR irpin
            nato OR OR irpin              | OR at character 6 has no word after it: write OR between two words or phrases, as in bucha OR irpin
            nato OR -irpin                | OR at character 6 has no word after it: write OR between two words or phrases, as in bucha OR irpin
            """)
    void bad_syntax_is_refused_with_what_is_wrong(String typed, String message) {
        var e = assertThrows(SearchQuery.SyntaxException.class, () -> SearchQuery.parse(typed));

        assertThat(e.getMessage()).isEqualTo(message);
    }
}
