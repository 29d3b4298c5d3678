package dev.shapegen.resolve.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapegen.fuzz.FuzzBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Random patterns, built from the constructs automata support (and the awkward corners: anchors in groups, line
 * terminators, surrogates, categories, empty options), on random values: wherever the generator compiles a pattern
 * to an automaton, the generated runtime finds exactly what java.util.regex finds. Runs with a fixed seed in the
 * build; {@code -Dshapegen.fuzz.scale=20 -Dshapegen.fuzz.seed=random} runs longer.
 */
@AddLifecycleHook(FuzzBudget.class)
class PatternAutomataFuzzTest {
    private static final String[] ATOMS = {"a", "b", "-", ".", "\\.", "\\n", "\\r", "\n", "\u00E9", "\uD83D\uDE00",
        "[ab]", "[^a]", "[a-c]", "[^\\n]", "[-a]", "[a-]", "\\d", "\\w", "\\s", "\\W", "\\S", "\\p{L}", "\\p{N}",
        "\\p{Print}", "[\\p{L}-]", "[^\\p{L}]", "\\x{1F600}", "[\\uD800\\uDC00-\\uDBFF\\uDFFF]", "\\u2028", "\\0141", "\\b", "\\b", "\\u0301", "(?<!a)", "(?<=[ab-])", "(?<!-)", "(?<=\\n)"};
    private static final String[] QUANTIFIERS = {"*", "+", "?", "{0,2}", "{1}", "{2,}", "*?", "{1,3}?"};
    private static final String[] CHARS = {"a", "b", "c", "-", "1", "\n", "\r", "\u2028", "\u0085", " ", "_", ".",
        "\u00E9", "\uD83D\uDE00", "\uD800", "\uDC00", "\uD83D", "A", "\u0301", "\uD835\uDC00", "\uD834\uDD67"};
    private static final int VALUES = 300;

    @Property(tries = 400, seed = "20250116")
    void automataFindWhatJavaUtilRegexFinds(@ForAll long seed) {
        Random random = new Random(seed);
        String pattern = alternation(random, 0);
        if (!valid(pattern)) {
            return; // not a pattern a model could hold
        }
        RuntimeRegex automaton = RuntimeRegex.of(pattern);
        Statistics.collect(automaton == null ? "kept java.util.regex" : "automaton");
        // The generator must not give up on most of these: they are built from supported constructs.
        Statistics.coverage(check -> check.check("automaton").percentage(p -> p >= 60));
        if (automaton != null) {
            assertAgrees(pattern, automaton, random, "");
        }
    }

    /**
     * Random patterns ending at an end anchor, searched backwards from it as the generator does where the forward
     * automaton would be too large.
     */
    @Property(tries = 1000, seed = "20250115")
    void backwardSearchesFindWhatJavaUtilRegexFinds(@ForAll long seed) {
        Random random = new Random(seed);
        String body = alternation(random, 0);
        String pattern = (body.contains("|") ? "(?:" + body + ")" : body)
                + new String[] {"$", "\\Z", "\\z"}[random.nextInt(3)];
        if (!valid(pattern)) {
            return;
        }
        RuntimeRegex automaton = RuntimeRegex.backward(pattern);
        Statistics.collect(automaton == null ? "not searched backwards" : "backwards");
        Statistics.coverage(check -> check.check("backwards").percentage(p -> p >= 30));
        if (automaton != null) {
            assertAgrees(pattern, automaton, random, " backwards");
        }
    }

    /** Random patterns anchored at the start with one or two lookaheads there, each decided by an automaton. */
    @Property(tries = 1000, seed = "20250114")
    void anchoredLookaheadsFindWhatJavaUtilRegexFinds(@ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder pattern = new StringBuilder("^");
        int lookaheads = 1 + random.nextInt(2);
        for (int i = 0; i < lookaheads; i++) {
            pattern.append(random.nextBoolean() ? "(?=" : "(?!").append(alternation(random, 1)).append(')');
        }
        pattern.append(sequence(random, 1));
        String p = pattern.toString();
        if (!valid(p)) {
            return;
        }
        RuntimeRegex automaton = RuntimeRegex.of(p);
        Statistics.collect(automaton == null ? "kept java.util.regex" : "automata");
        Statistics.coverage(check -> check.check("automata").percentage(x -> x >= 25));
        if (automaton != null) {
            assertAgrees(p, automaton, random, "");
        }
    }

