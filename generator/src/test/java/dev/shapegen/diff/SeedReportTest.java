package dev.shapegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The report for the real 2025-01-16 SageMaker update equals the changelog page in ../shared/seed. */
class SeedReportTest {
    private static String seed() throws IOException {
        Path seedDir = TestPaths.awsModel("sagemaker-2025-01-16.json").getParent().resolveSibling("seed");
        try (Stream<Path> files = Files.list(seedDir)) {
            Path page = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
            return Files.readString(page, StandardCharsets.UTF_8);
        }
    }

    private static Differ.Result diff() {
        return Differ.diff(TestPaths.awsModel("sagemaker-2025-01-15.json"),
                TestPaths.awsModel("sagemaker-2025-01-16.json"));
    }

    /** The method blocks of a report: from each "(updated)" or "(new)" line to the first blank line. */
    static List<String> blocks(String report) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : report.split("\n", -1)) {
            if (line.matches("\\w+\u00a0\\((updated|new)\\)( Link ¶)?")) {
                current = new StringBuilder(line.replace(" Link ¶", ""));
            } else if (current != null && line.isEmpty()) {
                blocks.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append('\n').append(line);
            }
        }
        if (current != null) {
            blocks.add(current.toString());
        }
        return blocks;
    }

    @Test
    void methodBlocksEqualTheSeedCharacterForCharacter() throws IOException {
        String report = diff().text("2025/01/16", false);
        List<String> expected = blocks(seed());
        assertEquals(3, expected.size());
        assertEquals(expected, blocks(report));
        assertTrue(report.startsWith("2025/01/16 - Amazon SageMaker Service - 3 updated api methods\n\n"), report);
    }

    @Test
    void withDocsTheWholePageIsReproducedButTheHumanSummaryLine() throws IOException {
        List<String> seed = List.of(seed().split("\n", -1));
        String report = diff().text("2025/01/16", true);
        List<String> ours = List.of(report.substring(0, report.length() - 1).split("\n", -1));
        assertEquals(seed.size(), ours.size());
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < seed.size(); i++) {
            if (!seed.get(i).equals(ours.get(i))) {
                differing.add(i + 1);
            }
        }
        // Line 5 is the sentence a person wrote for the changelog; the report puts a generated one there.
        assertEquals(List.of(5), differing, () -> "differing lines " + differing);
        assertTrue(ours.get(4).startsWith("Changes\u00a0 Added ml.trn1.32xlarge to ReservedCapacityInstanceType"));
    }

    @Test
    void theOnlyChangeIsOneCompatibleEnumValue() {
        Differ.Result result = diff();
        assertEquals(1, result.changes().size(), result.changes().toString());
        Change c = result.changes().get(0);
        assertEquals(ChangeKind.ENUM_VALUE_ADDED, c.kind());
        assertEquals("ReservedCapacityInstanceType", c.shape());
        assertEquals("ml.trn1.32xlarge", c.after());
        assertTrue(!result.hasBreaking());
    }
}
