package io.newsflow.launcher.replay;

import io.newsflow.config.KafkaSettings;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Topics;
import io.newsflow.testing.KafkaFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadLetterRedriverIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void dead_letters_go_back_to_their_topic_once_without_the_dead_letter_headers() throws Exception {
        try (var kafka = KafkaFixture.embedded()) {
            // given two dead letters from the raw topic, "a" and "b", and one that names no origin
            DeadLetters.sendTwoFromRawAndAnOrphan(kafka);
            var warnings = new ArrayList<String>();

            // when they are re-driven, twice
            var redriver = new DeadLetterRedriver(KafkaSettings.plain(kafka.bootstrapServers()), Duration.ofSeconds(10));
            var first = redriver.redriveAll(warnings::add);
            var second = redriver.redriveAll(warnings::add);

            // then each went back once, keeping its own headers and dropping the dead-letter ones
            assertThat(first).isEqualTo(Map.of(Topics.RAW.name(), 2));
            assertThat(second).isEmpty();
            assertThat(warnings).singleElement().asString().contains("names no original topic");
            var raw = kafka.readBytes(Topics.RAW.name(), 2, WAIT);
            assertThat(raw).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .containsExactlyInAnyOrder("value-a", "value-b");
            assertThat(raw).allSatisfy(r -> {
                assertThat(Headers.text(r.headers(), Headers.EVENT_TYPE)).isEqualTo("news.article.raw");
                assertThat(Headers.text(r.headers(), Headers.DLQ_ERROR)).isNull();
                assertThat(Headers.text(r.headers(), Headers.DLQ_TOPIC)).isNull();
            });
        }
    }
}
