package io.newsflow.launcher.replay;

import io.newsflow.contracts.Headers;
import io.newsflow.contracts.Topics;
import io.newsflow.testing.KafkaFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Dead letters as enrich-service writes them, for the re-drive scenarios: key NAME, value value-NAME. */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** The topics, then dead letters "a" and "b" from the raw topic and an "orphan" that names no origin. */
    public static void sendTwoFromRawAndAnOrphan(KafkaFixture kafka) throws InterruptedException, ExecutionException {
        kafka.createTopics(List.of(Topics.RAW, Topics.ENRICHED, Topics.DEAD_LETTER));
        send(kafka, "a", Topics.RAW.name());
        send(kafka, "b", Topics.RAW.name());
        send(kafka, "orphan", null);
    }

    /** @param origin the topic it was read from; null for one that names none */
    static void send(KafkaFixture kafka, String name, String origin) throws InterruptedException,
            ExecutionException {
        var headers = new RecordHeaders();
        headers.add(Headers.EVENT_TYPE, Headers.utf8("news.article.raw"));
        if (origin != null) {
            headers.add(Headers.DLQ_TOPIC, Headers.utf8(origin));
            headers.add(Headers.DLQ_PARTITION, Headers.utf8("2"));
            headers.add(Headers.DLQ_OFFSET, Headers.utf8("17"));
            headers.add(Headers.DLQ_SERVICE, Headers.utf8("enrich-service"));
        }
        headers.add(Headers.DLQ_ERROR, Headers.utf8("not a RawArticle"));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.DEAD_LETTER.name(), null, name.getBytes(StandardCharsets.UTF_8),
                    ("value-" + name).getBytes(StandardCharsets.UTF_8), headers)).get();
        }
    }
}
