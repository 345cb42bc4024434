package io.newsflow.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.store.StoreConfig;
import io.newsflow.store.TestArticles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's HTTP API examples are what the API answers. Every {@code $ curl} line of that section is sent to a
 * real server holding the seeds as the pipeline stores them, and the answer compared with the lines printed under it. A line
 * {@code $ NEWSFLOW_...=... java -jar store-service/target/newsflow-store-service.jar} starts the rest of its code
 * block on a server configured by those variables. In the printed lines {@code ...} stands for any text, and times
 * (an ISO instant, the Date field) for any time; JSON may wrap between values. A command that ends in a {@code #}
 * comment shows another situation (an outage) and is not replayed.
 */
class ReadmeExamplesIT {

    private static final String README_ADDRESS = "http://127.0.0.1:8080";
    private static final String STORE_JAR = "java -jar store-service/target/newsflow-store-service.jar";
    private static final Pattern WILDCARDS = Pattern.compile("\\.\\.\\.|\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z"
            + "|[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT");
    private static final Pattern SHELL_WORD = Pattern.compile("'([^']*)'|(\\S+)");

    @TempDir
    Path dataDir;

    /** One {@code $ curl} line and the lines printed under it. */
    record Example(String command, List<String> printed) {
    }

    @Test
    void every_curl_example_in_the_http_api_section_prints_what_the_api_answers() throws Exception {
        var softly = new SoftAssertions();
        int runs = 0;
        int replayed = 0;
        for (List<String> block : codeBlocks(httpApiSection())) {
            ApiFixture api = null;
            try {
                for (Example example : examples(block)) {
                    if (example.command().startsWith("curl") && example.command().contains(" #")) {
                        continue;
                    }
                    if (example.command().endsWith(STORE_JAR)) {
                        if (api != null) {
                            api.close();
                        }
                        api = start(environment(example.command()), ++runs);
                        continue;
                    }
                    if (api == null) {
                        api = start(Map.of(), ++runs);
                    }
                    replayed++;
                    Curl curl = Curl.parse(example.command());
                    String answer = curl.replay(api.address());
                    softly.assertThat(answer).as("$ %s%nprints%n%s%n", example.command(), answer)
                            .matches(curl.pattern(example.printed()));
                }
            } finally {
                if (api != null) {
                    api.close();
                }
            }
        }
        softly.assertAll();
        assertThat(replayed).as("examples replayed").isGreaterThan(10);
    }

    private ApiFixture start(Map<String, String> environment, int run) {
        return new ApiFixture(dataDir.resolve("run-" + run), StoreConfig.fromEnv(environment).api(),
                TestArticles.seeds(), TestArticles.seedStories());
    }

    /** What a curl command asks: the request, and whether the status line and header fields are printed too. */
    record Curl(String method, String target, List<String> headers, boolean printsHead) {

        static Curl parse(String command) {
            String method = "GET";
            boolean printsHead = false;
            var headers = new ArrayList<String>();
            String target = null;
            List<String> words = words(command);
            for (int i = 1; i < words.size(); i++) {
                String word = words.get(i);
                switch (word) {
                    case "-s" -> { }
                    case "-i", "-si" -> printsHead = true;
                    case "-I", "-sI" -> {
                        printsHead = true;
                        method = "HEAD";
                    }
                    case "-X" -> method = words.get(++i);
                    case "-H" -> headers.add(words.get(++i));
                    default -> {
                        assertThat(word).as("a curl option this test does not know, in: %s", command)
                                .startsWith(README_ADDRESS);
                        target = word.substring(README_ADDRESS.length());
                    }
                }
            }
            return new Curl(method, target, headers, printsHead);
        }

        /** Sends the request, and renders the answer as curl prints it. */
        String replay(URI server) throws IOException {
            var request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n");
            headers.forEach(header -> request.append(header).append("\r\n"));
            RawHttp.Response response = RawHttp.exchange(server, request.append("\r\n").toString());
            if (!printsHead) {
                return response.text();
            }
            var printed = new StringBuilder(response.statusLine()).append('\n');
            response.headerLines().forEach(line -> printed.append(line).append('\n'));
            return printed.append('\n').append(response.text()).toString().strip();
        }

        /** The printed lines as a pattern: header lines kept apart, JSON unwrapped, the wildcards widened. */
        String pattern(List<String> printed) {
            // curl -i and -I print the status line and header fields, then a blank line, then the body
            int blank = printed.contains("") ? printed.indexOf("") : printed.size();
            List<String> head = printsHead ? printed.subList(0, blank) : List.of();
            List<String> body = printsHead ? printed.subList(Math.min(blank + 1, printed.size()), printed.size())
                    : printed;
            String json = String.join("", body.stream().map(String::strip).toList());
            String text = (head.isEmpty() ? json : String.join("\n", head) + "\n\n" + json).strip();
            var pattern = new StringBuilder();
            Matcher wildcard = WILDCARDS.matcher(text);
            int last = 0;
            while (wildcard.find()) {
                pattern.append(Pattern.quote(text.substring(last, wildcard.start())))
                        .append(wildcard.group().equals("...") ? "(?s:.*?)" : "[^\"\\n]+");
                last = wildcard.end();
            }
            return pattern.append(Pattern.quote(text.substring(last))).toString();
        }
    }

    /** {@code NEWSFLOW_API_TOKEN=x java -jar ...} as a map of variables. */
    private static Map<String, String> environment(String command) {
        var variables = new LinkedHashMap<String, String>();
        for (String word : words(command)) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                variables.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return variables;
    }

    private static List<Example> examples(List<String> block) {
        var examples = new ArrayList<Example>();
        for (String line : block) {
            if (line.startsWith("$ ")) {
                examples.add(new Example(line.substring(2).strip(), new ArrayList<>()));
            } else if (!examples.isEmpty()) {
                examples.get(examples.size() - 1).printed().add(line);
            }
        }
        return examples;
    }

    private static List<String> words(String command) {
        var words = new ArrayList<String>();
        Matcher word = SHELL_WORD.matcher(command);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words;
    }

    private static List<List<String>> codeBlocks(List<String> lines) {
        var blocks = new ArrayList<List<String>>();
        List<String> open = null;
        for (String line : lines) {
            if (line.startsWith("```")) {
                if (open == null) {
                    open = new ArrayList<>();
                } else {
                    blocks.add(open);
                    open = null;
                }
            } else if (open != null) {
                open.add(line);
            }
        }
        return blocks;
    }

    private static List<String> httpApiSection() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"));
        int start = readme.indexOf("## HTTP API");
        int end = start + 1;
        while (end < readme.size() && !readme.get(end).startsWith("## ")) {
            end++;
        }
        return readme.subList(start, end);
    }
}
