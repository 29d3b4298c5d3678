package dev.shapegen.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.resolve.Patterns;
import dev.shapegen.resolve.regex.PatternAutomata;
import dev.shapegen.resolve.regex.RuntimeRegex;
import dev.shapegen.testing.TestPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every checked {@code pattern} of every shared real model: the generator compiles it to an automaton unless it uses
 * a construct an automaton cannot reproduce (lookaround, word boundaries), and the generated runtime's automaton
 * finds exactly what java.util.regex finds, on near-matches pumped from the pattern, their one-character edits and
 * adversarial values. Values on which java.util.regex itself does not finish within a generous step budget are not
 * compared (and counted). Patterns kept with java.util.regex are checked under the generated runtime's step
 * budget: every one of these values (up to about 300 characters) that java.util.regex matches must match within it;
 * longer valid values of a few patterns can spend it (docs/HOSTILE-INPUT.md names them). The same again on every
 * pattern of the AWS SDK for Java's service models.
 */
class RealPatternAutomataTest {
    private static final long JAVA_STEPS = 2_000_000;
    private static final String EDITS = "a0A-_. /:\n\r!@";
    /** What real models use that automata cannot reproduce; anything else falling back is a regression. */
    private static final Set<String> EXPECTED_REASONS = Set.of("lookaround, an inline flag or an atomic group",
            "the escape \\b", "more than one start or end anchor in a match",
            "a deterministic automaton of more than " + 1_000 + " states",
            "an automaton too large to embed in generated code");

    @Test
    void automataFindWhatJavaUtilRegexFindsOnEveryRealPattern() throws Exception {
        Map<String, List<String>> fellBack = check(TestPaths.awsModel("sagemaker-latest.json").getParent());
        assertTrue(EXPECTED_REASONS.containsAll(fellBack.keySet()), () -> "unexpected fallbacks: " + fellBack);
    }

    /**
     * The same on the AWS SDK for Java's 381 service models: 4,058 (pattern, max) pairs. They use more constructs
     * that automata leave to java.util.regex (possessive quantifiers, back-references, class intersections, Unicode
     * properties such as IsAlphabetic); those stay correct, only slower to check. The guard: no other reason, and
     * at most 160 pairs kept with java.util.regex (138 of the 3,737 pairs that are not vacuous today).
     */
    @Test
    void automataFindWhatJavaUtilRegexFindsOnEveryPatternOfTheSdkModels() throws Exception {
        Assumptions.assumeTrue(TestPaths.sdkModels().isPresent(),
                "shapegen.sdkModels not set: run the tests through Maven (mvn verify), which unpacks the models");
        Map<String, List<String>> fellBack = check(TestPaths.sdkModels().get());
        Set<String> expected = new HashSet<>(EXPECTED_REASONS);
        expected.addAll(Set.of("a class intersection", "a deterministic automaton of more than 20000 states",
                "a nested class", "a possessive quantifier", "a quantifier on a quantifier",
                "a set that holds surrogates but not every supplementary code point",
                "something that must match after an end anchor", "the escape \\1", "the escape \\3",
                "the property \\p{IsAlphabetic}"));
        Set<String> unexpected = new TreeSet<>(fellBack.keySet());
        unexpected.removeAll(expected);
        assertEquals(Set.of(), unexpected, () -> "unexpected reasons to keep java.util.regex, among " + fellBack);
        int kept = fellBack.values().stream().mapToInt(List::size).sum();
        assertTrue(kept <= 160, () -> kept + " pairs kept java.util.regex, more than the 160 allowed: " + fellBack);
    }

