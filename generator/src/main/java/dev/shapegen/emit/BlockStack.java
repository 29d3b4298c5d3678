package dev.shapegen.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * The lists and list items open where {@link JavadocText} writes, inside the comment body. Each is written only once
 * content reaches it, so that none is empty.
 */
final class BlockStack {
    /** Deeper nesting is flattened: it keeps the indentation bounded. */
    static final int MAX = 24;

    /** A list, a list item or the comment body. */
    static final class Box {
        final String tag;
        final Box parent;
        final boolean list;
        final int indent;
        boolean written;
        boolean content;

        private Box(String tag, Box parent, boolean list, int indent) {
            this.tag = tag;
            this.parent = parent;
            this.list = list;
            this.indent = indent;
        }
    }

    private final List<Box> boxes = new ArrayList<>();

    BlockStack() {
        Box body = new Box("body", null, false, 0);
        body.written = true;
        boxes.add(body);
    }

    /** The innermost box; the body when nothing is open. */
    Box top() {
        return boxes.get(boxes.size() - 1);
    }

    /** How many boxes are open, the body included. */
    int depth() {
        return boxes.size();
    }

    /** The depth at which the innermost list is open, or 0 when none is. */
    int innermostList() {
        int k = boxes.size() - 1;
        while (k > 0 && !boxes.get(k).list) {
            k--;
        }
        return k;
    }

    void push(String tag, boolean list) {
        boxes.add(new Box(tag, top(), list, 2 * (boxes.size() - 1)));
    }

    /**
     * Closes the innermost box.
     *
     * @return whether it had been written, and so was closed in {@code w}
     */
    boolean pop(JavadocWriter w) {
        Box b = boxes.remove(boxes.size() - 1);
        if (!b.written) {
            return false;
        }
        if (b.list || w.lineEmpty()) {
            w.newLine(b.indent, b.indent);
        }
        w.raw("</" + b.tag + ">");
        if (b.list) {
            w.flush();
        }
        return true;
    }

    /**
     * Writes the start tags of the boxes not written yet, outermost first: content follows.
     *
     * @return the last box written, or null when all were written already
     */
    Box writePending(JavadocWriter w) {
        Box last = null;
        for (int k = 1; k < boxes.size(); k++) {
            Box b = boxes.get(k);
            if (!b.written) {
                b.parent.content = true;
                w.newLine(b.indent, b.indent + 2);
                w.raw("<" + b.tag + ">");
                if (b.list) {
                    w.flush();
                }
                b.written = true;
                last = b;
            }
        }
        return last;
    }
}
