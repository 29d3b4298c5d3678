package dev.shapegen.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.testing.TestPaths;
import dev.shapegen.write.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exact expected source for small edge-case specs and for our Training Plan spec. To refresh after an intended
 * change: {@code mvn test -pl generator -Dtest=GoldenFilesTest -Dshapegen.updateGolden=true}, then review the diff.
 */
class GoldenFilesTest {
    private static final boolean UPDATE = Boolean.getBoolean("shapegen.updateGolden");

    @ParameterizedTest
    @ValueSource(strings = {"enum-unsafe-value", "recursive-structure", "reserved-names", "union-members",
            "sensitive-member", "constraints", "xml-timestamps", "rest-json-payload"})
    void fixture(String name) throws IOException {
        check(name, TestPaths.fixture(name), false);
    }

    /** Our spec, with the support files too, so that every line shapegen writes is pinned somewhere. */
    @ParameterizedTest
    @ValueSource(strings = {"training-plans-2025-01-16"})
    void spec(String name) throws IOException {
        check(name, TestPaths.root().resolve("spec").resolve(name + ".json"), true);
    }

    private static void check(String name, Path spec, boolean withRuntime) throws IOException {
        GenerationRequest request = GenerationRequest.all(spec, Path.of("unused"), "com.example.golden");
        List<GeneratedFile> files = Generator.emit(spec.getFileName().toString(), Files.readAllBytes(spec), request)
                .files();
        Map<String, String> actual = new TreeMap<>();
        for (GeneratedFile f : files) {
            // The fixed runtime is pinned once, with our spec; the pattern holders depend on the spec.
            if (withRuntime || !f.path().contains("/runtime/")
                    || f.path().matches(".*/runtime/Patterns\\d*\\.java")) {
                actual.put(f.path(), new String(f.content(), StandardCharsets.UTF_8));
            }
        }
        Path expectedDir = TestPaths.root().resolve("generator/src/test/resources/golden").resolve(name);
        if (UPDATE) {
            write(expectedDir, actual);
        }
        Map<String, String> expected = read(expectedDir);
        assertEquals(expected.keySet(), actual.keySet(), "generated file set of " + name
                + " (refresh with -Dshapegen.updateGolden=true if intended)");
        for (var e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), e.getKey() + " of " + name
                    + " (refresh with -Dshapegen.updateGolden=true if intended)");
        }
    }

    private static void write(Path dir, Map<String, String> files) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (var e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }
}
