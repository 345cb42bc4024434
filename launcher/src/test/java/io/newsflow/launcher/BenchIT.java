package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.launcher.bench.ArticleGenerator;
import io.newsflow.launcher.bench.BenchReport;
import io.newsflow.launcher.bench.BenchReport.Figure;
import io.newsflow.launcher.bench.BenchSettings;
import io.newsflow.launcher.bench.BenchSettings.Phase;
import io.newsflow.testing.PostgresSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A small {@code newsflow bench} run end to end, through the same embedded pipeline as {@code newsflow run}: every
 * figure is measured, plausible and set against its ceiling, and the run leaves nothing behind. Figures are checked
 * for sense, never for speed: speed depends on the machine, which is what the bench is for.
 */
class BenchIT {

    private static final Pattern WORK_FOLDER = Pattern.compile("work folder (\\S+) ");

    private final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
    private final PrintStream progress = new PrintStream(progressBytes, true, StandardCharsets.UTF_8);

    @Test
    void a_small_run_on_sqlite_reports_every_figure_against_its_ceiling_and_removes_its_folder() throws Exception {
        // given a run of 50 articles and 10 latency files
        var settings = new BenchSettings(Set.of(Phase.PIPELINE), 50, 3000, 10, 10, 1, 1, Optional.empty(),
                ArticleGenerator.DEFAULT_SEED);

        // when it runs
        BenchReport report = BenchCommand.measure(settings, Map.of(), progress);

        // then every figure is there and makes sense
        assertPlausible(report, "SQLite");
        assertWorkFolderRemoved(report);
        assertThat(progressBytes.toString(StandardCharsets.UTF_8)).as("the progress line")
                .contains("bench bulk: ", "bench latency: ");
    }

    @Test
    void a_small_run_on_postgresql_uses_schemas_of_its_own_and_drops_them() throws Exception {
        try (var reachable = PostgresSchema.create()) { // skips where no local PostgreSQL answers (fails under CI)
            // given the local server and the bench schemas already there
            String server = PostgresSchema.HOST_URL + "?user=" + PostgresSchema.USER;
            long benchSchemasBefore = benchSchemas();
            var settings = new BenchSettings(Set.of(Phase.PIPELINE), 20, 2000, 10, 5, 1, 1, Optional.of(server),
                    ArticleGenerator.DEFAULT_SEED);

            // when a run stores there
            BenchReport report = BenchCommand.measure(settings, Map.of(), progress);

            // then it measured on PostgreSQL and left no schema behind
            assertPlausible(report, "PostgreSQL");
            assertThat(benchSchemas()).isEqualTo(benchSchemasBefore);
        }
    }

    @Test
    void a_search_run_answers_every_kind_of_search_with_hits_from_the_store_it_filled_and_removes_its_folder()
            throws Exception {
        // given a search run on a store of 300 articles, 5 timed searches of each kind
        var settings = new BenchSettings(Set.of(Phase.SEARCH), 1, 3000, 10, 1, 300, 5, Optional.empty(),
                ArticleGenerator.DEFAULT_SEED);

        // when it runs (a search that is not a 200 with hits fails the run)
        BenchReport report = BenchCommand.measure(settings, Map.of(), progress);

        // then the API counted every stored article, and each kind found what it looks for
        assertSearchPlausible(report, "SQLite");
        assertWorkFolderRemoved(report);
    }

    @Test
    void a_search_run_on_postgresql_fills_a_schema_of_its_own_and_drops_it() throws Exception {
        try (var reachable = PostgresSchema.create()) { // skips where no local PostgreSQL answers (fails under CI)
            // given the local server and the bench schemas already there
            String server = PostgresSchema.HOST_URL + "?user=" + PostgresSchema.USER;
            long benchSchemasBefore = benchSchemas();
            var settings = new BenchSettings(Set.of(Phase.SEARCH), 1, 2000, 10, 1, 300, 5, Optional.of(server),
                    ArticleGenerator.DEFAULT_SEED);

            // when a search run stores there
            BenchReport report = BenchCommand.measure(settings, Map.of(), progress);

            // then it searched on PostgreSQL and left no schema behind
            assertSearchPlausible(report, "PostgreSQL");
            assertThat(benchSchemas()).isEqualTo(benchSchemasBefore);
        }
    }

