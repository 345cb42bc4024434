package io.newsflow.launcher;

import io.newsflow.contracts.LogFormat;
import io.newsflow.enrich.tagging.entities.EntityTagger;
import io.newsflow.enrich.tagging.entities.Gazetteer;
import io.newsflow.enrich.tagging.learned.AnnotatedArticle;
import io.newsflow.enrich.tagging.learned.AnnotatedCorpus;
import io.newsflow.enrich.tagging.learned.Trainer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow train-tagger}: trains the entity model on annotated articles, choosing the number of passes on the
 * development articles, and writes it where the enrich-service build picks it up (or anywhere else).
 */
@Command(name = "train-tagger", sortOptions = false,
        description = {"Trains the built-in tagger's entity model.",
                "Each articles file (X.docs.jsonl) is read with its names file (X.gold.jsonl) unless told "
                        + "otherwise. After each pass over the training articles the model is scored on the dev "
                        + "articles; the best pass is kept, and training stops after four passes without a better "
                        + "one. The same inputs give the same bytes."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the model was written", "2:a bad option or an unreadable input file"},
        footerHeading = "%nEnvironment:%n",
        footer = {"  NEWSFLOW_LOG_LEVEL and NEWSFLOW_LOG_FORMAT only. Progress goes to standard", "  error."})
final class TrainTaggerCommand implements Callable<Integer> {

    private static final String ARTICLES = ".docs.jsonl";
    private static final String NAMES = ".gold.jsonl";

    @Mixin
    private Terminal newsflow;

    @Option(names = "--train", paramLabel = "FILE", required = true,
            description = "The training articles, X.docs.jsonl (required).")
    private Path train;

    @Option(names = "--train-names", paramLabel = "FILE",
            description = "The names file of --train (default: X.gold.jsonl).")
    private Path trainNames;

    @Option(names = "--dev", paramLabel = "FILE", required = true,
            description = "The articles that choose the pass, X.docs.jsonl (required).")
    private Path dev;

    @Option(names = "--dev-names", paramLabel = "FILE",
            description = "The names file of --dev (default: X.gold.jsonl).")
    private Path devNames;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write the model (required); folders are created.")
    private Path out;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "30", converter = Epochs.class,
            description = "The most passes over the training articles, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "2026",
            description = "The seed of the order the articles are read in (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--gazetteers", paramLabel = "DIR",
            description = "A deployment's extra gazetteer files to train with (default: none).")
    private Optional<Path> gazetteers;

    static final class Epochs extends OptionValues.Whole {
        Epochs() {
            super(1, 1000);
        }
    }

    @Override
    public Integer call() throws IOException {
        Path trainFile = existing("--train", train);
        Path trainNamesFile = existing("--train-names", names("--train", train, trainNames));
        Path devFile = existing("--dev", dev);
        Path devNamesFile = existing("--dev-names", names("--dev", dev, devNames));
        PrintStream errors = newsflow.errors();
        long started = System.nanoTime();
        List<AnnotatedArticle> trainArticles;
        List<AnnotatedArticle> devArticles;
        try {
            trainArticles = AnnotatedCorpus.read(trainFile, trainNamesFile);
            devArticles = AnnotatedCorpus.read(devFile, devNamesFile);
        } catch (IOException e) {
            errors.println("newsflow train-tagger: " + e.getMessage());
            return 2;
        }
        var settings = new Trainer.Settings(epochs, Trainer.Settings.DEFAULT.patience(), seed);
        var trainer = new Trainer(new EntityTagger(Gazetteer.load(gazetteers)), settings);
        Trainer.Result result = trainer.train(trainArticles, devArticles,
                line -> errors.println("train-tagger: " + line));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out)) {
            result.writeModel(file);
        }
        PrintStream report = newsflow.out();
        report.printf(Locale.ROOT, "model %s: %d features, %,d bytes, sha256 %s%n", out, result.features(),
                Files.size(out), sha256(out));
        report.printf(Locale.ROOT, "chosen pass %d of %d: dev %s%n", result.bestEpoch(), result.epochs().size(),
                result.dev());
        report.printf(Locale.ROOT, "trained on %d articles in %.0f s%n", trainArticles.size(),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** {@code X.docs.jsonl} has its names in {@code X.gold.jsonl}, as the evaluation data is laid out. */
    private Path names(String option, Path articles, Path given) {
        if (given != null) {
            return given;
        }
        String name = articles.getFileName().toString();
        if (!name.endsWith(ARTICLES)) {
            throw newsflow.refuse(LogFormat.setting(option, articles) + ": expected a file "
                    + "ending in " + ARTICLES + ", or its names file given with " + option + "-names");
        }
        return articles.resolveSibling(name.substring(0, name.length() - ARTICLES.length()) + NAMES);
    }

    private Path existing(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw newsflow.refuse(LogFormat.setting(option, file) + ": no such file");
        }
        return file;
    }

    private static String sha256(Path file) throws IOException {
        try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
