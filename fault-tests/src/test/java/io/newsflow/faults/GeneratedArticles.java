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

    /**
     * Bad-file kinds, in the order they are written, and the reason code ingest reports for each: every code in the
     * README's table. A file root cannot be kept from reading, so {@code unreadable} is left out when the suite
     * runs as root.
     */
    static final Map<String, String> BAD_KINDS = badKinds();

    private static Map<String, String> badKinds() {
        var kinds = new LinkedHashMap<String, String>();
        kinds.put("empty", "empty");
        kinds.put("binary", "binary");
        kinds.put("utf16", "undecodable");
        kinds.put("baddate", "invalid-date");
        kinds.put("notext", "no-text");
        kinds.put("badjson", "invalid-json");
        kinds.put("badfrontmatter", "invalid-front-matter");
        kinds.put("huge", "too-large");
        kinds.put("outside", "symlink-outside-inbox");
        kinds.put("badgzip", "corrupt-gzip");
        if (!"root".equals(System.getProperty("user.name"))) {
            kinds.put("unreadable", "unreadable");
        }
        return java.util.Collections.unmodifiableMap(kinds);
    }

    private static final List<String> KIND_ORDER = List.copyOf(BAD_KINDS.keySet());

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

    /** Writes bad file number {@code i} (kinds in turn) into the inbox; returns its name. */
    static String writeBad(Path inbox, int i) throws IOException {
        String kind = KIND_ORDER.get(i % KIND_ORDER.size());
        String name = badName(kind, i);
        if (kind.equals("outside")) { // a link to a file beside the inbox, which ingest must not read
            Path target = Files.createDirectories(inbox.resolveSibling("outside")).resolve(name);
            Files.writeString(target, " date 2022-04-05 Not for the inbox.");
            Path temp = Files.createSymbolicLink(inbox.resolve("." + name + ".tmp"), target.toAbsolutePath());
            Files.move(temp, inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return name;
        }
        byte[] content = switch (kind) {
            case "empty" -> new byte[0];
            case "binary", "unreadable" -> binary(i);
            case "utf16" -> new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xDC}; // a lone low surrogate
            case "baddate" -> " date 2022-02-30 A date that does not exist.".getBytes(StandardCharsets.UTF_8);
            case "notext" -> " date 2022-04-05 \n".getBytes(StandardCharsets.UTF_8);
            case "badjson" -> "{\"date\": \"2022-04-05\", \"text\": ".getBytes(StandardCharsets.UTF_8);
            case "badfrontmatter" -> "---\ndate: 2022-04-05\nNATO met.".getBytes(StandardCharsets.UTF_8);
            case "badgzip" -> "not gzip at all".getBytes(StandardCharsets.UTF_8);
            default -> (" date 2022-04-05 " + "word ".repeat(Pipeline.MAX_FILE_BYTES / 4))
                    .getBytes(StandardCharsets.UTF_8);
        };
        write(inbox, name, content, kind.equals("unreadable"));
        return name;
    }

    private static String badName(String kind, int i) {
        String extension = switch (kind) {
            case "badjson" -> ".json";
            case "badfrontmatter" -> ".md";
            case "badgzip" -> ".jsonl.gz";
            default -> ".txt";
        };
        return "bad-" + kind + "-" + i + extension;
    }

    /**
     * Writes articles {@code from} to {@code to - 1} as one JSON Lines archive, renamed in whole; each line's id is
     * the article's, as for a file.
     */
    static void writeArchive(Path inbox, String name, int from, int to) throws IOException {
        var lines = new StringBuilder();
        for (int i = from; i < to; i++) {
            lines.append("{\"date\": \"2022-04-05\", \"text\": \"").append(text(i)).append("\"}\n");
        }
        write(inbox, name, lines.toString().getBytes(StandardCharsets.UTF_8), false);
    }

    static String kindOf(String badName) {
        return badName.split("-")[1];
    }

    static List<String> badNames(int count) {
        var names = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            names.add(badName(KIND_ORDER.get(i % KIND_ORDER.size()), i));
        }
        return names;
    }

    private static byte[] binary(int seed) {
        byte[] bytes = new byte[512];
        new Random(seed).nextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }

    static void writeArticle(Path inbox, int i) throws IOException {
        write(inbox, String.format("article-%05d.txt", i),
                (" date 2022-04-05 " + text(i)).getBytes(StandardCharsets.UTF_8), false);
    }

    /** Written under a temporary name and renamed, as a careful writer does, so nothing is read half-written. */
    private static void write(Path inbox, String name, byte[] content, boolean unreadable) throws IOException {
        Path temp = inbox.resolve("." + name + ".tmp");
        Files.write(temp, content);
        if (unreadable) {
            Files.setPosixFilePermissions(temp, java.util.Set.of());
        }
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