    private static void assertSearchPlausible(BenchReport report, String database) {
        var printed = new ByteArrayOutputStream();
        report.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(String.join("\n", report.context())).contains("search   300 articles", database);
        assertThat(report.figures()).extracting(Figure::name)
                .containsExactly("search store", "search p50", "search p95", "search p99");
        assertThat(report.figure("search store").value()).as("articles GET /api/articles counts").isEqualTo(300);
        assertThat(report.figure("search p50").value()).isPositive()
                .isLessThanOrEqualTo(report.figure("search p95").value());
        assertThat(report.figure("search p95").value()).isLessThanOrEqualTo(report.figure("search p99").value());
        assertThat(report.searchKinds()).extracting(BenchReport.SearchKind::kind).containsExactly("common word",
                "rare word", "two words", "phrase", "OR", "-exclusion", "q + entity, from, to");
        for (BenchReport.SearchKind kind : report.searchKinds()) {
            assertThat(kind.matches()).as(kind.kind() + ": articles matched").isBetween(1L, 300L);
            assertThat(kind.p50Millis()).as(kind.kind()).isPositive().isLessThanOrEqualTo(kind.p95Millis());
            assertThat(table).as("the search table's row of " + kind.kind()).contains(kind.kind());
        }
        assertThat(matches(report, "common word")).as("a common word is in most articles").isGreaterThan(150);
        assertThat(matches(report, "rare word")).as("a story number is in its story, and in few others")
                .isLessThan(5);
        assertThat(matches(report, "q + entity, from, to")).as("filters narrow a search")
                .isLessThan(matches(report, "common word"));
        assertThat(report.othersLoad()).containsOnlyKeys("search");
    }

    private static void assertWorkFolderRemoved(BenchReport report) {
        var matcher = WORK_FOLDER.matcher(String.join("\n", report.context()));
        assertThat(matcher.find()).as("the report names its work folder").isTrue();
        assertThat(Path.of(matcher.group(1))).as("the work folder is removed").doesNotExist();
    }

    private static long matches(BenchReport report, String kind) {
        return report.searchKinds().stream().filter(k -> k.kind().equals(kind)).findFirst().orElseThrow().matches();
    }

    private static void assertPlausible(BenchReport report, String database) {
        var printed = new ByteArrayOutputStream();
        report.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(String.join("\n", report.context())).contains(database);
        assertThat(report.figures()).extracting(f -> f.name().strip()).containsExactly("time to ready",
                "first article queryable", "bulk throughput", "ingest published", "enrich tagged", "CPU per article",
                "latency p50", "latency p99", "latency max", "peak RSS", "Kafka ceiling", "database ceiling");
        for (Figure figure : report.figures()) {
            assertThat(figure.value()).as(figure.name()).isPositive().isFinite();
            assertThat(table).as("the table's row of " + figure.name()).contains(figure.name());
        }
        double kafka = report.figure("Kafka ceiling").value();
        double rows = report.figure("database ceiling").value();
        assertThat(report.figure("bulk throughput").ceiling()).isEqualTo(Math.min(kafka, rows));
        assertThat(report.figure("  ingest published").ceiling()).isEqualTo(kafka);
        assertThat(report.figure("  enrich tagged").ceiling()).isEqualTo(kafka);
        report.figures().stream().filter(Figure::hasCeiling).forEach(f ->
                assertThat(f.ratio()).as(f.name()).isCloseTo(f.value() / f.ceiling(), within(1e-12)));
        assertThat(report.figure("latency p50").value()).isLessThanOrEqualTo(report.figure("latency p99").value());
        assertThat(report.figure("latency p99").value()).isLessThanOrEqualTo(report.figure("latency max").value());
        assertThat(report.othersLoad()).containsOnlyKeys("start", "bulk", "latency", "Kafka ceiling",
                "database ceiling");
        assertThat(table).contains("how:", "CPU used by other processes");
    }

    private static long benchSchemas() throws SQLException {
        try (var connection = DriverManager.getConnection(PostgresSchema.HOST_URL, PostgresSchema.USER, "");
             var rows = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name LIKE 'newsflow_bench_%'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
