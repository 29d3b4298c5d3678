package dev.shapegen.resolve.regex;

/**
 * Compiles {@code pattern} constraints to deterministic automata when the code is generated, so that generated
 * validation reads each character of a value once, whatever the pattern: java.util.regex backtracks, and takes
 * exponential time on some patterns and values. A pattern outside what an automaton can reproduce exactly (see
 * {@link JavaRegexParser}) keeps java.util.regex, with a budget.
 */
public final class PatternAutomata {
    /** A string constant in a class file holds at most 65,535 bytes; this keeps well below, and sources lean. */
    static final int MAX_ENCODED = 24_000;
    /** No bound on the length of values. */
    public static final long NO_MAX = Long.MAX_VALUE;
    private PatternAutomata() {}

    /**
     * What became of a pattern.
     *
     * @param automaton the automaton, or null when the pattern keeps java.util.regex
     * @param encoded the automaton as generated code holds it ({@link Automaton#encode()}), or null
     * @param reason why it keeps java.util.regex, or null
     */
    public record Compiled(Automaton automaton, String encoded, String reason) {}

    /**
     * Compiles a pattern that java.util.regex accepts (without flags).
     *
     * @param pattern the pattern, searched for with {@code find()}
     * @return the automaton, or why there is none
     */
    public static Compiled compile(String pattern) {
        return compile(pattern, NO_MAX);
    }

    /**
     * Compiles a pattern for values whose length (in code points) is checked first and is at most
     * {@code maxLength}. A repetition bound that no such value can reach is dropped, since it cannot change the
     * answer: SageMaker's {@code ^https://([.\-_a-zA-Z0-9]+/?){3,1016}$}, for at most 1,024 code points, would need
     * an automaton that counts to 1,016, and {@code {3,}} does not.
     *
     * @param pattern the pattern, searched for with {@code find()}
     * @param maxLength the longest value the pattern is searched in, or {@link #NO_MAX}
     * @return the automaton, or why there is none
     */
    public static Compiled compile(String pattern, long maxLength) {
        RegexTree tree;
        try {
            tree = Lengths.relax(JavaRegexParser.parse(pattern), maxLength);
        } catch (Unsupported e) {
            return new Compiled(null, null, e.getMessage());
        }
        try {
            Lookaheads.Split split = Lookaheads.split(tree);
            if (!split.bodies().isEmpty()) {
                return withLookaheads(split, maxLength);
            }
        } catch (Unsupported e) {
            return new Compiled(null, null, e.getMessage());
        }
        try {
            return single(tree);
        } catch (Unsupported last) {
            if (tree instanceof RegexTree.Alt alt) {
                try {
                    return options(alt);
                } catch (Unsupported options) {
                    // The options are no smaller one by one: the whole pattern's reason stands.
                }
            }
            return new Compiled(null, null, last.getMessage());
        }
    }

    /**
     * Whether {@code wider} surely finds a match in every value of at most {@code maxLength} code points that
     * {@code narrower} finds one in ({@code find()}): shown with their automata, and so false also where either keeps
     * java.util.regex or becomes more than one automaton (options, lookaheads) or a backward one, or where the
     * comparison is too large. (Each automaton is exact for such values; compared on every value, any that show
     * inclusion show it for these.)
     */
    public static boolean covers(String wider, String narrower, long maxLength) {
        Compiled w = compile(wider, maxLength);
        Compiled n = compile(narrower, maxLength);
        return single(w) && single(n) && Inclusion.covers(w.automaton(), n.automaton());
    }

    private static boolean single(Compiled c) {
        return c.automaton() != null && c.encoded() != null && c.encoded().indexOf('&') < 0;
    }

