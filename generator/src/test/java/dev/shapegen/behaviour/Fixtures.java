package dev.shapegen.behaviour;

import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.testing.CompiledCode;
import dev.shapegen.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Generates and compiles a fixture spec once per test run, in package {@code fixture.<name>}. */
final class Fixtures {
    private static final Map<String, CompiledCode> COMPILED = new ConcurrentHashMap<>();

    private Fixtures() {}

    static String packageOf(String fixture) {
        return "fixture." + fixture.replace("-", "");
    }

    static CompiledCode compiled(String fixture) {
        return COMPILED.computeIfAbsent(fixture, f -> compile(f, TestPaths.fixture(f), List.of(), List.of()));
    }

    static CompiledCode compile(String name, Path spec, List<String> shapes, List<String> operations) {
        try {
            Path dir = Files.createTempDirectory("shapegen-" + name);
            GenerationRequest request = new GenerationRequest(spec, dir, packageOf(name), shapes, operations);
            var emitted = Generator.emit(spec.getFileName().toString(), Files.readAllBytes(spec), request);
            return CompiledCode.compile(emitted.files(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
