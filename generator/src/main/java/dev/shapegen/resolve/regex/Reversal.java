package dev.shapegen.resolve.regex;

import dev.shapegen.resolve.regex.RegexTree.Alt;
import dev.shapegen.resolve.regex.RegexTree.Begin;
import dev.shapegen.resolve.regex.RegexTree.Chars;
import dev.shapegen.resolve.regex.RegexTree.End;
import dev.shapegen.resolve.regex.RegexTree.LookBehind;
import dev.shapegen.resolve.regex.RegexTree.Repeat;
import dev.shapegen.resolve.regex.RegexTree.Seq;
import java.util.ArrayList;
import java.util.List;

/**
 * A pattern that may match anywhere but must end at {@code $} (or {@code \Z}, {@code \z}), turned around: read
 * backwards from the end of the value, the search is anchored, and an automaton for it stays small where the forward
 * one explodes. SageMaker's {@code ([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)$} needs the forward automaton to remember
 * every place a name might have started in the last 63 code points (2^63 sets of them); backwards it counts to 63.
 *
 * <p>A match ending at {@code $} ends at the end of the value, or before a line terminator that ends it; the runtime
 * runs the automaton from each of those places. Reading backwards, a start anchor becomes the end of the input.
 * A one-code-point lookbehind after what must read a code point becomes a condition on the last code point read
 * ({@code x(?<!-)} is x whose last code point is not {@code -}); any other lookbehind, {@code \b}, or an end anchor
 * before the last keeps the forward direction.
 */
final class Reversal {
    private static final String UNSUPPORTED = "a pattern that cannot be searched backwards from its end anchor";

    private Reversal() {}

    /**
     * The pattern read backwards, or why it cannot be.
     *
     * @param tree the reversed body: starts at the end of the match; reading it to its accepting state finds a match
     * @param beforeFinalTerminator whether the match may end before a line terminator that ends the value ({@code $},
     *     {@code \Z}) as well as at the end ({@code \z})
     */
    record Reversed(RegexTree tree, boolean beforeFinalTerminator) {}

    static Reversed of(RegexTree tree) throws Unsupported {
        if (tree instanceof End) {
            tree = new Seq(List.of(tree));
        }
        if (!(tree instanceof Seq s) || s.items().isEmpty()
                || !(s.items().get(s.items().size() - 1) instanceof End e)) {
            throw new Unsupported(UNSUPPORTED);
        }
        RegexTree body = withoutLookBehinds(new Seq(s.items().subList(0, s.items().size() - 1)));
        if (Anchors.has(body, End.class) || Anchors.has(body, RegexTree.Boundary.class)
                || Anchors.has(body, LookBehind.class) || Anchors.has(body, RegexTree.LookAhead.class)
                || beginRepeated(body)) {
            throw new Unsupported(UNSUPPORTED);
        }
        // The search starts by reading the start symbol, as a forward one does.
        RegexTree reversed = new Seq(List.of(new Begin(), reverse(body)));
        Anchors.check(reversed);
        return new Reversed(reversed, e.beforeFinalTerminator());
    }

    private static boolean beginRepeated(RegexTree tree) {
        if (tree instanceof Seq s) {
            return s.items().stream().anyMatch(Reversal::beginRepeated);
        } else if (tree instanceof Alt a) {
            return a.options().stream().anyMatch(Reversal::beginRepeated);
        } else if (tree instanceof Repeat r) {
            return Anchors.has(r.item(), Begin.class);
        }
        return false;
    }

    /** Reads the tree backwards: a start anchor becomes the end of the input. */
    private static RegexTree reverse(RegexTree tree) {
        if (tree instanceof Seq s) {
            List<RegexTree> items = new ArrayList<>();
            for (int i = s.items().size() - 1; i >= 0; i--) {
                items.add(reverse(s.items().get(i)));
            }
            return new Seq(items);
        } else if (tree instanceof Alt a) {
            return new Alt(a.options().stream().map(Reversal::reverse).toList());
        } else if (tree instanceof Repeat r) {
            return new Repeat(reverse(r.item()), r.min(), r.max());
        } else if (tree instanceof Begin) {
            return new End(false);
        }
        return tree;
    }

