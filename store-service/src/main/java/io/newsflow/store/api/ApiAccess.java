package io.newsflow.store.api;

import io.newsflow.config.Env;
import java.util.regex.Pattern;

/**
 * Who may use the API, as store-service is configured: with a token set, every {@code /api/*} request must carry
 * it as {@code Authorization: Bearer <token>}; without one the API is open, as it is on 127.0.0.1 by default.
 *
 * @param token null when no token is needed; never logged
 */
public record ApiAccess(String token) {

    /** No token: the default, for an API that only this machine reaches. */
    public static final ApiAccess OPEN = new ApiAccess(null);

    /** What a Bearer header can carry (RFC 6750's token68), long enough not to be guessed. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]{16,}=*");

    /** Reads the token variable and reports a bad value to {@code env}, without ever printing the token. */
    public static ApiAccess read(Env env, String tokenVariable) {
        String token = env.string(tokenVariable, null);
        if (token != null && !TOKEN.matcher(token).matches()) {
            env.problem(tokenVariable + "=<masked> (" + token.length() + " characters): expected at least 16"
                    + " characters, each one of A-Z a-z 0-9 - . _ ~ + / (openssl rand -hex 32 prints one)");
        }
        return new ApiAccess(token);
    }

    /** Never the record's generated form: that would print the token. */
    @Override
    public String toString() {
        return "ApiAccess[token=" + (token == null ? "<unset>" : "<masked>") + "]";
    }
}
