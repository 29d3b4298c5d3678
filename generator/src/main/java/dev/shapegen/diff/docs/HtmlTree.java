package dev.shapegen.diff.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The HTML of one documentation string as the tree botocore's doc-string parser builds (see {@link HtmlReader}):
 * tags and text, where text keeps its leading and trailing white-space apart from its words.
 *
 * <p>{@link Tag#collapseWhitespace()} removes the white-space a browser would not show, with botocore's rules:
 * block tags lose leading and trailing white-space, and of two adjacent white-space runs across a tag boundary
 * only one is kept.
 */
final class HtmlTree {

    /** Tags with start and end handlers in botocore's reST style. */
    static final Set<String> HANDLED = Set.of("p", "b", "bold", "i", "italics", "code", "a", "li", "ul", "ol",
            "note", "important", "danger", "examples", "fullname", "codeblock");
    private static final Set<String> BLOCK = Set.of("p", "note", "ul", "li");

    private HtmlTree() {}

    /** A node: a tag with children, or text. */
    abstract static sealed class Node permits Tag, Text {
        Tag parent;

        abstract boolean isWhitespace();

        abstract boolean startsWithWhitespace();

        abstract boolean endsWithWhitespace();

        abstract void lstrip();

        abstract void rstrip();

        abstract void collapseWhitespace();
    }

    /** A tag, or the root (whose name is null). */
    static final class Tag extends Node {
        final String name;
        final List<String[]> attrs;
        List<Node> children = new ArrayList<>();

        Tag(String name, List<String[]> attrs) {
            this.name = name;
            this.attrs = attrs;
        }

        void add(Node child) {
            child.parent = this;
            children.add(child);
        }

        boolean hasTagChild() {
            return children.stream().anyMatch(c -> c instanceof Tag);
        }

        @Override
        boolean isWhitespace() {
            // As in Python, all() of nothing is true: an empty tag counts as white-space and can be stripped.
            return children.stream().allMatch(Node::isWhitespace);
        }

        @Override
        boolean startsWithWhitespace() {
            return !children.isEmpty() && children.get(0).startsWithWhitespace();
        }

        @Override
        boolean endsWithWhitespace() {
            return !children.isEmpty() && children.get(children.size() - 1).endsWithWhitespace();
        }

        @Override
        void lstrip() {
            while (!children.isEmpty() && children.get(0).isWhitespace()) {
                children.remove(0);
            }
            if (!children.isEmpty()) {
                children.get(0).lstrip();
            }
        }

        @Override
        void rstrip() {
            while (!children.isEmpty() && children.get(children.size() - 1).isWhitespace()) {
                children.remove(children.size() - 1);
            }
            if (!children.isEmpty()) {
                children.get(children.size() - 1).rstrip();
            }
        }

        @Override
        void collapseWhitespace() {
            if (name == null || BLOCK.contains(name)) {
                lstrip();
                rstrip();
            }
            if (name != null) {
                // Both passes look at the same pairs, taken before either changes anything, as botocore's zip does.
                List<Node> snapshot = List.copyOf(children);
                for (int i = 1; i < snapshot.size(); i++) {
                    if (snapshot.get(i - 1) instanceof Text prev && prev.endsWithWhitespace()
                            && snapshot.get(i).startsWithWhitespace()) {
                        snapshot.get(i).lstrip();
                    }
                }
                for (int i = 1; i < snapshot.size(); i++) {
                    if (snapshot.get(i) instanceof Text next && snapshot.get(i - 1).endsWithWhitespace()
                            && next.startsWithWhitespace()) {
                        snapshot.get(i - 1).rstrip();
                    }
                }
            }
            for (Node child : List.copyOf(children)) {
                child.collapseWhitespace();
            }
        }
    }

    /** Text, split into leading white-space, the words and trailing white-space; all-blank text is all trailing. */
    static final class Text extends Node {
        String leading;
        final String core;
        String trailing;

        Text(String data) {
            int start = 0;
            while (start < data.length() && isSpace(data.charAt(start))) {
                start++;
            }
            if (start == data.length()) {
                leading = "";
                core = "";
                trailing = data;
                return;
            }
            int end = data.length();
            while (isSpace(data.charAt(end - 1))) {
                end--;
            }
            leading = data.substring(0, start);
            core = data.substring(start, end);
            trailing = data.substring(end);
        }

        @Override
        boolean isWhitespace() {
            return core.isEmpty() && !(leading.isEmpty() && trailing.isEmpty());
        }

        @Override
        boolean startsWithWhitespace() {
            return !leading.isEmpty() || (core.isEmpty() && !trailing.isEmpty());
        }

        @Override
        boolean endsWithWhitespace() {
            return !trailing.isEmpty() || (core.isEmpty() && !leading.isEmpty());
        }

        @Override
        void lstrip() {
            if (!leading.isEmpty()) {
                leading = "";
            } else if (core.isEmpty()) {
                trailing = "";
            }
        }

        @Override
        void rstrip() {
            if (!trailing.isEmpty()) {
                trailing = "";
            } else if (core.isEmpty()) {
                leading = "";
            }
        }

        @Override
        void collapseWhitespace() {
            // Nothing: the words are joined with single spaces when written.
        }
    }

    /** Python's notion of white-space, which includes the no-break space that {@code &nbsp;} decodes to. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

}
