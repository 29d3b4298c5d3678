package dev.shapegen.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * The inline elements open where {@link JavadocText} writes ({@code b}, {@code i}, {@code a}, {@code code}). Each is
 * written only just before its first text, so that none is empty.
 */
final class InlineStack {
    /** Deeper nesting is flattened: it keeps the work per word bounded. */
    private static final int MAX = 16;

    private static final class Inline {
        String tag;
        String open;
        String close;
        boolean written;
    }

    private final List<Inline> inlines = new ArrayList<>();

    /** Whether a {@code tag} element is open. */
    boolean has(String tag) {
        for (int k = 0; k < inlines.size(); k++) {
            if (inlines.get(k).tag.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Opens an element. Inside one of the same tag it writes nothing: doclint rejects nested {@code b}, {@code i}
     * and {@code code}, so the outer one is kept.
     */
    void push(String tag, String open, String close) {
        if (inlines.size() >= MAX) {
            return;
        }
        Inline in = new Inline();
        in.tag = tag;
        boolean nested = has(tag);
        in.open = nested ? "" : open;
        in.close = nested ? "" : close;
        inlines.add(in);
    }

    /**
     * Closes the innermost {@code tag} element and whatever is still open inside it.
     *
     * @return whether any of them had been written, and so was closed in {@code w}
     */
    boolean close(String tag, JavadocWriter w) {
        for (int k = inlines.size() - 1; k >= 0; k--) {
            if (inlines.get(k).tag.equals(tag)) {
                boolean wrote = false;
                for (int m = inlines.size() - 1; m >= k; m--) {
                    Inline in = inlines.remove(m);
                    if (in.written) {
                        w.raw(in.close);
                        wrote = true;
                    }
                }
                return wrote;
            }
        }
        return false;
    }

    /** Writes the start tags of the elements not written yet, outermost first: text follows. */
    void writePending(JavadocWriter w) {
        for (int k = 0; k < inlines.size(); k++) { // indexed: no iterator for every word
            Inline in = inlines.get(k);
            if (!in.written) {
                w.raw(in.open);
                in.written = true;
            }
        }
    }

    /** At a block boundary: closes the written elements; the others carry over, as in {@code <b><p>text</p></b>}. */
    void closeWritten(JavadocWriter w) {
        for (int k = inlines.size() - 1; k >= 0; k--) {
            if (inlines.get(k).written) {
                w.raw(inlines.remove(k).close);
            }
        }
    }
}
