package dev.shapegen.resolve.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a character class after its {@code [}, as java.util.regex reads it: a {@code -} between two single code
 * points makes a range, and anywhere else (first, last, after a predefined class) stands for itself. Nested classes
 * and intersections ({@code &&}) are {@link Unsupported}: their precedence in java.util.regex is easy to get wrong.
 */
final class ClassParser {
    private final JavaRegexParser p;

    ClassParser(JavaRegexParser p) {
        this.p = p;
    }

    CharSet parse() throws Unsupported {
        boolean negate = p.peekIs('^');
        if (negate) {
            p.next();
        }
        List<CharSet> items = new ArrayList<>();
        boolean first = true;
        while (true) {
            int c = p.next();
            if (c == ']') {
                if (first) {
                    throw new Unsupported("a class that starts with ']'");
                }
                break;
            }
            if (c == '[') {
                throw new Unsupported("a nested class");
            }
            if (c == '&' && p.peekIs('&')) {
                throw new Unsupported("a class intersection");
            }
            first = false;
            int lo = c;
            if (c == '\\') {
                Object e = p.escape();
                if (e instanceof CharSet set) {
                    items.add(set);
                    continue;
                }
                lo = (Integer) e;
            }
            if (p.peekIs('-') && !p.peekIs(1, ']') && !p.peekIs(1, '[') && p.hasAhead(1)) {
                p.next();
                int hi = p.next();
                if (hi == '\\') {
                    Object e = p.escape();
                    if (e instanceof CharSet) {
                        throw new Unsupported("a range that ends in a class");
                    }
                    hi = (Integer) e;
                }
                if (hi < lo) {
                    throw new Unsupported("a reversed range");
                }
                items.add(CharSet.of(lo, hi));
            } else {
                items.add(CharSet.single(lo));
            }
        }
        CharSet set = items.size() == 1 ? items.get(0) : new CharSet.Union(items);
        return negate ? new CharSet.Not(set) : set;
    }
}
