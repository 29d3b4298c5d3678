package dev.shapegen.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.model.Member;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import dev.shapegen.naming.NameTable;
import dev.shapegen.parse.SpecParser;
import dev.shapegen.resolve.ResolvedModel;
import dev.shapegen.testing.CompiledCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Random valid specs (every shape kind, recursion, awkward names and enum values) generate code that compiles
 * without a warning; random values built through the generated API are written as the model says ({@link
 * WireFormat}) and survive a JSON round trip through a plain {@code ObjectMapper}; and {@code validate()} reports
 * nothing for a valid value, and exactly one violation, at the right path, for a value that breaks one constraint.
 * Compiling is the slow part, so each try checks several values of every generated type.
 */
@AddLifecycleHook(FuzzBudget.class)
class ValidSpecFuzzTest {
    private static final String PACKAGE = "fuzz.valid";
    private static final String FILE = "spec.json";
    private static final int VALUES_PER_TYPE = 4;
    private static final ObjectMapper PLAIN = new ObjectMapper();

    // Edge cases off: with this few tries they would crowd out the random specs.
    @Property(tries = 10, seed = "20250116", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void generatedCodeCompilesRoundTripsAndValidatesWhereBroken(@ForAll("specs") SpecPlan plan,
            @ForAll long valueSeed) throws IOException {
        byte[] spec = plan.toJson();
        String text = new String(spec, StandardCharsets.UTF_8);
        GenerationRequest request = GenerationRequest.all(Path.of(FILE), Path.of("out"), PACKAGE);
        Generator.Checked checked = Generator.check(FILE, spec, request);
        var emitted = Generator.emit(checked);
        Path dir = Files.createTempDirectory("shapegen-fuzz");
        try {
            CompiledCode code = CompiledCode.compile(emitted.files(), dir);
            assertEquals("", code.report(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING,
                    Diagnostic.Kind.MANDATORY_WARNING), () -> "javac on the code of\n" + text);
            ResolvedModel model = checked.model();
            NameTable names = checked.names();
            JsonNode tree = PLAIN.readTree(spec);
            Map<String, Integer> ranks = Finiteness.ranks(tree);
            Random seeds = new Random(valueSeed);
            for (Shape shape : model.generatedShapes()) {
                if (!shape.isEnum()) {
                    for (int i = 0; i < VALUES_PER_TYPE; i++) {
                        checkValues(shape, model, names, code, ranks, seeds.nextLong(), text, tree);
                    }
                }
            }
        } finally {
            delete(dir);
        }
    }

    /**
     * The cheap half of the property above, on many more specs: every random valid spec generates without an error.
     * It also checks that the random specs have what they are meant to have, often enough.
     */
    @Property(tries = 100, seed = "20250116", shrinking = ShrinkingMode.BOUNDED)
    void randomValidSpecsGenerateWithoutErrors(@ForAll("specs") SpecPlan plan) {
        byte[] spec = plan.toJson();
        var emitted = Generator.emit(FILE, spec, GenerationRequest.all(Path.of(FILE), Path.of("out"), PACKAGE));
        Diagnostics diagnostics = new Diagnostics();
        var model = SpecParser.parse(FILE, spec, diagnostics).orElseThrow();
        boolean recursive = model.shapes().values().stream().anyMatch(s -> s.isRecord() && reaches(model, s,
                s.name(), new HashSet<>()));
        boolean union = model.shapes().values().stream().anyMatch(Shape::isUnion);
        boolean renamed = emitted.warnings().stream().anyMatch(w -> w.id().equals("name.renamed"));
        Statistics.label("recursive").collect(recursive);
        Statistics.label("union").collect(union);
        Statistics.label("renamed").collect(renamed);
        Statistics.label("recursive").coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label("union").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("renamed").coverage(c -> c.check(true).percentage(p -> p >= 20));
    }

    /** Whether {@code from} refers to the shape named {@code target}, through members, elements and values. */
    private static boolean reaches(ServiceModel model, Shape from, String target,
            Set<String> seen) {
        List<Member> refs = new ArrayList<>(from.members().values());
        Stream.of(from.listMember(), from.mapValue()).filter(Objects::nonNull).forEach(refs::add);
        for (Member m : refs) {
            if (m.target().equals(target)
                    || (seen.add(m.target()) && reaches(model, model.shape(m.target()), target, seen))) {
                return true;
            }
        }
        return false;
    }

    /** One valid value, and the same value with one constraint broken (when it has any). */
    private static void checkValues(Shape shape, ResolvedModel model, NameTable names, CompiledCode code,
            Map<String, Integer> ranks, long seed, String spec, JsonNode tree) {
        RandomValues valid = new RandomValues(model, names, code, ranks, seed, -1);
        Object value = valid.of(shape);
        assertEquals(List.of(), CompiledCode.call(value, "validate"), () -> "violations of a valid " + shape.name()
                + " " + value + " in\n" + spec);
        assertRoundTrips(value, code, names, shape, spec, tree);
        if (valid.slots() == 0) {
            return;
        }
        int breakAt = new Random(seed).nextInt(valid.slots());
        RandomValues broken = new RandomValues(model, names, code, ranks, seed, breakAt);
        Object bad = broken.of(shape);
        List<?> violations = (List<?>) CompiledCode.call(bad, "validate");
        RandomValues.Broken expected = broken.broken();
        String context = "value " + bad + " of " + shape.name() + " broken at " + expected + " in\n" + spec;
        assertEquals(1, violations.size(), () -> violations + " for " + context);
        assertEquals(expected.path(), CompiledCode.call(violations.get(0), "path"), context);
        assertTrue(((String) CompiledCode.call(violations.get(0), "message")).contains(expected.phrase()),
                () -> violations + " for " + context);
        assertRoundTrips(bad, code, names, shape, spec, tree);
    }

    private static void assertRoundTrips(Object value, CompiledCode code, NameTable names, Shape shape,
            String spec, JsonNode tree) {
        Class<?> type = code.load(names.type(shape.name()).reflectionName());
        try {
            String json = PLAIN.writeValueAsString(value);
            assertEquals(List.of(), WireFormat.problems(tree, shape.name(), PLAIN.readTree(json)),
                    () -> "JSON " + json + " of " + shape.name() + " in\n" + spec);
            assertEquals(value, PLAIN.readValue(json, type), () -> "JSON " + json + " of " + shape.name() + " in\n"
                    + spec);
        } catch (IOException e) {
            throw new AssertionError("no round trip of " + value + " of " + shape.name() + " in\n" + spec, e);
        }
    }

    @Provide
    Arbitrary<SpecPlan> specs() {
        return RandomSpecs.specs(10);
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
