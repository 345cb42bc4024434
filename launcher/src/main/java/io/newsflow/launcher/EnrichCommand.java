package io.newsflow.launcher;

import io.newsflow.enrich.batch.BatchEnricher;
import io.newsflow.enrich.tagging.Taggers;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow enrich}: JSON Lines of raw articles from FILE or standard input, one enriched article per line on
 * standard output. Logs and refused lines go to standard error, so standard output stays pure JSON Lines.
 */
@Command(name = "enrich", sortOptions = false,
        description = {"Tags a file of articles without Kafka.",
                "Reads JSON Lines of raw articles (each with text and publishedDate) from FILE or standard input "
                        + "and writes one enriched article per line to standard output, as the enriched topic "
                        + "carries it. Refused lines and logs go to standard error."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every line was tagged", "1:some lines were refused (each is named on standard error)",
                "2:a bad option, an uninstalled tagger or no such FILE"},
        footerHeading = "%nEnvironment:%n",
        footer = {"  NEWSFLOW_LOG_LEVEL and NEWSFLOW_LOG_FORMAT apply to the log on standard error.",
                "  The service's NEWSFLOW_ENRICH_TAGGER and NEWSFLOW_ENRICH_GAZETTEER_DIR do not:",
                "  give --tagger and --gazetteers."})
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    private Terminal newsflow;

    @Option(names = "--tagger", paramLabel = "NAME", defaultValue = "builtin", converter = OptionValues.Tagger.class,
            description = "builtin, rules or corenlp (corenlp needs a launcher built with -Pcorenlp) "
                    + "(default: ${DEFAULT-VALUE}).")
    private String tagger;

    @Option(names = "--gazetteers", paramLabel = "DIR",
            description = "A folder of extra gazetteer files, read after the built-in ones (default: none).")
    private Optional<Path> gazetteers;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "The JSON Lines file to tag (default: standard input).")
    private Path file;

    @Override
    public Integer call() throws IOException {
        newsflow.logToStandardError(false); // standard output carries the JSON Lines
        PrintStream errors = newsflow.errors();
        if (!Taggers.isInstalled(tagger)) {
            errors.println("newsflow enrich: --tagger " + tagger + ": " + Taggers.howToInstall(tagger));
            return 2;
        }
        var enricher = new BatchEnricher(Taggers.create(tagger, gazetteers), Clock.systemUTC());
        var output = new BufferedWriter(new OutputStreamWriter(newsflow.out(), StandardCharsets.UTF_8));
        try (BufferedReader input = file == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var summary = enricher.run(input, file == null ? "stdin" : file.toString(), output, errors);
            errors.printf("newsflow enrich: tagged %d, refused %d%n", summary.tagged(), summary.refused());
            if (summary.idsReplaced() > 0) {
                errors.printf("newsflow enrich: %d lines had an id that is not an article id (32 hex digits); each "
                        + "got its text's id instead: lineage.rawOffset is the input line (0-based)%n",
                        summary.idsReplaced());
            }
            return summary.refused() == 0 ? 0 : 1;
        } catch (NoSuchFileException e) {
            errors.println("newsflow enrich: no such file " + file);
            return 2;
        }
    }
}
