package io.newsflow.store.api;

import io.newsflow.contracts.LogFormat;
import io.newsflow.http.HttpError;
import io.newsflow.store.persist.StoryQueries;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/stories}: the stories with the newest activity first, of at least {@code minArticles} articles
 * (default 1: every article is in a story, most of them alone), paged with {@code limit} and {@code offset} as the
 * other lists. {@code GET /api/stories/{id}}: one story with its first {@code limit} versions, oldest first, and the
 * {@code limit} entities its versions name most.
 */
final class StoriesHandler implements Endpoint {

    static final String PATH = "/api/stories";
    static final Set<String> PARAMETERS = Set.of("minArticles", "limit", "offset");
    static final Set<String> ONE_PARAMETERS = Set.of("limit");
    /** Enough versions of a wire story for one page; more with {@code limit}, up to the usual most. */
    private static final int ONE_DEFAULT_LIMIT = 50;

    private final StoryQueries stories;

    StoriesHandler(StoryQueries stories) {
        this.stories = stories;
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(PATH, PARAMETERS), new Route(PATH + "/{id}", ONE_PARAMETERS));
    }

    @Override
    public boolean serves(String path) {
        return isList(path) || path.startsWith(PATH + "/") && path.indexOf('/', PATH.length() + 1) < 0;
    }

    @Override
    public Reply get(URI uri) {
        if (isList(uri.getPath())) {
            var parameters = QueryParameters.of(uri, PARAMETERS);
            return Reply.ok(stories.list(parameters.count("minArticles", 1), parameters.limit(),
                    parameters.offset()));
        }
        String id = uri.getPath().substring(PATH.length() + 1);
        var parameters = QueryParameters.of(uri, ONE_PARAMETERS);
        return stories.find(id, parameters.limit(ONE_DEFAULT_LIMIT)).map(Reply::ok)
                .orElseThrow(() -> new HttpError(404, "no story with id " + LogFormat.quoted(id)));
    }

    private static boolean isList(String path) {
        return path.equals(PATH) || path.equals(PATH + "/");
    }
}
