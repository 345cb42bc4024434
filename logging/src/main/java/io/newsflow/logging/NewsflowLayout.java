package io.newsflow.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every Newsflow process's log line, in the format {@code NEWSFLOW_LOG_FORMAT} names (an environment variable, or a
 * system property of that name): {@code text}, the default, one key=value line per event for people and grep; or
 * {@code json}, one JSON object per line for log shippers, with the same keys as the text line plus the time,
 * level, logger, whole message and stack trace (other libraries' messages, Kafka's, are kept whole, unparsed). An unknown format is reported once on standard error and text is
 * used: losing the logs would be worse than logging in the wrong format.
 */
public final class NewsflowLayout extends LayoutBase<ILoggingEvent> {

    public static final String FORMAT_VARIABLE = "NEWSFLOW_LOG_FORMAT";
    static final String TEXT_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %msg%n%ex";
    /** The JSON object's own keys; a message field of the same name is left to the whole message. */
    private static final Set<String> RESERVED = Set.of("time", "level", "logger", "service", "event", "message",
            "error");

    private static final JsonFactory JSON = new JsonFactory();

    private final PatternLayout text = new PatternLayout();
    private final String format;
    private boolean json;

    /** Logback's: the format from the environment. */
    public NewsflowLayout() {
        this(System.getProperty(FORMAT_VARIABLE, System.getenv().getOrDefault(FORMAT_VARIABLE, "text")));
    }

    /** @param format {@code text} or {@code json}, as {@code NEWSFLOW_LOG_FORMAT} takes it */
    public NewsflowLayout(String format) {
        this.format = format;
    }

    @Override
    public void start() {
        json = format.toLowerCase(Locale.ROOT).equals("json");
        if (!json && !format.equalsIgnoreCase("text")) {
            System.err.println("newsflow: " + FORMAT_VARIABLE + "=\"" + format + "\": expected text or json;"
                    + " logging as text");
        }
        text.setContext(getContext());
        text.setPattern(TEXT_PATTERN);
        text.start();
        super.start();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return json ? json(event) : text.doLayout(event);
    }

    private static String json(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        // Only Newsflow's own messages are "service event key=value"; Kafka's are prose.
        LogLine line = event.getLoggerName().startsWith("io.newsflow.") ? LogLine.parse(message) : LogLine.EMPTY;
        var out = new StringWriter(message.length() + 128);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
            json.writeStringField("level", event.getLevel().toString());
            json.writeStringField("logger", event.getLoggerName());
            json.writeStringField("service", line.service());
            json.writeStringField("event", line.event());
            for (Map.Entry<String, String> field : line.fields().entrySet()) {
                if (!RESERVED.contains(field.getKey())) {
                    json.writeStringField(field.getKey(), field.getValue());
                }
            }
            json.writeStringField("message", message);
            IThrowableProxy error = event.getThrowableProxy();
            if (error != null) {
                json.writeStringField("error", ThrowableProxyUtil.asString(error));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.append('\n').toString();
    }
}
