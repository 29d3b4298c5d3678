package dev.shapegen.resolve.regex;

import dev.shapegen.resolve.regex.RegexTree.Alt;
import dev.shapegen.resolve.regex.RegexTree.Chars;
import dev.shapegen.resolve.regex.RegexTree.Repeat;
import dev.shapegen.resolve.regex.RegexTree.Seq;

/**
 * How many code points parts of a pattern read, and what values of a known length cannot reach: repetition bounds,
 * start anchors after a code point.
 */
final class Lengths {
    private Lengths() {}

    /** The fewest code points the tree reads in a match. */
    static long min(RegexTree tree) {
        if (tree instanceof Chars) {
            return 1;
        } else if (tree instanceof Seq s) {
            return s.items().stream().mapToLong(Lengths::min).sum();
        } else if (tree instanceof Alt a) {
            return a.options().stream().mapToLong(Lengths::min).min().orElse(0);
        } else if (tree instanceof Repeat r) {
            return r.min() * min(r.item());
        }
        return 0; // anchors and \b read nothing
    }

    /**
     * Drops the upper bound of every repetition that a match in a value of at most {@code budget} code points cannot
     * exceed. A match reads everything its sequence requires, so a part of it has the budget less what the other
     * parts read at least; {@code max + 1} iterations of an item that reads at least {@code k} code points each need
     * {@code (max + 1) * k} of them.
     */
    static RegexTree relax(RegexTree tree, long budget) {
        if (tree instanceof Seq s) {
            long all = min(s);
            return new Seq(s.items().stream().map(i -> relax(i, budget - (all - min(i)))).toList());
        } else if (tree instanceof Alt a) {
            return new Alt(a.options().stream().map(o -> relax(o, budget)).toList());
        } else if (tree instanceof Repeat r) {
            long each = min(r.item());
            RegexTree item = relax(r.item(), budget - Math.max(0, r.min() - 1) * each);
            boolean unreachable = r.max() != Repeat.UNBOUNDED && each > 0 && ((double) r.max() + 1) * each > budget;
            return new Repeat(item, r.min(), unreachable ? Repeat.UNBOUNDED : r.max());
        }
        return tree;
    }

    /**
     * Replaces every start anchor that some code point must come before by a set that holds nothing: {@code ^} (or
     * {@code \A}) only matches at the start, so such a path can never match. EC2's
     * {@code ^arn:...:placement-group/^.{1,255}$} has one.
     */
    static RegexTree withoutUnreachableStarts(RegexTree tree, long before) {
        if (tree instanceof RegexTree.Begin && before > 0) {
            return new Chars(CharSet.of());
        } else if (tree instanceof Seq s) {
            java.util.List<RegexTree> items = new java.util.ArrayList<>();
            long read = before;
            for (RegexTree item : s.items()) {
                items.add(withoutUnreachableStarts(item, read));
                read += min(item);
            }
            return new Seq(items);
        } else if (tree instanceof Alt a) {
            return new Alt(a.options().stream().map(o -> withoutUnreachableStarts(o, before)).toList());
        } else if (tree instanceof Repeat r) {
            return new Repeat(withoutUnreachableStarts(r.item(), before), r.min(), r.max());
        }
        return tree;
    }
}
