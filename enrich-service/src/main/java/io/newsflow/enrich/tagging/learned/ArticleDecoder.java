package io.newsflow.enrich.tagging.learned;

import io.newsflow.enrich.tagging.entities.Layout;
import io.newsflow.enrich.tagging.entities.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags a whole article line by line, keeping the {@link History} of what each word was called. Lines in capitals
 * (headlines, results tables) go last: their case says nothing, and by then the story has said what their names
 * are. Training runs the very same pass, so the model learns from the history it will see when tagging.
 */
final class ArticleDecoder {

    /** Called after each line is decoded, before its verdicts enter the history: where training updates. */
    interface LineListener {
        void decoded(int from, LineDecoder line, History history);
    }

    private final LineDecoder line = new LineDecoder();

    /** The label of every token. */
    int[] decode(List<Token> tokens, Layout layout, Features features, Scorer scorer, LineListener listener) {
        int[] labels = new int[tokens.size()];
        var history = new History();
        for (int index : linesInOrder(layout)) {
            int from = layout.firstToken(index);
            line.decode(features, history, from, layout.endToken(index), scorer);
            listener.decoded(from, line, history);
            for (int t = 0; t < line.length(); t++) {
                int token = from + t;
                int label = line.label(t);
                labels[token] = label;
                if (label != Labels.OUTSIDE) {
                    history.record(tokens.get(token).lower(), Labels.type(label));
                } else if (features.isCapitalisedWord(token)) {
                    history.record(tokens.get(token).lower(), Labels.TYPES);
                }
            }
        }
        return labels;
    }

    /** The lines that have tokens, prose first, lines in capitals last. */
    private static List<Integer> linesInOrder(Layout layout) {
        var prose = new ArrayList<Integer>();
        var capitals = new ArrayList<Integer>();
        for (int line = 0; line < layout.lines(); line++) {
            if (layout.firstToken(line) < layout.endToken(line)) {
                (layout.isCaps(line) ? capitals : prose).add(line);
            }
        }
        prose.addAll(capitals);
        return prose;
    }
}