    /** Folds each lookbehind that follows something reading a code point into that code point's set. */
    private static RegexTree withoutLookBehinds(RegexTree tree) throws Unsupported {
        if (tree instanceof Seq s) {
            List<RegexTree> items = new ArrayList<>();
            for (RegexTree item : s.items()) {
                if (item instanceof LookBehind l && Lengths.min(new Seq(items)) > 0) {
                    RegexTree before = new Seq(items);
                    items.clear();
                    items.add(last(before, l));
                } else {
                    items.add(withoutLookBehinds(item));
                }
            }
            return new Seq(items);
        } else if (tree instanceof Alt a) {
            List<RegexTree> options = new ArrayList<>();
            for (RegexTree o : a.options()) {
                options.add(withoutLookBehinds(o));
            }
            return new Alt(options);
        } else if (tree instanceof Repeat r) {
            return new Repeat(withoutLookBehinds(r.item()), r.min(), r.max());
        }
        return tree;
    }

    /**
     * The matches of a tree that reads at least one code point (and holds no lookbehind: inner ones are folded
     * first), whose last code point the lookbehind accepts.
     */
    private static RegexTree last(RegexTree tree, LookBehind look) throws Unsupported {
        if (tree instanceof Chars c) {
            CharSet allowed = look.negated() ? new CharSet.Not(look.set()) : look.set();
            // Both sets: not (not c or not allowed).
            return new Chars(new CharSet.Not(new CharSet.Union(List.of(new CharSet.Not(c.set()),
                    new CharSet.Not(allowed)))));
        } else if (tree instanceof Alt a) {
            List<RegexTree> options = new ArrayList<>();
            for (RegexTree o : a.options()) {
                options.add(last(o, look));
            }
            return new Alt(options);
        } else if (tree instanceof Repeat r) {
            // The item reads a code point (the repetition does, and min >= 1): the last iteration holds the last one.
            int max = r.max() == Repeat.UNBOUNDED ? Repeat.UNBOUNDED : r.max() - 1;
            return new Seq(List.of(new Repeat(r.item(), r.min() - 1, max), last(r.item(), look)));
        } else if (tree instanceof Seq s) {
            return lastOfSeq(s.items(), look);
        }
        throw new Unsupported(UNSUPPORTED);
    }

    /**
     * The last code point of a sequence is in its last item that reads one: the last that must (at index
     * {@code must}), or one of the optional items after it, the items after that reading nothing.
     */
    private static RegexTree lastOfSeq(List<RegexTree> items, LookBehind look) throws Unsupported {
        int must = items.size() - 1;
        while (Lengths.min(items.get(must)) == 0) {
            must--;
        }
        List<RegexTree> options = new ArrayList<>();
        for (int k = must; k < items.size(); k++) {
            if (k > must && hasAssertion(items.get(k))) {
                throw new Unsupported(UNSUPPORTED); // its empty match would not be plain
            }
            RegexTree readsLast = k == must ? items.get(k) : nonEmpty(items.get(k));
            if (readsLast != null) {
                List<RegexTree> option = new ArrayList<>(items.subList(0, k));
                option.add(last(readsLast, look));
                options.add(new Seq(option));
            }
        }
        return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    /** The matches of an anchor-free tree that read at least one code point, or null when it has none. */
    private static RegexTree nonEmpty(RegexTree tree) throws Unsupported {
        if (Lengths.min(tree) > 0) {
            return tree;
        } else if (tree instanceof Repeat r && Lengths.min(r.item()) > 0) {
            return r.max() == 0 ? null : new Repeat(r.item(), 1, r.max());
        } else if (tree instanceof Alt a) {
            List<RegexTree> options = new ArrayList<>();
            for (RegexTree o : a.options()) {
                RegexTree n = nonEmpty(o);
                if (n != null) {
                    options.add(n);
                }
            }
            return options.isEmpty() ? null : new Alt(options);
        } else if (tree instanceof Seq s) {
            // Some item is not empty; the last such one reads last, and those after it read nothing.
            List<RegexTree> options = new ArrayList<>();
            for (int k = 0; k < s.items().size(); k++) {
                RegexTree n = nonEmpty(s.items().get(k));
                if (n != null) {
                    List<RegexTree> option = new ArrayList<>(s.items().subList(0, k));
                    option.add(n);
                    options.add(new Seq(option));
                }
            }
            return options.isEmpty() ? null : new Alt(options);
        }
        throw new Unsupported(UNSUPPORTED);
    }

    private static boolean hasAssertion(RegexTree tree) {
        return Anchors.has(tree, Begin.class) || Anchors.has(tree, End.class)
                || Anchors.has(tree, RegexTree.Boundary.class) || Anchors.has(tree, LookBehind.class);
    }
}
