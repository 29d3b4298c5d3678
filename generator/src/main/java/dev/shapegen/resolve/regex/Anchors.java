package dev.shapegen.resolve.regex;

import dev.shapegen.resolve.regex.RegexTree.Alt;
import dev.shapegen.resolve.regex.RegexTree.Begin;
import dev.shapegen.resolve.regex.RegexTree.Chars;
import dev.shapegen.resolve.regex.RegexTree.End;
import dev.shapegen.resolve.regex.RegexTree.Repeat;
import dev.shapegen.resolve.regex.RegexTree.Seq;

/**
 * Where anchors may stand for the automaton to find what java.util.regex finds. The automaton reads the start and
 * the end of the input as two extra symbols, and an anchor consumes one. That is exact while a match passes at most
 * one start anchor and one end anchor, and nothing but optional, anchor-free items follows an end anchor (java.util
 * .regex lets {@code a$\n} match "a\n"; the automaton could not).
 */
final class Anchors {
    private static final int MANY = 2;

    private Anchors() {}

    static void check(RegexTree tree) throws Unsupported {
        if (count(tree, true) > 1 || count(tree, false) > 1) {
            throw new Unsupported("more than one start or end anchor in a match");
        }
        checkFollowers(tree);
        if (has(tree, RegexTree.LookBehind.class)) {
            // java.util.regex may start a search on the low half of a surrogate pair, and then looks behind at the
            // high half; the automaton never does. Without sets that read a lone surrogate, that finds nothing new.
            if (has(tree, RegexTree.Boundary.class) || readsSurrogates(tree)) {
                throw new Unsupported("lookaround, an inline flag or an atomic group");
            }
        }
    }

    /**
     * Whether a set holds a surrogate code point, or (with {@code orSupplementary}) any code point beyond the Basic
     * Multilingual Plane.
     */
    static boolean reachesSurrogates(CharSet set, boolean orSupplementary) {
        java.util.TreeSet<Integer> points = new java.util.TreeSet<>(java.util.List.of(0xD800, 0x10000));
        set.bounds(points::add);
        for (int cp : points) {
            boolean surrogate = cp >= 0xD800 && cp < 0xE000;
            if ((surrogate || orSupplementary && cp >= 0x10000 && cp <= Character.MAX_CODE_POINT)
                    && set.contains(cp, Character.getType(cp))) {
                return true;
            }
        }
        return orSupplementary && set.usesCategories();
    }

    private static boolean readsSurrogates(RegexTree tree) {
        if (tree instanceof Chars c) {
            return reachesSurrogates(c.set(), false);
        } else if (tree instanceof Seq s) {
            return s.items().stream().anyMatch(Anchors::readsSurrogates);
        } else if (tree instanceof Alt a) {
            return a.options().stream().anyMatch(Anchors::readsSurrogates);
        } else if (tree instanceof Repeat r) {
            return readsSurrogates(r.item());
        }
        return false;
    }

    /** Whether every match begins at {@code ^}: then the automaton need not look for a start anywhere else. */
    static boolean startsAnchored(RegexTree tree) {
        if (tree instanceof Begin) {
            return true;
        } else if (tree instanceof Seq s) {
            return !s.items().isEmpty() && startsAnchored(s.items().get(0));
        } else if (tree instanceof Alt a) {
            return a.options().stream().allMatch(Anchors::startsAnchored);
        } else if (tree instanceof Repeat r) {
            return r.min() >= 1 && startsAnchored(r.item());
        }
        return false;
    }

    private static int count(RegexTree tree, boolean begin) {
        if (tree instanceof Begin) {
            return begin ? 1 : 0;
        } else if (tree instanceof End) {
            return begin ? 0 : 1;
        } else if (tree instanceof Seq s) {
            return Math.min(MANY, s.items().stream().mapToInt(i -> count(i, begin)).sum());
        } else if (tree instanceof Alt a) {
            return a.options().stream().mapToInt(o -> count(o, begin)).max().orElse(0);
        } else if (tree instanceof Repeat r) {
            int inner = count(r.item(), begin);
            return inner > 0 && (r.max() > 1 || r.max() == Repeat.UNBOUNDED) ? MANY : inner;
        }
        return 0;
    }

    private static void checkFollowers(RegexTree tree) throws Unsupported {
        if (tree instanceof Seq s) {
            boolean afterEnd = false;
            boolean afterBoundary = false;
            for (RegexTree item : s.items()) {
                if (afterEnd && (!nullable(item) || count(item, true) + count(item, false) > 0 || hasBoundary(item))) {
                    throw new Unsupported("something that must match after an end anchor");
                }
                // The automaton decides \b when it reads the next code point, and never on the start symbol.
                if (afterBoundary && count(item, true) > 0) {
                    throw new Unsupported("a start anchor after \\b");
                }
                afterEnd |= count(item, false) > 0;
                afterBoundary |= has(item, RegexTree.Boundary.class);
                checkFollowers(item);
            }
        } else if (tree instanceof Alt a) {
            for (RegexTree o : a.options()) {
                checkFollowers(o);
            }
        } else if (tree instanceof Repeat r) {
            // java.util.regex stops repeating a group after an iteration that matched nothing. Without \b that
            // changes no answer (the empty iteration could come last instead); with it, it does.
            if ((r.max() > 1 || r.max() == Repeat.UNBOUNDED) && hasBoundary(r.item()) && canBeEmpty(r.item())) {
                throw new Unsupported("a repeated group with \\b that may match nothing");
            }
            checkFollowers(r.item());
        }
    }

    /** Whether the tree may match without reading a code point (anchors and \b read none). */
    private static boolean canBeEmpty(RegexTree tree) {
        if (tree instanceof Chars) {
            return false;
        } else if (tree instanceof Seq s) {
            return s.items().stream().allMatch(Anchors::canBeEmpty);
        } else if (tree instanceof Alt a) {
            return a.options().stream().anyMatch(Anchors::canBeEmpty);
        } else if (tree instanceof Repeat r) {
            return r.min() == 0 || canBeEmpty(r.item());
        }
        return true;
    }

    static boolean hasBoundary(RegexTree tree) {
        return has(tree, RegexTree.Boundary.class) || has(tree, RegexTree.LookBehind.class);
    }

    /** Whether the tree holds a node of the kind. */
    static boolean has(RegexTree tree, Class<? extends RegexTree> kind) {
        if (kind.isInstance(tree)) {
            return true;
        } else if (tree instanceof Seq s) {
            return s.items().stream().anyMatch(i -> has(i, kind));
        } else if (tree instanceof Alt a) {
            return a.options().stream().anyMatch(o -> has(o, kind));
        } else if (tree instanceof Repeat r) {
            return has(r.item(), kind);
        }
        return false;
    }

    private static boolean nullable(RegexTree tree) {
        if (tree instanceof Seq s) {
            return s.items().stream().allMatch(Anchors::nullable);
        } else if (tree instanceof Alt a) {
            return a.options().stream().anyMatch(Anchors::nullable);
        } else if (tree instanceof Repeat r) {
            return r.min() == 0 || nullable(r.item());
        }
        return false; // a set consumes a code point; an anchor, a start or end symbol
    }
}
