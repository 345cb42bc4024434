package io.newsflow.enrich.tagging.learned;

import io.newsflow.enrich.tagging.entities.EntityTagger;
import io.newsflow.enrich.tagging.entities.Layout;
import io.newsflow.enrich.tagging.entities.NameSpan;
import io.newsflow.enrich.tagging.entities.RuleEvidence;
import io.newsflow.enrich.tagging.entities.Token;
import io.newsflow.enrich.tagging.entities.Tokenizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An annotated article cut into tokens with its features and the label of each token, made once and read on every
 * training epoch. A marked name whose ends fall inside a token cannot be learned; it is counted in
 * {@link #unaligned()} (the trainer reports the total) and its tokens are left outside any name.
 */
final class PreparedArticle {

    final List<Token> tokens;
    final Layout layout;
    final Features features;
    final int[] gold;
    final Set<NameSpan> names = new HashSet<>();
    private int unaligned;

    PreparedArticle(AnnotatedArticle article, Tokenizer tokenizer, EntityTagger rules) {
        tokens = tokenizer.tokenize(article.text());
        layout = Layout.of(tokens);
        RuleEvidence evidence = rules.evidence(tokens, layout);
        features = new Features(tokens, layout, evidence);
        gold = new int[tokens.size()];
        Map<Integer, Integer> byStart = new HashMap<>();
        Map<Integer, Integer> byEnd = new HashMap<>();
        for (int t = 0; t < tokens.size(); t++) {
            byStart.put(tokens.get(t).start(), t);
            byEnd.put(tokens.get(t).end(), t);
        }
        for (AnnotatedArticle.Name name : article.names()) {
            Integer first = byStart.get(name.start());
            Integer last = byEnd.get(name.end());
            int type = Labels.typeIndex(name.type());
            if (first == null || last == null || last < first || type < 0) {
                unaligned++;
                continue;
            }
            names.add(new NameSpan(first, last + 1, name.type()));
            gold[first] = Labels.begin(type);
            for (int t = first + 1; t <= last; t++) {
                gold[t] = Labels.inside(type);
            }
        }
    }

    int unaligned() {
        return unaligned;
    }
}