    /** Compares every automaton with java.util.regex; returns the patterns kept with java.util.regex, by reason. */
    private static Map<String, List<String>> check(Path models) throws Exception {
        // Each (pattern, max) pair: the automaton may drop repetition bounds that values within max cannot reach.
        List<PatternTimingTest.Case> patterns = new ArrayList<>(PatternTimingTest.patterns(models).values());
        Map<String, List<String>> fellBack = new TreeMap<>();
        int automata = 0;
        int vacuous = 0;
        long compared = 0;
        long matched = 0;
        long unfinished = 0;
        long budgeted = 0;
        for (PatternTimingTest.Case c : patterns) {
            String pattern = c.pattern();
            long max = c.max() < 0 ? PatternAutomata.NO_MAX : c.max();
            Pattern java = Pattern.compile(pattern);
            if (Patterns.isVacuous(java)) {
                vacuous++;
                continue;
            }
            PatternAutomata.Compiled compiled = PatternAutomata.compile(pattern, max);
            if (compiled.automaton() == null) {
                fellBack.computeIfAbsent(compiled.reason(), r -> new ArrayList<>()).add(pattern);
                // Validation searches these with java.util.regex under a budget: a value that matches must not run
                // out of it, or a valid value would be reported as one that could not be checked.
                for (String value : values(pattern)) {
                    if (value.codePointCount(0, value.length()) <= max
                            && Boolean.TRUE.equals(budgetedFind(java, value, JAVA_STEPS))) {
                        budgeted++;
                        String problem = RuntimeRegex.backtrackingProblem(pattern, value);
                        assertNull(problem, () -> "pattern " + pattern + " matches \"" + value
                                + "\", but generated validation says: " + problem);
                    }
                }
                continue;
            }
            automata++;
            RuntimeRegex automaton = RuntimeRegex.of(pattern, max);
            for (String value : values(pattern)) {
                if (value.codePointCount(0, value.length()) > max) {
                    continue; // validation reports the length, and never searches the pattern
                }
                Boolean expected = budgetedFind(java, value, JAVA_STEPS);
                if (expected == null) {
                    unfinished++;
                    continue;
                }
                compared++;
                matched += expected ? 1 : 0;
                assertEquals(expected, automaton.found(value), () -> "pattern " + pattern + " on \"" + value + "\"");
            }
        }
        System.out.printf("Pattern automata: %d distinct (pattern, max) pairs in %s: %d vacuous, %d compiled to automata, %d kept"
                + " java.util.regex; %,d values compared (%,d match), %,d not compared (java.util.regex did not"
                + " finish in %,d steps); %,d matching values of the patterns kept with java.util.regex, all matched"
                + " within the runtime's budget%n", patterns.size(), models.getFileName(), vacuous, automata,
                fellBack.values().stream().mapToInt(List::size).sum(), compared, matched, unfinished, JAVA_STEPS,
                budgeted);
        fellBack.forEach((reason, list) -> System.out.println("  kept java.util.regex, " + reason + " (" + list.size()
                + "): " + list));
        assertTrue(matched > compared / 10, "the values must include many that match, not only near-misses");
        assertTrue(fellBack.isEmpty() || budgeted > 0, "no matching value for the patterns kept with"
                + " java.util.regex: the budget check checked nothing");
        return fellBack;
    }

    private static List<String> values(String pattern) {
        Set<String> values = new LinkedHashSet<>();
        StringBuilder base = new StringBuilder();
        AdversarialStrings.skeleton(pattern).forEach(p -> base.append(p.text()));
        List<String> bases = new ArrayList<>(List.of(base.toString()));
        for (int length : new int[] {2, 8, 40, 300}) {
            bases.addAll(AdversarialStrings.of(pattern, length));
        }
        Random random = new Random(pattern.hashCode());
        for (String b : bases) {
            values.add(b);
            for (String end : new String[] {"\n", "\r\n", "\r", "\u2028", "x"}) {
                values.add(b + end);
            }
            for (int k = 0; k < 12 && !b.isEmpty(); k++) {
                int at = random.nextInt(b.length());
                char edit = EDITS.charAt(random.nextInt(EDITS.length()));
                values.add(b.substring(0, at) + b.substring(at + 1));
                values.add(b.substring(0, at) + edit + b.substring(at + 1));
                values.add(b.substring(0, at) + edit + b.substring(at));
            }
        }
        return new ArrayList<>(values);
    }

    /** java.util.regex's answer, or null when it reads the value more than {@code steps} times. */
    private static Boolean budgetedFind(Pattern pattern, String value, long steps) {
        try {
            return pattern.matcher(new HostileValuesTest.Counted(value, steps)).find();
        } catch (IllegalStateException | StackOverflowError e) {
            return null;
        }
    }
}