    /**
     * The diff's inclusion test never claims too much: where it says a pattern finds a match in every value another
     * finds one in, java.util.regex agrees on random values. The second pattern is random, or the first with an
     * option added or an anchor dropped (which surely widen it), and every pattern that becomes one forward automaton
     * must be found to include itself.
     */
    @Property(tries = 600, seed = "20250117")
    void inclusionClaimsOnlyWhatJavaUtilRegexConfirms(@ForAll long seed) {
        Random random = new Random(seed);
        String narrower = alternation(random, 1);
        String wider = switch (random.nextInt(3)) {
            case 0 -> alternation(random, 1);
            case 1 -> narrower + "|" + sequence(random, 1);
            default -> narrower.startsWith("^") ? narrower.substring(1) : "(?:" + narrower + ")?";
        };
        if (!valid(narrower) || !valid(wider)) {
            return;
        }
        Pattern n = Pattern.compile(narrower);
        Pattern w = Pattern.compile(wider);
        boolean covers = PatternAutomata.covers(wider, narrower, PatternAutomata.NO_MAX);
        Statistics.collect(covers ? "covers" : "not shown");
        Statistics.coverage(check -> check.check("covers").percentage(p -> p >= 20));
        if (covers) {
            for (String value : values(random)) {
                assertEquals(false, n.matcher(value).find() && !w.matcher(value).find(), () -> "pattern "
                        + PatternAutomataTest.escape(wider) + " said to cover " + PatternAutomataTest.escape(narrower)
                        + ", but not on " + PatternAutomataTest.escape(value));
            }
        }
        PatternAutomata.Compiled self = PatternAutomata.compile(narrower);
        if (self.encoded() != null && self.encoded().indexOf('&') < 0
                && self.automaton().search() == Automaton.Search.FORWARD) {
            assertEquals(true, PatternAutomata.covers(narrower, narrower, PatternAutomata.NO_MAX),
                    () -> PatternAutomataTest.escape(narrower) + " does not cover itself");
        }
    }

    /** Whether java.util.regex takes the pattern; one that it does not is counted, and not a pattern to test. */
    private static boolean valid(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            Statistics.collect("not valid java.util.regex");
            return false;
        }
    }

    /** On random values, the automaton finds a match exactly where java.util.regex's {@code find()} does. */
    private static void assertAgrees(String pattern, RuntimeRegex automaton, Random random, String how) {
        Pattern java = Pattern.compile(pattern);
        for (String value : values(random)) {
            assertEquals(java.matcher(value).find(), automaton.found(value), () -> "pattern "
                    + PatternAutomataTest.escape(pattern) + how + " on " + PatternAutomataTest.escape(value));
        }
    }

    private static String alternation(Random random, int depth) {
        StringBuilder out = new StringBuilder(sequence(random, depth));
        while (random.nextInt(4) == 0) {
            out.append('|').append(sequence(random, depth));
        }
        return out.toString();
    }

    private static String sequence(Random random, int depth) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(4) == 0) {
            out.append(random.nextBoolean() ? "^" : "\\A");
        }
        int items = random.nextInt(4);
        for (int i = 0; i < items; i++) {
            if (depth < 3 && random.nextInt(5) == 0) {
                out.append(random.nextBoolean() ? "(" : "(?:").append(alternation(random, depth + 1)).append(')');
            } else {
                out.append(ATOMS[random.nextInt(ATOMS.length)]);
            }
            if (random.nextInt(3) == 0) {
                out.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
            }
        }
        if (random.nextInt(3) == 0) {
            out.append(new String[] {"$", "\\z", "\\Z", "$\\n?"}[random.nextInt(4)]);
        }
        return out.toString();
    }

    private static List<String> values(Random random) {
        List<String> values = new ArrayList<>();
        for (String a : CHARS) {
            values.add(a);
            for (String b : CHARS) {
                values.add(a + b);
            }
        }
        for (int i = 0; i < VALUES; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(9);
            for (int j = 0; j < length; j++) {
                value.append(CHARS[random.nextInt(CHARS.length)]);
            }
            values.add(value.toString());
        }
        return values;
    }
}
