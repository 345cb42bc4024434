package io.newsflow.enrich.corenlp;

import io.newsflow.contracts.EntityType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CoreNLP's NER labels in Newsflow's four entity types. CoreNLP refines its CoNLL classes (a LOCATION becomes a
 * CITY, a MISC a NATIONALITY); those fine-grained labels fold back into the class they refine. Labels that are not
 * names (TITLE, NUMBER, MONEY, CAUSE_OF_DEATH, ...) have no type and are dropped; dates are the TIMEX labels.
 */
final class NerTypes {

    /** SUTime's labels: their mentions carry a TIMEX3 value and become date mentions. */
    static final Set<String> TIMEX = Set.of("DATE", "TIME", "DURATION", "SET");

    private static final Map<String, EntityType> ENTITY_TYPES = Map.ofEntries(
            Map.entry("PERSON", EntityType.PERSON),
            Map.entry("ORGANIZATION", EntityType.ORGANIZATION),
            Map.entry("LOCATION", EntityType.LOCATION),
            Map.entry("CITY", EntityType.LOCATION),
            Map.entry("COUNTRY", EntityType.LOCATION),
            Map.entry("STATE_OR_PROVINCE", EntityType.LOCATION),
            Map.entry("MISC", EntityType.MISC),
            Map.entry("NATIONALITY", EntityType.MISC),
            Map.entry("RELIGION", EntityType.MISC),
            Map.entry("IDEOLOGY", EntityType.MISC));

    private NerTypes() {
    }

    static Optional<EntityType> entityType(String nerLabel) {
        return Optional.ofNullable(ENTITY_TYPES.get(nerLabel));
    }
}
