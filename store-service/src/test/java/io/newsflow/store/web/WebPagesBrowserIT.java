package io.newsflow.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Json;
import io.newsflow.store.TestArticles;
import io.newsflow.store.api.ApiFixture;
import io.newsflow.testing.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser, Debian's headless Chromium, on a real store holding the seeds as the pipeline
 * stores them: a reader with JavaScript switched off lists, searches, reads an article with its mentions marked and
 * walks to an entity's chart and its companions, every step by clicking what the page shows; then the same walk with
 * JavaScript on. Skipped where Chromium is not installed, except under {@code CI=true} (see {@link HeadlessChromium}).
 */
class WebPagesBrowserIT {

    private static final String BLINKEN_TRIP = "696955b682e9f4e2e4b0ece6febf6fbb";
    private static final String NATO_BRIEFING = "dbfff33aade49579ffa7ce333f2f17c6";

    @TempDir
    static Path dataDir;

    static ApiFixture store;
    static HeadlessChromium chromium;
    static WebDriver browser;

    @BeforeAll
    static void startStoreAndBrowser() {
        store = new ApiFixture(dataDir, ApiFixture.OPEN, TestArticles.seeds(), TestArticles.seedStories());
        chromium = HeadlessChromium.start(false, 1280, 900);
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBoth() {
        if (chromium != null) {
            chromium.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void the_browser_really_runs_without_javascript() {
        browser.get("data:text/html,<title>before</title><script>document.title='after'</script>");

        assertThat(browser.getTitle()).isEqualTo("before");
    }

    @Test
    void the_home_lists_both_seeds_newest_first_each_linking_to_its_article() {
        browser.get(store.uri("/").toString());

        assertThat(browser.getTitle()).isEqualTo("Latest articles · Newsflow");
        List<WebElement> titles = browser.findElements(By.cssSelector("section.latest ol.articles a.title"));
        assertThat(titles).extracting(WebElement::getText)
                .containsExactly(seed(BLINKEN_TRIP).title(), seed(NATO_BRIEFING).title());
        assertThat(titles).extracting(title -> title.getAttribute("href"))
                .containsExactly(store.uri("/articles/" + BLINKEN_TRIP).toString(),
                        store.uri("/articles/" + NATO_BRIEFING).toString());
        assertThat(browser.findElements(By.cssSelector("section.entities a.entity")))
                .as("the most named entities, each a link").isNotEmpty()
                .first().extracting(WebElement::getText).isEqualTo("Bucha");
    }

    @Test
    void the_search_box_submits_and_shows_the_hits_best_first_with_their_words_marked() {
        browser.get(store.uri("/").toString());

        search(browser, "bucha civilians");

        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/search");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search: bucha civilians");
        assertThat(browser.findElement(By.cssSelector("p.summary")).getText())
                .isEqualTo("2 articles match, best first; 1–2 shown.");
        assertThat(browser.findElements(By.cssSelector("ol.articles a.title"))).extracting(WebElement::getText)
                .containsExactly(seed(NATO_BRIEFING).title(), seed(BLINKEN_TRIP).title());
        List<WebElement> marks = browser.findElements(By.cssSelector("ol.articles p.snippet mark"));
        assertThat(marks).extracting(mark -> mark.getText().toLowerCase()).contains("bucha", "civilians")
                .allSatisfy(word -> assertThat(word).matches("bucha|civilians?"));
        assertThat(browser.findElement(By.cssSelector("header input[name=q]")).getAttribute("value"))
                .isEqualTo("bucha civilians");
    }

    @Test
    void a_search_in_bad_syntax_shows_the_apis_message_and_keeps_the_words() throws Exception {
        browser.get(store.uri("/").toString());

        search(browser, "\"war crimes");

        assertThat(browser.findElement(By.cssSelector("p.error")).getText())
                .isEqualTo(apiError("/api/articles?q=%22war%20crimes"))
                .isEqualTo("q=\"\\\"war crimes\": the phrase opened by the quote at character 1 has no closing quote");
        assertThat(browser.findElements(By.cssSelector("ol.articles li"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("header input[name=q]")).getAttribute("value"))
                .isEqualTo("\"war crimes");
    }

    @Test
    void the_article_marks_each_mention_coloured_by_type_with_its_name_or_date_on_hover() {
        browser.get(store.uri("/").toString());
        follow(browser, browser.findElement(By.linkText(seed(BLINKEN_TRIP).title())));

        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/articles/" + BLINKEN_TRIP);
        EnrichedArticle article = seed(BLINKEN_TRIP);
        WebElement text = browser.findElement(By.cssSelector("article .text"));
        assertThat(text.getDomProperty("textContent")).as("the text, whole and in order").isEqualTo(article.text());
        int mentions = article.entities().stream().mapToInt(e -> e.mentions().size()).sum();
        assertThat(text.findElements(By.cssSelector("mark.entity"))).hasSize(mentions);
        assertThat(text.findElements(By.cssSelector("mark.date"))).hasSize(article.dates().size());

        WebElement blinken = text.findElement(By.cssSelector("mark.entity.person"));
        assertThat(blinken.getText()).isEqualTo("Antony Blinken");
        assertThat(blinken.getAttribute("title")).isEqualTo("Antony Blinken (PERSON, person:antony-blinken)");
        WebElement nato = text.findElement(By.cssSelector("mark.entity.organization"));
        assertThat(nato.getText()).isEqualTo("NATO");
        assertThat(nato.getAttribute("title")).isEqualTo("NATO (ORGANIZATION, organization:nato)");
        List<WebElement> dates = text.findElements(By.cssSelector("mark.date"));
        assertThat(dates).extracting(WebElement::getText).startsWith("April 5-7", "a day", "April 5, 2022");
        assertThat(dates).extracting(date -> date.getAttribute("title")).startsWith(
                "2022-04-05/2022-04-07 (DATE, relative to the published date)", "P1D (DURATION)", "2022-04-05 (DATE)");

        assertThat(List.of(blinken, nato, dates.get(0))).extracting(mark -> mark.getCssValue("background-color"))
                .as("a colour per entity type, another for dates, from the stylesheet")
                .containsExactly("rgba(216, 230, 255, 1)", "rgba(255, 226, 194, 1)", "rgba(255, 243, 176, 1)");
        assertThat(browser.findElements(By.cssSelector("section.entities tbody tr")))
                .hasSize(article.entities().size());
        assertThat(browser.findElements(By.cssSelector("section.dates tbody tr"))).hasSize(article.dates().size());
    }

    @Test
    void a_mention_leads_to_its_entity_with_a_chart_of_its_days_and_the_entities_named_with_it() {
        browser.get(store.uri("/articles/" + NATO_BRIEFING).toString());
        follow(browser, browser.findElement(By.cssSelector("article .text mark.entity.organization a")));

        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/entities/organization:nato");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("NATO");
        assertThat(browser.findElement(By.cssSelector("p.summary")).getText())
                .isEqualTo("ORGANIZATION · organization:nato · named by 2 articles, 10 mentions");
        List<WebElement> bars = browser.findElements(By.cssSelector("section.timeline svg rect.bar"));
        assertThat(bars).hasSize(1);
        assertThat(bars.get(0).findElement(By.tagName("title")).getDomProperty("textContent"))
                .isEqualTo("2022-04-05: 2 articles, 10 mentions");
        assertThat(bars.get(0).getRect().getHeight()).as("the one bar, drawn").isGreaterThan(20);
        assertThat(browser.findElements(By.cssSelector("section.latest ol.articles a.title"))).hasSize(2);

        List<WebElement> companions = browser.findElements(By.cssSelector("aside.entities a.entity"));
        assertThat(companions).extracting(WebElement::getText).startsWith("Bucha", "Ukraine", "Russian");
        follow(browser, companions.get(0));

        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/entities/location:bucha");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bucha");
        follow(browser, browser.findElement(By.cssSelector("header a.brand")));
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/");
    }

    @Test
    void the_seeds_story_leads_from_the_home_to_its_versions_with_what_the_later_one_added() {
        browser.get(store.uri("/").toString());
        follow(browser, browser.findElement(By.cssSelector("section.stories ol.stories a.title")));

        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/stories/" + BLINKEN_TRIP);
        assertThat(browser.findElement(By.cssSelector("article.story p.meta")).getText()).startsWith("2 versions");
        List<WebElement> versions = browser.findElements(By.cssSelector("ol.versions > li"));
        assertThat(versions).extracting(v -> v.findElement(By.cssSelector("a.title")).getText())
                .containsExactly(seed(BLINKEN_TRIP).title(), seed(NATO_BRIEFING).title());
        assertThat(versions.get(1).findElement(By.cssSelector(".similarity")).getText()).isEqualTo("13 % like");
        assertThat(versions.get(1).findElement(By.cssSelector("p.added-summary")).getText())
                .matches("Added \\d+ paragraphs:");
        assertThat(versions.get(1).findElements(By.cssSelector("ul.added li"))).hasSize(StoryPage.SHOWN);
        follow(browser, versions.get(1).findElement(By.cssSelector("a.title")));

        assertThat(browser.findElement(By.cssSelector("p.in-story")).getText())
                .isEqualTo("One of 2 versions of a story, 13 % like an earlier one.");
    }

    @Test
    void with_javascript_on_the_same_walk_works() {
        try (var withScripts = HeadlessChromium.start(true, 1280, 900)) {
            WebDriver scripted = withScripts.driver();
            scripted.get(store.uri("/").toString());
            search(scripted, "stoltenberg");

            assertThat(scripted.findElements(By.cssSelector("ol.articles a.title"))).extracting(WebElement::getText)
                    .containsExactly(seed(NATO_BRIEFING).title());
            follow(scripted, scripted.findElement(By.cssSelector("ol.articles a.title")));
            follow(scripted, scripted.findElement(By.cssSelector("article .text mark.entity.person a")));

            assertThat(URI.create(scripted.getCurrentUrl()).getPath()).isEqualTo("/entities/person:jens-stoltenberg");
            assertThat(scripted.findElements(By.cssSelector("svg rect.bar"))).hasSize(1);
        }
    }

    /** Types into the header's search box and submits it, as a reader does. */
    private static void search(WebDriver browser, String words) {
        WebElement box = browser.findElement(By.cssSelector("header input[name=q]"));
        box.clear();
        box.sendKeys(words);
        follow(browser, browser.findElement(By.cssSelector("header form.search button")));
    }

    /**
     * Clicks what leads to another page and waits until the browser has left this one: a click returns once it is
     * sent, and with JavaScript on the old page may still answer the next look-up.
     */
    private static void follow(WebDriver browser, WebElement link) {
        WebElement page = browser.findElement(By.tagName("html"));
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    private static EnrichedArticle seed(String id) {
        return TestArticles.seeds().stream().filter(article -> article.id().equals(id)).findFirst().orElseThrow();
    }

    private static String apiError(String path) throws Exception {
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(store.uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return Json.tree(answer.body()).get("error").asText();
    }
}
