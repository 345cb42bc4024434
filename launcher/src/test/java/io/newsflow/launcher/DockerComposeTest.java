package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Topic;
import io.newsflow.contracts.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

    /** The port each service serves /health and /metrics on, as compose tells it. */
    private String healthPort(String name) {
        return name.equals("store-service") ? environment(name).get("NEWSFLOW_HTTP_PORT")
                : environment(name).get("NEWSFLOW_METRICS_PORT");
    }

    @Test
    void every_service_but_the_one_shot_topic_creator_has_a_healthcheck() {
        assertThat(services.keySet()).contains("kafka", "postgres", "ingest-service", "enrich-service",
                "store-service");
        for (String name : services.keySet()) {
            if (!name.equals("kafka-init") && !isMonitoring(name)) {
                assertThat(service(name)).as(name).containsKey("healthcheck");
            }
        }
    }

    @Test
    void each_newsflow_service_is_health_checked_for_readiness_on_the_port_it_serves_on_every_address() {
        for (String name : SERVICES) {
            String port = healthPort(name);
            assertThat(port).as(name + " port").isNotNull();
            assertThat(String.valueOf(service(name).get("healthcheck"))).as(name)
                    .contains("/dev/tcp/127.0.0.1/" + port, "GET /health/ready");
        }
        assertThat(environment("ingest-service").get("NEWSFLOW_METRICS_HOST")).isEqualTo("0.0.0.0");
        assertThat(environment("enrich-service").get("NEWSFLOW_METRICS_HOST")).isEqualTo("0.0.0.0");
    }

    @Test
    void ingest_and_enrich_get_at_least_30_seconds_to_stop() {
        for (String name : List.of("ingest-service", "enrich-service")) {
            var grace = Pattern.compile("(\\d+)s").matcher(String.valueOf(service(name).get("stop_grace_period")));
            assertThat(grace.matches()).as(name + " stop_grace_period in seconds").isTrue();
            assertThat(Integer.parseInt(grace.group(1))).as(name).isGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void every_image_is_pinned_to_a_version_in_compose_and_in_the_dockerfile() throws IOException {
        var images = new ArrayList<String>();
        services.keySet().stream().map(this::service).filter(s -> s.containsKey("image"))
                .forEach(s -> images.add(String.valueOf(s.get("image"))));
        Files.readString(ROOT.resolve("Dockerfile")).lines().filter(line -> line.startsWith("FROM "))
                .forEach(line -> images.add(line.split(" ")[1]));
        assertThat(images).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(image -> assertThat(image).as(image).matches("[a-z0-9./-]+:v?\\d+\\.\\d+[^:\\s]*"));
    }

    @Test
    void the_dockerfile_fetches_dependencies_from_every_module_pom_before_it_copies_the_sources() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        int sources = dockerfile.indexOf("COPY . .");
        int offline = dockerfile.indexOf("dependency:go-offline");
        assertThat(offline).as("go-offline before the sources").isPositive().isLessThan(sources);
        var modules = Pattern.compile("<module>([^<]+)</module>").matcher(
                Files.readString(ROOT.resolve("pom.xml")).split("<profiles>")[0]);
        while (modules.find()) {
            String module = modules.group(1);
            assertThat(dockerfile.indexOf("COPY " + module + "/pom.xml " + module + "/")).as(module + "'s pom")
                    .isPositive().isLessThan(offline);
        }
    }

    private boolean isMonitoring(String name) {
        return String.valueOf(service(name).get("profiles")).equals("[monitoring]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheus_and_grafana_run_only_under_the_monitoring_profile_with_files_that_exist() {
        assertThat(services.keySet().stream().filter(this::isMonitoring)).containsExactlyInAnyOrder("prometheus",
                "grafana");
        for (String name : List.of("prometheus", "grafana")) {
            for (String volume : (List<String>) service(name).get("volumes")) {
                if (volume.startsWith("./")) {
                    assertThat(ROOT.resolve(volume.split(":")[0])).as(name + " mounts " + volume).exists();
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_scrape_target_is_a_newsflow_service_on_the_port_it_serves_metrics_on() throws IOException {
        Map<String, Object> prometheus =
                new Yaml().load(Files.readString(ROOT.resolve("ops/prometheus/prometheus.yml")));
        var scraped = new TreeSet<String>();
        for (var job : (List<Map<String, Object>>) prometheus.get("scrape_configs")) {
            for (var config : (List<Map<String, Object>>) job.getOrDefault("static_configs", List.of())) {
                for (String target : (List<String>) config.get("targets")) {
                    scraped.add(target);
                }
            }
            for (var config : (List<Map<String, Object>>) job.getOrDefault("dns_sd_configs", List.of())) {
                for (String name : (List<String>) config.get("names")) {
                    scraped.add(name + ":" + config.get("port"));
                }
            }
        }
        var expected = new TreeSet<String>();
        SERVICES.forEach(name -> expected.add(name + ":" + healthPort(name)));
        assertThat(scraped).isEqualTo(expected);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_dashboard_reads_the_provisioned_prometheus_data_source() throws IOException {
        Map<String, Object> sources = new Yaml().load(Files.readString(
                ROOT.resolve("ops/grafana/provisioning/datasources/prometheus.yml")));
        var source = ((List<Map<String, Object>>) sources.get("datasources")).get(0);
        assertThat(source.get("url")).isEqualTo("http://prometheus:9090");
        String dashboard = Files.readString(ROOT.resolve("ops/grafana/newsflow-dashboard.json"));
        var uids = Pattern.compile("\"uid\": \"([^\"]+)\"").matcher(dashboard);
        var named = new TreeSet<String>();
        while (uids.find()) {
            named.add(uids.group(1));
        }
        assertThat(named).containsExactlyInAnyOrder("newsflow", String.valueOf(source.get("uid")));
    }
}
