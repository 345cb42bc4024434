package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.Json;
import io.newsflow.launcher.bench.ArticleGenerator;
import io.newsflow.launcher.bench.GeneratedArticle;
import io.newsflow.testing.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The README's screenshots of the web pages: the real pipeline, wired as {@code ./newsflow run} wires it, stores the
 * seeds and {@value #GENERATED} articles of the bench's generator (dated over five weeks around the seeds' day), then
 * headless Chromium, with JavaScript off, photographs each view whole into the folder {@code newsflow.screenshots}
 * names (relative to the project's root). It runs only when asked:
 * <pre>
 * ./mvnw -B verify -pl launcher -am -Dit.test=WebScreenshotsIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dfailsafe.failIfNoSpecifiedTests=false -Dnewsflow.screenshots=docs/screenshots
 * </pre>
 * A new view is one more line of {@link #VIEWS}.
 */
@EnabledIfSystemProperty(named = WebScreenshotsIT.FOLDER_PROPERTY, matches = ".+")
class WebScreenshotsIT {

    static final String FOLDER_PROPERTY = "newsflow.screenshots";
    static final int GENERATED = 200;
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 3, 14);
    private static final int DAYS = 35;

    /** One view: the file it is saved as, the page that shows it, and what it must hold to be worth a picture. */
    record View(String name, String path, String mustShow) {
    }

    /** The seeds' story, named after seed 000, the first ingested. */
    static final String SEED_STORY = "696955b682e9f4e2e4b0ece6febf6fbb";

    static final List<View> VIEWS = List.of(
            new View("home", "/", "section.latest ol.articles li"),
            new View("search", "/search?q=nato%20talks", "ol.articles p.snippet mark"),
            new View("article", "/articles/696955b682e9f4e2e4b0ece6febf6fbb", "article .text mark.date"),
            new View("entity", "/entities/organization:nato", "svg.timeline rect.bar"),
            new View("story", "/stories/" + SEED_STORY, "ol.versions ul.added li"));

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_view_is_photographed_on_the_seeds_and_generated_articles() throws Exception {
        Path folder = Path.of("..").resolve(System.getProperty(FOLDER_PROPERTY)).normalize();
        // given the seeds and the generated articles in the inbox
        Path inbox = Seeds.copyInto(work.resolve("inbox"));
        var generator = new ArticleGenerator(ArticleGenerator.DEFAULT_SEED, 1800);
        for (int story = 0; story < GENERATED; story++) {
            GeneratedArticle article = generator.article(story, FIRST_DAY.plusDays(story % DAYS));
            Files.write(inbox.resolve(article.fileName()), article.content());
        }
        long expected = GENERATED + 2;

        try (var pipeline = EmbeddedPipeline.start(Map.of(), new RunOptions(inbox, work.resolve("data"), 0, 0))) {
            URI api = pipeline.apiAddress();
            // when the pipeline has stored every one
            await().atMost(Duration.ofMinutes(3)).until(() -> total(api) == expected);
            // and the seeds' story has both its versions (stories come a moment after the articles)
            await().atMost(Duration.ofMinutes(1)).until(() -> seedsStoryVersions(api) == 2);

            // then each view is saved, once it shows what it is for
            try (var chromium = HeadlessChromium.start(false, 1280, 900)) {
                for (View view : VIEWS) {
                    chromium.driver().get(api.resolve(view.path()).toString());
                    assertThat(chromium.driver().findElements(By.cssSelector(view.mustShow())))
                            .as("%s shows %s", view.path(), view.mustShow()).isNotEmpty();
                    chromium.screenshot(folder.resolve(view.name() + ".png"));
                }
            }
        }
    }

    private long seedsStoryVersions(URI api) throws Exception {
        var answer = http.send(HttpRequest.newBuilder(api.resolve("/api/stories/" + SEED_STORY)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return answer.statusCode() == 200 ? Json.tree(answer.body()).get("articleCount").asLong() : -1;
    }

    private long total(URI api) throws Exception {
        var answer = http.send(HttpRequest.newBuilder(api.resolve("/api/articles?limit=1")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return answer.statusCode() == 200 ? Json.tree(answer.body()).get("total").asLong() : -1;
    }
}
