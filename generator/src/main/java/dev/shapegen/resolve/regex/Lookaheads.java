package dev.shapegen.resolve.regex;

import dev.shapegen.resolve.regex.RegexTree.Begin;
import dev.shapegen.resolve.regex.RegexTree.LookAhead;
import dev.shapegen.resolve.regex.RegexTree.Seq;
import java.util.ArrayList;
import java.util.List;

/**
 * Lookaheads at the start of a pattern anchored there, such as {@code ^(?!\s*$).+} or
 * {@code (?!^[.-])^([a-zA-Z0-9-_.]+)$}: a match can only begin at the start of the value, so each lookahead is
 * asked there once, and the pattern finds a match exactly when the rest does and each lookahead's body finds one
 * from the start (or, negated, does not). The generated runtime runs one automaton for each. A lookahead anywhere
 * else is asked at many places, which separate automata cannot answer; such a pattern keeps java.util.regex.
 */
final class Lookaheads {
    private static final String UNSUPPORTED = "lookaround, an inline flag or an atomic group";

    private Lookaheads() {}

    /**
     * The pattern without its leading lookaheads, and their bodies (each anchored at the start).
     *
     * @param rest the pattern without them: it must match from the start
     * @param bodies the lookaheads' bodies, each anchored at the start of the value
     * @param negated for each body, whether it must not find a match
     */
    record Split(RegexTree rest, List<RegexTree> bodies, List<Boolean> negated) {}

    static Split split(RegexTree tree) throws Unsupported {
        List<RegexTree> bodies = new ArrayList<>();
        List<Boolean> negated = new ArrayList<>();
        RegexTree rest = leading(tree, bodies, negated);
        if (Anchors.has(rest, LookAhead.class)) {
            throw new Unsupported(UNSUPPORTED);
        }
        if (!bodies.isEmpty() && !Anchors.startsAnchored(rest)) {
            throw new Unsupported(UNSUPPORTED); // asked at every place a match may begin
        }
        for (int i = 0; i < bodies.size(); i++) {
            RegexTree body = bodies.get(i);
            if (Anchors.has(body, LookAhead.class)) {
                throw new Unsupported(UNSUPPORTED);
            }
            body = Anchors.startsAnchored(body) ? body : new Seq(List.of(new Begin(), body));
            body = Lengths.withoutUnreachableStarts(body, 0);
            Anchors.check(body);
            bodies.set(i, body);
        }
        return new Split(rest, bodies, negated);
    }

    /**
     * Takes the lookaheads out of the part of the tree that reads nothing before them: the items of its leading
     * sequences, down to the first that may read a code point or is not a start anchor.
     */
    private static RegexTree leading(RegexTree tree, List<RegexTree> bodies, List<Boolean> negated) {
        if (tree instanceof LookAhead l) {
            bodies.add(l.body());
            negated.add(l.negated());
            return new Seq(List.of());
        }
        if (!(tree instanceof Seq s)) {
            return tree;
        }
        List<RegexTree> items = new ArrayList<>();
        boolean leading = true;
        for (RegexTree item : s.items()) {
            if (leading && item instanceof LookAhead l) {
                bodies.add(l.body());
                negated.add(l.negated());
                continue; // dropped, so that a start anchor after it still comes first
            }
            if (leading && item instanceof Seq) {
                item = leading(item, bodies, negated);
            }
            items.add(item);
            leading &= item instanceof Begin || item instanceof Seq q && q.items().stream().allMatch(i -> i
                    instanceof Begin);
        }
        return new Seq(items);
    }
}
