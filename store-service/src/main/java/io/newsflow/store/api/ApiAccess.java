package io.newsflow.store.api;

import io.newsflow.contracts.LogFormat;
import io.newsflow.config.Env;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Who may use the API, as store-service is configured: with a token set, every {@code /api/*} request must carry
 * it as {@code Authorization: Bearer <token>}; without one the API is open, as it is on 127.0.0.1 by default. Web
 * pages of the listed origins may call the API from a browser (CORS); without any, browsers let no other origin's
 * page read its answers.
 *
 * @param token       null when no token is needed; never logged
 * @param corsOrigins allowed origins, {@code scheme://host[:port]} in lower case, or {@code *} alone for any; empty
 *                    for none
 */
public record ApiAccess(String token, List<String> corsOrigins) {

    static final String ANY_ORIGIN = "*";

    /** What a Bearer header can carry (RFC 6750's token68), long enough not to be guessed. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]{16,}=*");
    /** An origin as browsers send it in the Origin header: no path, no trailing slash. */
    private static final Pattern ORIGIN =
            Pattern.compile("[a-z][a-z0-9+.-]*://(\\[[0-9a-f:.]+]|[a-z0-9.-]+)(?::(\\d{1,5}))?");

    public ApiAccess {
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** Reads both variables and reports every bad value to {@code env}, without ever printing the token. */
    public static ApiAccess read(Env env, String tokenVariable, String originsVariable) {
        String token = env.string(tokenVariable, null);
        if (token != null && !TOKEN.matcher(token).matches()) {
            env.problem(tokenVariable + "=<masked> (" + token.length() + " characters): expected at least 16"
                    + " characters, each one of A-Z a-z 0-9 - . _ ~ + / (openssl rand -hex 32 prints one)");
        }
        return new ApiAccess(token, origins(env, originsVariable));
    }

    private static List<String> origins(Env env, String variable) {
        String value = env.string(variable, "");
        List<String> origins = Stream.of(value.split(",")).map(String::strip).filter(origin -> !origin.isEmpty())
                .map(origin -> origin.toLowerCase(Locale.ROOT)).toList();
        for (String origin : origins) {
            if (!origin.equals(ANY_ORIGIN) && !isOrigin(origin)) {
                env.problem(LogFormat.setting(variable, value) + ": \"" + origin + "\" is not an origin: expected"
                        + " scheme://host[:port], without a path or trailing slash, as browsers send it");
            }
        }
        if (origins.contains(ANY_ORIGIN) && origins.size() > 1) {
            env.problem(LogFormat.setting(variable, value) + ": expected * alone (any origin) or a list of origins, not both");
        }
        return origins;
    }

    private static boolean isOrigin(String origin) {
        Matcher m = ORIGIN.matcher(origin);
        if (!m.matches()) {
            return false;
        }
        int port = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        return port >= 1 && port <= 65535;
    }

    /** Never the record's generated form: that would print the token. */
    @Override
    public String toString() {
        return "ApiAccess[token=" + (token == null ? "<unset>" : "<masked>") + ", corsOrigins=" + corsOrigins + "]";
    }
}
