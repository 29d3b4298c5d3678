package dev.shapegen.behaviour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.resolve.Patterns;
import dev.shapegen.resolve.regex.PatternAutomata;
import dev.shapegen.testing.TestPaths;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code pattern} of every shared real model that generated code checks (not the vacuous ones, which every
 * string matches), checked by the generated runtime's {@code Validation.string} (length first, then {@code find()}
 * under the matching budget) on adversarial values of the shape's {@code max} length: one character repeated and then a breaking one, and near-matches pumped from the pattern's own atoms.
 * Patterns without {@code max} are tried at {@link #NO_MAX_LENGTH} characters. Prints a summary; asserts only a
 * generous bound on the median time per value (of five runs, after a warm-up pass over all values).
 */
class PatternTimingTest {
    /** The length tried for patterns whose shape has no {@code max}. */
    static final int NO_MAX_LENGTH = 65_536;
    private static final int RUNS = 5;
    /**
     * Generous, for a shared machine: the budget allows 100,000 + 8 steps per character, which took at most a few
     * milliseconds per value here; without it some of these values do not finish in any reasonable time.
     */
    private static final long BOUND_NANOS = 50_000_000;
    private static final long BOUND_NANOS_PER_CHAR = 1_000;

    record Case(String pattern, long max, String where) {}

    record Timing(Case c, int length, String outcome, long medianNanos, String input) {}

    private static long median(long[] nanos) {
        Arrays.sort(nanos);
        return nanos[nanos.length / 2];
    }

    @Test
    void everyRealPatternIsCheckedInBoundedTimeOnAdversarialValues() throws Throwable {
        Path models = TestPaths.awsModel("sagemaker-latest.json").getParent();
        Map<String, Case> all = patterns(models);
        Map<String, Case> cases = new LinkedHashMap<>();
        all.forEach((key, c) -> {
            if (!Patterns.isVacuous(Pattern.compile(c.pattern()))) {
                cases.put(key, c);
            }
        });
        Class<?> validation = Fixtures.compiled("hostile-patterns")
                .load(Fixtures.packageOf("hostile-patterns") + ".runtime.Validation");
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        MethodHandle create = lookup.findConstructor(validation, MethodType.methodType(void.class));
        Class<?> regexType = validation.getClassLoader().loadClass(
                Fixtures.packageOf("hostile-patterns") + ".runtime.Regex");
        MethodHandle check = lookup.findVirtual(validation, "string", MethodType.methodType(void.class,
                String.class, String.class, long.class, long.class, regexType));
        // As generated code builds them: the automaton the generator compiles a pattern to, else java.util.regex.
        MethodHandle automaton = lookup.findStatic(regexType, "automaton", MethodType.methodType(regexType,
                String.class, String.class));
        MethodHandle backtracking = lookup.findStatic(regexType, "backtracking", MethodType.methodType(regexType,
                String.class));
        Map<Case, Object> regexes = new java.util.HashMap<>();
        for (Case c : cases.values()) {
            String compiled = PatternAutomata.compile(c.pattern(), c.max() < 0 ? PatternAutomata.NO_MAX : c.max())
                    .encoded();
            regexes.put(c, compiled == null ? backtracking.invoke(c.pattern())
                    : automaton.invoke(c.pattern(), compiled));
        }
        MethodHandle violations = lookup.findVirtual(validation, "violations", MethodType.methodType(List.class));

        List<Timing> timings = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        long[] matchedNanos = new long[2];
        long started = System.nanoTime();
        // A warm-up pass over every value first, so the matcher and the runtime are compiled when measured.
        for (Case c : cases.values()) {
            Pattern p = Pattern.compile(c.pattern());
            int length = (int) (c.max() < 0 ? NO_MAX_LENGTH : c.max());
            for (String input : AdversarialStrings.of(c.pattern(), Math.max(2, length))) {
                outcome(create, check, violations, input, c.max() < 0 ? Long.MAX_VALUE : c.max(),
                        regexes.get(c));
            }
        }
        for (Case c : cases.values()) {
            Pattern p = Pattern.compile(c.pattern());
            int length = (int) (c.max() < 0 ? NO_MAX_LENGTH : c.max());
            long max = c.max() < 0 ? Long.MAX_VALUE : c.max();
            List<String> inputs = AdversarialStrings.of(c.pattern(), Math.max(2, length));
            for (String input : inputs) {
                Object regex = regexes.get(c);
                String outcome = outcome(create, check, violations, input, max, regex);
                long bound = BOUND_NANOS + BOUND_NANOS_PER_CHAR * input.length();
                long best = Long.MAX_VALUE;
                // On a busy machine one median can be off; a value is over the bound only if three medians are.
                for (int attempt = 0; attempt < 3 && best > bound; attempt++) {
                    long[] nanos = new long[RUNS];
                    for (int r = 0; r < RUNS; r++) {
                        long t0 = System.nanoTime();
                        outcome(create, check, violations, input, max, regex);
                        nanos[r] = System.nanoTime() - t0;
                    }
                    best = Math.min(best, median(nanos));
                }
                Timing t = new Timing(c, input.length(), outcome, best, input);
                timings.add(t);
                outcomes.merge(outcome, 1, Integer::sum);
                if (outcome.equals("ok")) {
                    rawTiming(p, input).ifPresent(raw -> {
                        matchedNanos[0] += t.medianNanos();
                        matchedNanos[1] += raw;
                    });
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        timings.sort(Comparator.comparingLong(Timing::medianNanos).reversed());
        System.out.printf("Pattern timing: %d distinct (pattern, max) pairs from %s (%d more are vacuous and not"
                + " checked), %d adversarial values, %s, %d s in all%n", cases.size(), models.getFileName(),
                all.size() - cases.size(), timings.size(), outcomes, seconds);
        System.out.println("Slowest 10 (median of " + RUNS + " runs after a warm-up pass; the best of three medians "
                + "when over the bound):");
        for (Timing t : timings.subList(0, Math.min(10, timings.size()))) {
            System.out.printf("  %,9d us  %,8d chars  %-13s %s  %s  input %s%n", t.medianNanos() / 1000, t.length(),
                    t.outcome(), t.c().where(), abbreviate(t.c().pattern(), 70), abbreviate(t.input(), 24));
        }
        System.out.printf("Values that match: %,d us checked by Validation, %,d us by a bare find() (%.2fx)%n",
                matchedNanos[0] / 1000, matchedNanos[1] / 1000, (double) matchedNanos[0] / matchedNanos[1]);
        for (int upTo : new int[] {256, 2048, 10_240, 131_072, 1 << 20}) {
            timings.stream().filter(t -> t.length() <= upTo).findFirst().ifPresent(t -> System.out.printf(
                    "Slowest value of up to %,d chars: %,d us (%,d chars, %s)%n", upTo, t.medianNanos() / 1000,
                    t.length(), t.c().where()));
        }
        timings.stream().filter(t -> !t.outcome().equals("ok") && !t.outcome().equals("no match"))
                .map(t -> t.outcome() + ": " + t.c().where() + " " + abbreviate(t.c().pattern(), 90)).distinct()
                .forEach(line -> System.out.println("Could not be checked on some values, " + line));
        for (Timing t : timings) {
            long bound = BOUND_NANOS + BOUND_NANOS_PER_CHAR * t.length();
            assertTrue(t.medianNanos() <= bound, () -> String.format("%s on %d chars took %,d us (median), over the"
                    + " bound of %,d us: %s", t.c().pattern(), t.length(), t.medianNanos() / 1000, bound / 1000,
                    t.c().where()));
        }
    }

    /** The same match without the budget (to see what counting the steps costs); empty when it overflows. */
    private static java.util.OptionalLong rawTiming(Pattern p, String input) {
        long[] raw = new long[RUNS];
        try {
            for (int r = 0; r < RUNS; r++) {
                long t0 = System.nanoTime();
                p.matcher(input).find();
                raw[r] = System.nanoTime() - t0;
            }
        } catch (StackOverflowError e) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(median(raw));
    }

    /** What the check found: {@code ok}, {@code no match}, {@code budget spent} or {@code out of stack}. */
    private static String outcome(MethodHandle create, MethodHandle check, MethodHandle violations, String input,
            long max, Object regex) throws Throwable {
        Object v = create.invoke();
        check.invoke(v, "m", input, Long.MIN_VALUE, max, regex);
        List<?> found = (List<?>) violations.invoke(v);
        if (found.isEmpty()) {
            return "ok";
        }
        String message = found.get(0).toString();
        return message.contains("more than") ? "budget spent" : message.contains("out of stack") ? "out of stack"
                : "no match";
    }

    /** Distinct (pattern, max) pairs of string shapes, with the first model and shape that has each. */
    static Map<String, Case> patterns(Path models) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Case> out = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(models)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            JsonNode shapes = mapper.readTree(f.toFile()).path("shapes");
            shapes.fields().forEachRemaining(e -> {
                JsonNode s = e.getValue();
                if ("string".equals(s.path("type").asText()) && s.hasNonNull("pattern")) {
                    long max = s.has("max") ? s.get("max").asLong() : -1;
                    String pattern = s.get("pattern").asText();
                    out.putIfAbsent(max + " " + pattern, new Case(pattern, max, f.getFileName() + "#" + e.getKey()));
                }
            });
        }
        return out;
    }

    private static String abbreviate(String s, int max) {
        String shown = s.replace("\n", "\\n").replace("\u0000", "\\0").replace("\t", "\\t").replace("\r", "\\r");
        return shown.length() <= max ? shown : shown.substring(0, max / 2) + "..." + shown.substring(
                shown.length() - max / 2);
    }
}
