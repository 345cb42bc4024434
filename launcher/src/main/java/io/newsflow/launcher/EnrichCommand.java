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
import java.util.List;
import java.util.Optional;

/**
 * {@code newsflow enrich [--tagger builtin|rules|corenlp] [--gazetteers DIR] [FILE]}: JSON Lines of raw articles from FILE
 * or standard input, one enriched article per line on standard output. Logs and refused lines go to standard error,
 * so standard output stays pure JSON Lines.
 */
final class EnrichCommand {

    static final String USAGE = "usage: newsflow enrich [--tagger builtin|rules|corenlp] [--gazetteers DIR] [FILE]";

    private EnrichCommand() {
    }

    /** Returns the exit status: 0 when every line was tagged, 1 when some were refused, 2 for a usage error. */
    static int run(List<String> args, PrintStream errors) throws IOException {
        String taggerName = "builtin";
        Optional<Path> gazetteers = Optional.empty();
        Path file = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--tagger") || arg.equals("--gazetteers")) && i + 1 < args.size()) {
                String value = args.get(++i);
                if (arg.equals("--tagger")) {
                    taggerName = value;
                } else {
                    gazetteers = Optional.of(Path.of(value));
                }
            } else if (!arg.startsWith("--") && file == null) {
                file = Path.of(arg);
            } else {
                errors.println("newsflow enrich: unexpected argument \"" + arg + "\"\n" + USAGE);
                return 2;
            }
        }
        if (!Taggers.KNOWN.contains(taggerName)) {
            errors.println("newsflow enrich: --tagger \"" + taggerName + "\": expected one of "
                    + String.join(", ", Taggers.KNOWN));
            return 2;
        }
        if (!Taggers.isInstalled(taggerName)) {
            errors.println("newsflow enrich: --tagger " + taggerName + ": " + Taggers.howToInstall(taggerName));
            return 2;
        }
        var enricher = new BatchEnricher(Taggers.create(taggerName, gazetteers), Clock.systemUTC());
        var output = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
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
