package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Topic;
import io.newsflow.contracts.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run where there is no Docker engine, so it is checked against the code instead: every
 * variable it sets is one the service reads, and ports, paths and topics agree with the code.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "store-service");

    private final Map<String, Object> services = load();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try {
            Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
            return (Map<String, Object>) compose.get("services");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> environment(String name) {
        var env = (Map<String, Object>) service(name).getOrDefault("environment", Map.of());
        return env.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    @Test
    void every_variable_a_service_is_given_is_one_it_reads() {
        for (String name : SERVICES) {
            assertThat(environment(name).keySet()).as("variables compose sets for " + name)
                    .isSubsetOf(ServiceVariables.of(name));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_service_is_built_from_its_own_module_with_the_shared_dockerfile() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        for (String name : SERVICES) {
            var build = (Map<String, Object>) service(name).get("build");
            assertThat(((Map<String, Object>) build.get("args")).get("SERVICE")).isEqualTo(name);
            assertThat(ROOT.resolve(name).resolve("pom.xml")).exists();
        }
        assertThat(dockerfile).contains("-pl \"${SERVICE}\"", "/src/${SERVICE}/target/newsflow-${SERVICE}.jar");
    }

    @Test
    void services_reach_kafka_on_a_listener_the_broker_advertises() {
        String advertised = environment("kafka").get("KAFKA_ADVERTISED_LISTENERS");
        for (String name : SERVICES) {
            String bootstrap = environment(name).get("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS");
            assertThat(advertised).as(name + " bootstrap " + bootstrap).contains("//" + bootstrap);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_api_port_published_and_health_checked_is_the_one_store_service_listens_on() {
        String port = environment("store-service").get("NEWSFLOW_HTTP_PORT");
        var ports = (List<String>) service("store-service").get("ports");
        assertThat(ports).containsExactly("127.0.0.1:" + port + ":" + port);
        assertThat(String.valueOf(service("store-service").get("healthcheck"))).contains("/dev/tcp/127.0.0.1/" + port);
        assertThat(environment("store-service").get("NEWSFLOW_HTTP_HOST")).isEqualTo("0.0.0.0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_inbox_volume_is_mounted_where_ingest_service_looks() {
        String inbox = environment("ingest-service").get("NEWSFLOW_INBOX");
        var volumes = (List<String>) service("ingest-service").get("volumes");
        assertThat(volumes).containsExactly("${NEWSFLOW_INBOX_DIR:-./seeds}:" + inbox);
    }

    @Test
    void the_topics_created_up_front_are_the_code_s_topics_with_their_partitions_and_policies() {
        String script = String.valueOf(service("kafka-init").get("command"));
        var create = Pattern.compile("create (\\S+) (\\d+)( cleanup.policy=compact)?").matcher(script);
        var created = new java.util.TreeMap<String, String>();
        while (create.find()) {
            created.put(create.group(1), create.group(2) + (create.group(3) == null ? "" : " compact"));
        }
        var expected = new java.util.TreeMap<String, String>();
        for (Topic<?, ?> topic : Topics.ALL) {
            expected.put(topic.name(), topic.partitions() + (topic.compacted() ? " compact" : ""));
        }
        assertThat(created).isEqualTo(expected);
    }

    @Test
    void a_scalable_service_has_no_fixed_container_name() {
        assertThat(service("enrich-service")).doesNotContainKey("container_name");
    }
}
