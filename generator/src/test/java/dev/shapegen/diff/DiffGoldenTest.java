package dev.shapegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shapegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden triples: {@code old.json}, {@code new.json}, and the expected text report (and JSON report where the
 * case is about removals). Refresh with {@code -Dshapegen.updateGolden=true} and review the diff.
 */
class DiffGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("shapegen.updateGolden");

    static Stream<Arguments> cases() throws IOException {
        Path dir = TestPaths.root().resolve("generator/src/test/resources/diff");
        try (Stream<Path> cases = Files.list(dir)) {
            return cases.sorted().map(p -> Arguments.of(p.getFileName().toString(), p)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void textReport(String name, Path dir) throws IOException {
        Differ.Result result = Differ.diff(dir.resolve("old.json"), dir.resolve("new.json"));
        check(dir.resolve("expected.txt"), result.text("2025/01/16", false));
        if (name.startsWith("removed") || Files.exists(dir.resolve("expected.json"))) {
            check(dir.resolve("expected.json"), result.json().replace(dir.toString(), "<dir>"));
        }
    }

    private static void check(Path expected, String actual) throws IOException {
        if (UPDATE) {
            Files.writeString(expected, actual);
        }
        assertEquals(Files.readString(expected), actual, expected + " (refresh with -Dshapegen.updateGolden=true)");
    }
}
