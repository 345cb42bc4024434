package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.config.KafkaRefusedException;
import io.newsflow.config.ServiceMain;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichMain;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestMain;
import io.newsflow.kafka.embedded.EmbeddedKraftBroker;
import io.newsflow.metrics.Metrics;
import io.newsflow.store.StoreApp;
import io.newsflow.store.StoreConfig;
import io.newsflow.store.StoreMain;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A broker that lets in only clients that log in (SASL PLAIN) and enforces ACLs, as a production cluster does. Each
 * service, logged in as its own user through {@code NEWSFLOW_KAFKA_*} variables, works with exactly the ACLs the
 * README's table lists for it. A wrong password, or a user without ACLs, stops a service at once with one line
 * saying so, instead of a retry loop.
 */
class KafkaSecurityIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(90);
    private static final Map<String, String> USERS = Map.of("admin", "admin-secret", "ingest", "ingest-secret",
            "enrich", "enrich-secret", "store", "store-secret", "nobody", "nobody-secret");

    @TempDir
    static Path brokerDir;
    private static EmbeddedKraftBroker broker;

    @TempDir
    Path work;

    @BeforeAll
    static void startBrokerAndGrantTheReadmesAcls() throws Exception {
        broker = EmbeddedKraftBroker.startWithSaslPlain(brokerDir, USERS, "admin");
        var acls = new ArrayList<AclBinding>();
        // ingest-service
        for (String topic : List.of("news.articles.raw.v1", "news.ingest.ledger.v1", "news.ingest.errors.v1",
                "news.ingest.status.v1")) {
            acls.addAll(allow("ingest", ResourceType.TOPIC, topic, AclOperation.WRITE, AclOperation.DESCRIBE));
        }
        acls.addAll(allow("ingest", ResourceType.TOPIC, "news.ingest.ledger.v1", AclOperation.READ));
        acls.addAll(allow("ingest", ResourceType.TRANSACTIONAL_ID, "newsflow-ingest", AclOperation.WRITE,
                AclOperation.DESCRIBE));
        // enrich-service
        for (String topic : List.of("news.articles.raw.v1", "news.articles.enriched.v1")) {
            acls.addAll(allow("enrich", ResourceType.TOPIC, topic, AclOperation.READ, AclOperation.DESCRIBE));
        }
        for (String topic : List.of("news.articles.enriched.v1", "news.articles.dlq.v1", "news.stories.v1")) {
            acls.addAll(allow("enrich", ResourceType.TOPIC, topic, AclOperation.WRITE, AclOperation.DESCRIBE));
        }
        acls.addAll(allow("enrich", ResourceType.TOPIC, "news.stories.internal.v1", AclOperation.READ,
                AclOperation.WRITE, AclOperation.DESCRIBE));
        acls.add(prefixed("enrich", ResourceType.TOPIC, "newsflow-enrich-", AclOperation.ALL));
        for (String group : List.of("newsflow-enrich", "newsflow-enrich-stories")) {
            acls.addAll(allow("enrich", ResourceType.GROUP, group, AclOperation.READ, AclOperation.DESCRIBE));
        }
        acls.add(prefixed("enrich", ResourceType.TRANSACTIONAL_ID, "newsflow-enrich-", AclOperation.WRITE));
        acls.add(prefixed("enrich", ResourceType.TRANSACTIONAL_ID, "newsflow-enrich-", AclOperation.DESCRIBE));
        // store-service
        for (String topic : List.of("news.articles.enriched.v1", "news.stories.v1")) {
            acls.addAll(allow("store", ResourceType.TOPIC, topic, AclOperation.READ, AclOperation.DESCRIBE));
        }
        acls.addAll(allow("store", ResourceType.TOPIC, "news.articles.dlq.v1", AclOperation.WRITE,
                AclOperation.DESCRIBE));
        acls.addAll(allow("store", ResourceType.GROUP, "newsflow-store", AclOperation.READ, AclOperation.DESCRIBE));
        // each may create the topics it uses
        for (String user : List.of("ingest", "enrich", "store")) {
            acls.addAll(allow(user, ResourceType.CLUSTER, "kafka-cluster", AclOperation.CREATE));
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", jaas("admin")))) {
            admin.createAcls(acls).all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static List<AclBinding> allow(String user, ResourceType type, String name, AclOperation... operations) {
        var bindings = new ArrayList<AclBinding>();
        for (AclOperation operation : operations) {
            bindings.add(new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                    new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW)));
        }
        return bindings;
    }

    private static AclBinding prefixed(String user, ResourceType type, String prefix, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, prefix, PatternType.PREFIXED),
                new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
    }

    private static String jaas(String user) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                + "\" password=\"" + USERS.get(user) + "\";";
    }

    private Map<String, String> wrongPassword() {
        var env = loggedInAs("store");
        env.put("NEWSFLOW_KAFKA_SASL_JAAS_CONFIG", jaas("store").replace(USERS.get("store"), "wrong"));
        return env;
    }

    private Map<String, String> loggedInAs(String user) {
        var env = new HashMap<String, String>();
        env.put("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("NEWSFLOW_KAFKA_SASL_MECHANISM", "PLAIN");
        env.put("NEWSFLOW_KAFKA_SASL_JAAS_CONFIG", jaas(user));
        env.put("NEWSFLOW_DATA_DIR", work.resolve("data-" + user).toString());
        env.put("NEWSFLOW_HTTP_PORT", "0");
        env.put("NEWSFLOW_METRICS_PORT", "0");
        env.put("HOSTNAME", "acl-test");
        return env;
    }

    @Test
    void each_service_logged_in_as_its_own_user_works_with_the_acls_the_readme_lists() throws Exception {
        Path inbox = Seeds.copyInto(work.resolve("inbox"));
        var ingestEnv = loggedInAs("ingest");
        ingestEnv.put("NEWSFLOW_INBOX", inbox.toString());

        try (var metrics = new Metrics();
             var store = new StoreApp(StoreConfig.fromEnv(loggedInAs("store")), metrics);
             var enrich = new EnrichApp(EnrichConfig.fromEnv(loggedInAs("enrich")), metrics);
             var ingest = new IngestApp(IngestConfig.fromEnv(ingestEnv), metrics)) {
            store.start();
            enrich.start();
            ingest.start();

            URI api = store.apiAddress();
            await().atMost(ARRIVAL).until(() -> get(api, "api/articles").contains("\"total\":2"));
            assertThat(get(api, "api/articles?entity=organization:nato")).contains("\"total\":2");
        }
    }

    @Test
    void a_user_without_acls_is_stopped_with_one_line_naming_the_refusal() {
        KafkaRefusedException e;
        try (var metrics = new Metrics(); var store = new StoreApp(StoreConfig.fromEnv(loggedInAs("nobody")), metrics)) {
            e = assertThrows(KafkaRefusedException.class, store::start);
        }

        assertThat(e.getMessage()).startsWith("Kafka at " + broker.bootstrapServers() + " does not allow this: ")
                .endsWith("(the README's \"Running on a Kafka cluster\" lists the ACLs each service needs)")
                .doesNotContain("\n");
    }

    @Test
    void with_a_wrong_password_the_embedded_pipeline_does_not_start() {
        var options = new RunOptions(work.resolve("inbox"), work.resolve("data"), 0, 0);

        var e = assertThrows(KafkaRefusedException.class,
                () -> EmbeddedPipeline.startOn(broker.bootstrapServers(), wrongPassword(), options).close());

        assertThat(e.getMessage()).isEqualTo(refusal());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "enrich", "store"})
    void with_a_wrong_password_each_service_exits_with_one_line(String service) throws Exception {
        var env = wrongPassword();
        env.put("NEWSFLOW_INBOX", work.resolve("inbox").toString());
        Class<?> main = switch (service) {
            case "ingest" -> IngestMain.class;
            case "enrich" -> EnrichMain.class;
            default -> StoreMain.class;
        };
        // The launcher jar's manifest lists every service and library, so it runs any service's main.
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Path.of("target", "newsflow-launcher.jar").toString(), main.getName())
                .redirectOutput(work.resolve("stdout").toFile())
                .redirectError(work.resolve("stderr").toFile());
        process.environment().putAll(env);
        Process running = process.start();
        try {
            assertThat(running.waitFor(60, TimeUnit.SECONDS)).as("the %s-service exits by itself", service).isTrue();
        } finally {
            running.destroyForcibly();
        }

        List<String> stderr = Files.readAllLines(work.resolve("stderr"), StandardCharsets.UTF_8);
        String stdout = Files.readString(work.resolve("stdout"), StandardCharsets.UTF_8);
        assertThat(running.exitValue()).isEqualTo(ServiceMain.KAFKA_REFUSED);
        assertThat(stderr).containsExactly(service + "-service cannot start: " + refusal());
        assertThat(stdout).as("no stack trace in the log").doesNotContain("\tat ", "Exception");
        assertThat(stdout).doesNotContain("wrong\"").contains("kafka.sasl.jaas.config=<masked>");
    }

    private static String refusal() {
        return "Kafka at " + broker.bootstrapServers() + " refused the credentials: Authentication failed: Invalid "
                + "username or password (check NEWSFLOW_KAFKA_SECURITY_PROTOCOL, NEWSFLOW_KAFKA_SASL_MECHANISM and "
                + "NEWSFLOW_KAFKA_SASL_JAAS_CONFIG)";
    }

    private static String get(URI api, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
