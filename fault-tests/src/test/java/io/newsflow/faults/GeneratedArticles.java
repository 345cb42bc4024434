package io.newsflow.faults;

import io.newsflow.contracts.ArticleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Distinct, deterministic articles in the seed format, each naming people, places and organisations the tagger
 * knows, plus the bad files of every kind ingest must quarantine. Generated, so the suite needs no fixture data.
 */
final class GeneratedArticles {

    private static final String[] PEOPLE = {"Antony Blinken", "Jens Stoltenberg", "Dmytro Kuleba", "Joe Biden",
        "Ned Price", "Olaf Scholz", "Emmanuel Macron", "Ursula von der Leyen"};
    private static final String[] PLACES = {"Brussels", "Kyiv", "Moscow", "Paris", "Berlin", "London", "Warsaw",
        "Vienna"};
    private static final String[] ORGANISATIONS = {"NATO", "the United Nations", "the European Union", "G7"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    /** Bad-file kinds and the reason code ingest reports for each. */
    static final Map<String, String> BAD_KINDS = Map.of(
            "empty", "empty", "binary", "binary", "baddate", "invalid-date", "notext", "no-text", "huge", "too-large");

    private GeneratedArticles() {
    }

    /** Article i's text: unique by its number and word choices. */
    static String text(int i) {
        var random = new Random(i);
        String person = PEOPLE[random.nextInt(PEOPLE.length)];
        String other = PEOPLE[(random.nextInt(PEOPLE.length - 1) + 1 + List.of(PEOPLE).indexOf(person)) % PEOPLE.length];
        return person + " met " + other + " in " + PLACES[random.nextInt(PLACES.length)] + " on "
                + DAYS[random.nextInt(DAYS.length)] + " to discuss support from " + ORGANISATIONS[random.nextInt(
                        ORGANISATIONS.length)] + ". The talks were round " + i + " of the series, officials said.";
    }

    static String id(int i) {
        return ArticleId.of(text(i));
    }

    static void writeArticle(Path inbox, int i) throws IOException {
        write(inbox, String.format("article-%04d.txt", i),
                (" date 2022-04-05 " + text(i)).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bad file number {@code i} (kinds in turn); returns its name. */
    static String writeBad(Path inbox, int i) throws IOException {
        String kind = List.of("empty", "binary", "baddate", "notext", "huge").get(i % 5);
        String name = "bad-" + kind + "-" + i + ".txt";
        byte[] content = switch (kind) {
            case "empty" -> new byte[0];
            case "binary" -> binary(i);
            case "baddate" -> " date 2022-02-30 A date that does not exist.".getBytes(StandardCharsets.UTF_8);
            case "notext" -> " date 2022-04-05 \n".getBytes(StandardCharsets.UTF_8);
            default -> (" date 2022-04-05 " + "word ".repeat(Pipeline.MAX_FILE_BYTES / 4))
                    .getBytes(StandardCharsets.UTF_8);
        };
        write(inbox, name, content);
        return name;
    }

    static String kindOf(String badName) {
        return badName.split("-")[1];
    }

    static List<String> badNames(int count) {
        var names = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            names.add("bad-" + List.of("empty", "binary", "baddate", "notext", "huge").get(i % 5) + "-" + i + ".txt");
        }
        return names;
    }

    private static byte[] binary(int seed) {
        byte[] bytes = new byte[512];
        new Random(seed).nextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }

    /** Written under a temporary name and renamed, as a careful writer does, so nothing is read half-written. */
    private static void write(Path inbox, String name, byte[] content) throws IOException {
        Path temp = inbox.resolve("." + name + ".tmp");
        Files.write(temp, content);
        Files.move(temp, inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static Map<String, String> expectedIds(int count) {
        var ids = new LinkedHashMap<String, String>();
        for (int i = 0; i < count; i++) {
            ids.put(id(i), text(i));
        }
        return ids;
    }
}
