package io.newsflow.http;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One request as {@link RequestReader} read it: everything a handler looks at, already checked for form.
 *
 * @param uri       the request target; its path is {@code *} for {@code OPTIONS *}
 * @param headers   header fields by lower-case name, values in the order sent
 * @param keepAlive whether the connection serves another request after this one
 */
public record ApiRequest(String method, URI uri, Map<String, List<String>> headers, boolean keepAlive) {

    public ApiRequest {
        headers = Map.copyOf(headers);
    }

    /** The first value of a header field, or null; {@code name} in lower case. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    public String path() {
        return uri.getPath();
    }

    public boolean isHead() {
        return "HEAD".equals(method);
    }
}