    /**
     * One automaton per option of a pattern that is an alternation, after {@code &|}: {@code find()} finds a match of
     * {@code A|B} where it finds one of A or of B, and each option may be small, forwards or backwards, where
     * together they are not (a start-anchored option beside an end-anchored one, say).
     */
    private static Compiled options(RegexTree.Alt alt) throws Unsupported {
        Automaton first = null;
        StringBuilder encoded = new StringBuilder();
        for (RegexTree option : alt.options()) {
            Compiled compiled = single(option);
            encoded.append(first == null ? "" : "&|").append(compiled.encoded());
            first = first == null ? compiled.automaton() : first;
        }
        return new Compiled(first, embeddable(encoded.toString()), null);
    }

    /**
     * Forwards, else backwards, else forwards with the last try's larger limit, each only if it can be embedded; the
     * last try's reason when all fail.
     */
    private static Compiled single(RegexTree tree) throws Unsupported {
        try {
            return encoded(forward(tree));
        } catch (Unsupported forward) {
            // Too many states searching forwards; a match that must end at the end may need few, read backwards.
            try {
                return encoded(backward(tree));
            } catch (Unsupported backward) {
                return encoded(forward(tree, DfaBuilder.LAST_TRY_STATES));
            }
        }
    }

    /** Compiles the pattern for a search in the given direction only; for tests that pin each. */
    static Compiled compile(String pattern, long maxLength, boolean backward) {
        try {
            RegexTree tree = Lengths.relax(JavaRegexParser.parse(pattern), maxLength);
            return encoded(backward ? backward(tree) : forward(tree));
        } catch (Unsupported e) {
            return new Compiled(null, null, e.getMessage());
        }
    }

    private static Automaton forward(RegexTree tree) throws Unsupported {
        return forward(tree, DfaBuilder.MAX_STATES);
    }

    private static Automaton forward(RegexTree tree, int maxStates) throws Unsupported {
        Nfa nfa = new Nfa();
        int start = nfa.state();
        int search = start;
        if (!Anchors.startsAnchored(tree)) {
            // Any code point, and the start of the input, may come before a match.
            int skip = nfa.state();
            int skipBegin = nfa.state();
            search = nfa.state();
            nfa.empty(start, search);
            nfa.empty(start, skip);
            nfa.empty(start, skipBegin);
            nfa.edge(skip, nfa.leaf(CharSet.ALL), start);
            nfa.edge(skipBegin, Nfa.BEGIN, start);
        }
        int accept = nfa.build(tree, search);
        return DfaBuilder.build(nfa, start, accept, maxStates);
    }

    private static Automaton backward(RegexTree tree) throws Unsupported {
        Reversal.Reversed reversed = Reversal.of(tree);
        Nfa nfa = new Nfa();
        int start = nfa.state();
        int accept = nfa.build(reversed.tree(), start);
        return DfaBuilder.build(nfa, start, accept).searching(reversed.beforeFinalTerminator()
                ? Automaton.Search.BACKWARD_FROM_LINE_END : Automaton.Search.BACKWARD_FROM_END);
    }

    /**
     * The automaton of the rest of the pattern, then one for each lookahead's body, after {@code &+} (must find a
     * match) or {@code &-} (must not).
     */
    private static Compiled withLookaheads(Lookaheads.Split split, long maxLength) throws Unsupported {
        Automaton main = forward(split.rest());
        StringBuilder encoded = new StringBuilder(main.encode());
        for (int i = 0; i < split.bodies().size(); i++) {
            encoded.append(split.negated().get(i) ? "&-" : "&+")
                    .append(forward(Lengths.relax(split.bodies().get(i), maxLength)).encode());
        }
        return new Compiled(main, embeddable(encoded.toString()), null);
    }

    private static Compiled encoded(Automaton automaton) throws Unsupported {
        return new Compiled(automaton, embeddable(automaton.encode()), null);
    }

    private static String embeddable(String encoded) throws Unsupported {
        if (encoded.length() > MAX_ENCODED) {
            throw new Unsupported("an automaton too large to embed in generated code");
        }
        return encoded;
    }
}
