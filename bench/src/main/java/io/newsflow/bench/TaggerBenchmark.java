package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.Json;
import io.newsflow.enrich.tagging.Tagger;
import io.newsflow.enrich.tagging.Taggers;
import io.newsflow.enrich.tagging.Tagging;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second one thread tags after warm-up: the figure issue 4 sets a target for (2,000/s for the built-in
 * tagger on ~3 KB news articles). Only the tagger runs: no Kafka, no JSON, so the figure is the tagger's own cost.
 *
 * <p>{@code articles} is either {@code seed:NAME}, one of the repository's seeds tagged exactly as ingest-service
 * publishes it, or the path of a JSON Lines file in the input format of {@code newsflow enrich} (every line needs
 * {@code text} and {@code publishedDate}), whose articles are tagged in turn. Articles differ in length, so beside
 * articles/s (ops/s) JMH reports {@code per3KbArticle}: the same rate counted in 3 KB of UTF-8 text per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class TaggerBenchmark {

    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+");
    private static final double BYTES_PER_3KB_ARTICLE = 3 * 1024;

    @Param({"seed:000_9fcc7db5881dbe47.txt", "seed:003_debdce87b0e61862.txt"})
    public String articles;

    @Param({"builtin", "rules"})
    public String tagger;

    private Tagger instance;
    private List<Article> inputs;
    private int next;

    private record Article(String text, LocalDate publishedDate, int utf8Bytes) {

        Article(String text, LocalDate publishedDate) {
            this(text, publishedDate, text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    /** Counts the tagged text in 3 KB articles; JMH divides it by the measured time like the operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Volume {

        public double per3KbArticle;

        @Setup(Level.Iteration)
        public void reset() {
            per3KbArticle = 0;
        }
    }

    @Setup
    public void load() {
        instance = Taggers.create(tagger, Optional.empty());
        inputs = articles.startsWith("seed:") ? List.of(seed(articles.substring("seed:".length())))
                : jsonLines(Path.of(articles));
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(articles + " holds no article");
        }
    }

    /** One operation is one article, so JMH's ops/s is articles/s. */
    @Benchmark
    public Tagging tagOneArticle(Volume volume) {
        Article article = inputs.get(next);
        next = next + 1 == inputs.size() ? 0 : next + 1;
        volume.per3KbArticle += article.utf8Bytes() / BYTES_PER_3KB_ARTICLE;
        return instance.tag(article.text(), article.publishedDate());
    }

    private static Article seed(String name) {
        String content = resource("/seeds/" + name);
        Matcher dateLine = DATE_LINE.matcher(content);
        if (!dateLine.find()) {
            throw new IllegalStateException(name + " does not start with a date line");
        }
        return new Article(content.substring(dateLine.end()), LocalDate.parse(dateLine.group(1)));
    }

    private static List<Article> jsonLines(Path file) {
        var read = new ArrayList<Article>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = Json.tree(line.getBytes(StandardCharsets.UTF_8));
                if (!node.hasNonNull("text") || !node.hasNonNull("publishedDate")) {
                    throw new IllegalArgumentException(file + ":" + number + ": needs \"text\" and \"publishedDate\"");
                }
                read.add(new Article(node.get("text").asText(), LocalDate.parse(node.get("publishedDate").asText())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return read;
    }

    private static String resource(String name) {
        try (InputStream in = TaggerBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
