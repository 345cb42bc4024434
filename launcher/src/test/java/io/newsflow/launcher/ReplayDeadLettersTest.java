package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code newsflow replay dead-letters} without a broker: one line after the stated wait, not a hang or a trace. */
class ReplayDeadLettersTest {

    private final Console console = new Console();

    @Test
    void a_broker_that_cannot_be_reached_is_named_with_the_wait_and_exit_status_1() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // free once closed: nothing listens there
        }
        String kafka = "127.0.0.1:" + closedPort;

        int status = console.type("replay", "dead-letters", "--kafka", kafka, "--timeout", "1");

        assertThat(status).isEqualTo(1);
        assertThat(console.errors())
                .isEqualTo("newsflow replay dead-letters: cannot reach Kafka at " + kafka + " within 1 s\n");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void the_wait_has_a_default_of_ten_seconds_and_bounds() {
        ReplayCommand.DeadLetters command = Console.parsed("replay", "dead-letters");

        assertThat(console.type("replay", "dead-letters", "--timeout", "0")).isEqualTo(2);
        assertThat(console.errors()).isEqualTo(
                "newsflow replay dead-letters: --timeout=\"0\": expected a whole number from 1 to 3600\n");
        assertThat(command).extracting("timeoutSeconds").isEqualTo(10);
    }

    @Test
    void a_broker_address_without_a_port_is_refused_before_anything_is_tried() {
        assertThat(console.type("replay", "dead-letters", "--kafka", "kafka.example.org")).isEqualTo(2);
        assertThat(console.errors()).isEqualTo("newsflow replay dead-letters: --kafka=\"kafka.example.org\": "
                + "expected HOST:PORT, or several separated by commas\n");
    }
}
