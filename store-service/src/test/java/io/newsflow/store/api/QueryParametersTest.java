package io.newsflow.store.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.http.HttpError;
import io.newsflow.store.persist.ArticleFilter;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private static final Set<String> ARTICLE_PARAMETERS =
            Set.of("entity", "entityType", "from", "to", "limit", "offset");

    @Test
    void an_article_query_becomes_a_filter_with_decoded_values_and_an_upper_case_type() {
        var parameters = QueryParameters.of(URI.create(
                "/api/articles?entity=Antony%20Blinken&entityType=person&from=2022-04-01&to=2022-04-30&limit=5&offset=10"),
                ARTICLE_PARAMETERS);

        assertThat(ArticlesHandler.filter(parameters)).isEqualTo(new ArticleFilter("Antony Blinken", "PERSON",
                LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30), null, 5, 10));
    }

    @Test
    void no_query_gives_the_default_page() {
        var parameters = QueryParameters.of(URI.create("/api/articles"), ARTICLE_PARAMETERS);

        assertThat(ArticlesHandler.filter(parameters)).isEqualTo(new ArticleFilter(null, null, null, null, null, 20, 0));
    }

    @Test
    void a_date_that_does_not_exist_is_a_400_naming_the_parameter() {
        var parameters = QueryParameters.of(URI.create("/api/articles?to=2022-02-30"), ARTICLE_PARAMETERS);

        HttpError e = assertThrows(HttpError.class, () -> parameters.date("to"));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("to=\"2022-02-30\": expected an ISO date YYYY-MM-DD");
    }
}
