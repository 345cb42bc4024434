package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docker-compose itself accepts docker-compose.yml, with and without the optional monitoring profile: its own
 * {@code config} check reads the file as a user's docker-compose would, with no Docker engine needed. Skipped where
 * the tool is not installed, except under {@code CI=true}, where {@code .ci/run} installs it.
 */
class DockerComposeConfigTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "monitoring"})
    void docker_compose_accepts_the_file(String profile) throws Exception {
        Optional<Path> tool = onPath("docker-compose");
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(tool.isPresent() || ci, "docker-compose is not installed here");
        assertThat(tool).as("docker-compose on the PATH (.ci/run installs it)").isPresent();

        var command = new ArrayList<>(List.of(tool.get().toString(), "-f", Path.of("..", "docker-compose.yml")
                .toString()));
        if (!profile.isEmpty()) {
            command.addAll(List.of("--profile", profile));
        }
        command.addAll(List.of("config", "-q"));
        Process check = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).as("docker-compose config ends").isTrue();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(said).as("what docker-compose config says of the file").isEmpty();
        assertThat(check.exitValue()).isZero();
    }

    private static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, name)).filter(Files::isExecutable).findFirst();
    }
}
