package io.newsflow.launcher;

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

/**
 * {@code newsflow train-tagger --train FILE --dev FILE --out FILE}: trains the entity model on annotated articles,
 * choosing the number of passes on the development articles, and writes it where the enrich-service build picks it
 * up (or anywhere else). Each articles file ({@code X.docs.jsonl}) is read with its names file beside it
 * ({@code X.gold.jsonl}) unless {@code --train-names} / {@code --dev-names} say otherwise.
 */
final class TrainTaggerCommand {

    static final String USAGE = "usage: newsflow train-tagger --train FILE [--train-names FILE] --dev FILE"
            + " [--dev-names FILE] --out FILE [--epochs N] [--seed N] [--gazetteers DIR]";

    private TrainTaggerCommand() {
    }

    /** Returns the exit status: 0 when the model was written, 2 for a usage or input error. */
    static int run(List<String> args, PrintStream out, PrintStream errors) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            errors.println("newsflow train-tagger: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        long started = System.nanoTime();
        List<AnnotatedArticle> train;
        List<AnnotatedArticle> dev;
        try {
            train = AnnotatedCorpus.read(options.train(), options.trainNames());
            dev = AnnotatedCorpus.read(options.dev(), options.devNames());
        } catch (IOException e) {
            errors.println("newsflow train-tagger: " + e.getMessage());
            return 2;
        }
        var trainer = new Trainer(new EntityTagger(Gazetteer.load(options.gazetteers())), options.settings());
        Trainer.Result result = trainer.train(train, dev, line -> errors.println("train-tagger: " + line));
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(options.out())) {
            result.writeModel(file);
        }
        out.printf(Locale.ROOT, "model %s: %d features, %,d bytes, sha256 %s%n", options.out(), result.features(),
                Files.size(options.out()), sha256(options.out()));
        out.printf(Locale.ROOT, "chosen pass %d of %d: dev %s%n", result.bestEpoch(), result.epochs().size(),
                result.dev());
        out.printf(Locale.ROOT, "trained on %d articles in %.0f s%n", train.size(), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static String sha256(Path file) throws IOException {
        try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private record Options(Path train, Path trainNames, Path dev, Path devNames, Path out,
                           Optional<Path> gazetteers, Trainer.Settings settings) {

        static Options parse(List<String> args) {
            Path train = null;
            Path trainNames = null;
            Path dev = null;
            Path devNames = null;
            Path out = null;
            Optional<Path> gazetteers = Optional.empty();
            Trainer.Settings settings = Trainer.Settings.DEFAULT;
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args.get(++i);
                switch (option) {
                    case "--train" -> train = Path.of(value);
                    case "--train-names" -> trainNames = Path.of(value);
                    case "--dev" -> dev = Path.of(value);
                    case "--dev-names" -> devNames = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--gazetteers" -> gazetteers = Optional.of(Path.of(value));
                    case "--epochs" -> settings = new Trainer.Settings(positive(option, value), settings.patience(),
                            settings.seed());
                    case "--seed" -> settings = new Trainer.Settings(settings.maxEpochs(), settings.patience(),
                            number(option, value));
                    default -> throw new IllegalArgumentException("unknown option \"" + option + "\"");
                }
            }
            if (train == null || dev == null || out == null) {
                throw new IllegalArgumentException("--train, --dev and --out are required");
            }
            return new Options(existing("--train", train), existing("--train-names", names(train, trainNames)),
                    existing("--dev", dev), existing("--dev-names", names(dev, devNames)), out, gazetteers, settings);
        }

        /** {@code X.docs.jsonl} has its names in {@code X.gold.jsonl}, as the evaluation data is laid out. */
        private static Path names(Path articles, Path given) {
            if (given != null) {
                return given;
            }
            String name = articles.getFileName().toString();
            if (!name.endsWith(".docs.jsonl")) {
                throw new IllegalArgumentException(articles + " does not end in .docs.jsonl: give its names file"
                        + " with --train-names or --dev-names");
            }
            return articles.resolveSibling(name.substring(0, name.length() - ".docs.jsonl".length()) + ".gold.jsonl");
        }

        private static Path existing(String option, Path file) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(option + " " + file + ": no such file");
            }
            return file;
        }

        private static int positive(String option, String value) {
            long n = number(option, value);
            if (n < 1 || n > 1000) {
                throw new IllegalArgumentException(option + " \"" + value + "\": expected a whole number from 1 to 1000");
            }
            return (int) n;
        }

        private static long number(String option, String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " \"" + value + "\": expected a whole number");
            }
        }
    }
}
