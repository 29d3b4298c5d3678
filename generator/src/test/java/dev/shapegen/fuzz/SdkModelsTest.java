package dev.shapegen.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.model.Shape;
import dev.shapegen.naming.NameTable;
import dev.shapegen.resolve.ResolvedModel;
import dev.shapegen.testing.CompiledCode;
import dev.shapegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every service model the AWS SDK for Java publishes (Maven Central's {@code com.amazonaws:aws-java-sdk-models},
 * 381 services, unpacked by the build into target/), and the shared models where they are: each generates without
 * an error and with only the warnings that say what JSON cannot carry exactly; what it generates compiles with javac
 * -Xlint:all without an error or a warning; and random values of every record and union type, built through the
 * generated API, are written as the model says ({@link WireFormat}: property names, timestamps, blobs) and survive a
 * JSON round trip through a plain {@code ObjectMapper}, equal and written the same again.
 *
 * <p>Models are checked two at a time, in memory; each is a test of its own, the SDK's first, in name order.
 */
class SdkModelsTest {
    private static final int VALUES_PER_TYPE = 2;
    /** Warnings that real models may cause: approximations of what JSON cannot carry, and renames. */
    private static final Set<String> EXPECTED_WARNINGS = Set.of("approx.http-binding", "approx.event-stream",
            "approx.streaming-blob", "approx.raw-payload", "name.renamed", "name.wire-conflict", "timestamp.format");

    @TestFactory
    Stream<DynamicTest> everySdkModelGeneratesCompilesAndRoundTrips() throws IOException {
        Optional<Path> dir = TestPaths.sdkModels();
        if (dir.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("AWS SDK models", () -> Assumptions.assumeTrue(false,
                    "shapegen.sdkModels not set: run the tests through Maven (mvn verify), which unpacks the models")));
        }
        List<Path> specs = new ArrayList<>();
        try (Stream<Path> all = Files.list(dir.get())) {
            all.filter(p -> p.getFileName().toString().endsWith("-model.json")).sorted().forEach(specs::add);
        }
        assertTrue(specs.size() >= 300, "expected the AWS SDK's 381 models, found " + specs.size());
        // The shared models too, where they are: newer versions of some of these services.
        if (TestPaths.awsModels().isPresent()) {
            try (Stream<Path> shared = Files.list(TestPaths.awsModels().get())) {
                shared.filter(p -> p.toString().endsWith(".json")).sorted().forEach(specs::add);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "sdk-models");
            t.setDaemon(true);
            return t;
        });
        Map<Path, Future<String>> checks = new TreeMap<>();
        for (Path spec : specs) {
            checks.put(spec, pool.submit(() -> check(spec)));
        }
        return specs.stream().map(spec -> DynamicTest.dynamicTest(spec.getParent().getFileName() + "/"
                + spec.getFileName(), () -> {
            try {
                System.out.println(checks.get(spec).get());
            } catch (ExecutionException e) {
                throw e.getCause();
            }
        })).onClose(pool::shutdownNow);
    }

    private static String check(Path spec) throws IOException {
        String file = spec.getFileName().toString();
        byte[] bytes = Files.readAllBytes(spec);
        String pkg = "sdk." + file.replace("-model.json", "").replace(".json", "").replaceAll("\\W", "")
                .toLowerCase(Locale.ROOT);
        // A mapper per model: a mapper keeps every type it has read, and with it the type's class loader.
        ObjectMapper mapper = new ObjectMapper();
        Generator.Checked checked = Generator.check(file, bytes, GenerationRequest.all(spec, Path.of("out"), pkg));
        var emitted = Generator.emit(checked);
        Map<String, Long> warnings = emitted.warnings().stream()
                .collect(Collectors.groupingBy(Diagnostic::id, TreeMap::new, Collectors.counting()));
        assertEquals(Set.of(), warnings.keySet().stream().filter(id -> !EXPECTED_WARNINGS.contains(id))
                .collect(Collectors.toSet()), () -> file + ": unexpected warnings " + emitted.warnings());

        CompiledCode code = CompiledCode.compileInMemory(emitted.files());
        assertEquals("", code.report(javax.tools.Diagnostic.Kind.ERROR, javax.tools.Diagnostic.Kind.WARNING,
                javax.tools.Diagnostic.Kind.MANDATORY_WARNING), () -> "javac -Xlint:all on the code of " + file);

        ResolvedModel model = checked.model();
        NameTable names = checked.names();
        JsonNode tree = mapper.readTree(bytes);
        Map<String, Integer> ranks = Finiteness.ranks(tree);
        Random seeds = new Random(file.hashCode());
        int types = 0;
        for (Shape shape : model.generatedShapes()) {
            if (shape.isEnum()) {
                continue; // enums are read and written whole, as strings
            }
            // A type without a finite value (a structure that requires itself) would have no random value; real
            // models have none, and every type is checked.
            assertTrue(ranks.containsKey(shape.name()), () -> file + ": " + shape.name() + " has no finite value");
            types++;
            Class<?> type = code.load(names.type(shape.name()).reflectionName());
            for (int i = 0; i < VALUES_PER_TYPE; i++) {
                long seed = seeds.nextLong();
                Object value = RandomValues.forRoundTrips(model, names, code, ranks, seed).of(shape);
                String json = mapper.writeValueAsString(value);
                List<String> problems = WireFormat.problems(tree, shape.name(), mapper.readTree(json));
                assertEquals(List.of(), problems, () -> file + ": " + shape.name() + " (seed " + seed + ") as " + json);
                Object back = mapper.readValue(json, type);
                assertEquals(value, back, () -> file + ": " + shape.name() + " (seed " + seed + ") from " + json);
                assertEquals(json, mapper.writeValueAsString(back), () -> file + ": " + shape.name() + " written again");
            }
        }
        return String.format("%s: %d files compiled without a warning, %d record and union types round-tripped, "
                + "warnings %s", file, emitted.files().size(), types, warnings);
    }
}
