package io.newsflow.store.web;

import io.newsflow.store.persist.EntityCount;
import java.util.List;

/** Entities as links to their pages, coloured by type as their mentions are, with how many articles name them. */
final class EntityList {

    private EntityList() {
    }

    static Html of(List<EntityCount> entities) {
        var list = new Html().open("ul", "class", "entity-list");
        for (EntityCount entity : entities) {
            list.open("li")
                    .element("a", entity.name(), "class", "entity " + MarkedText.cssName(entity.type()),
                            "href", Links.entity(entity.key()), "title", entity.type() + ", " + entity.key())
                    .element("span", " " + Layout.count(entity.articleCount(), "article") + " · "
                            + Layout.count(entity.mentionCount(), "mention"), "class", "count")
                    .close("li");
        }
        return list.close("ul");
    }
}
