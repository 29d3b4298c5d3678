package dev.shapegen.diff.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shapegen.diag.Diagnostics;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.parse.SpecParser;
import dev.shapegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reference page in {@code ../shared/seed}: the SageMaker change report of 2025-01-16, rendered from the real
 * model of that day. After each updated method's header and change literal it shows the method's documentation;
 * every line of it must come out of {@link MethodDocs#render} as it is there. Skipped, visibly, when the shared
 * folder is absent.
 */
class SeedDocsTest {

    private static final String MODEL = "sagemaker-2025-01-16.json";
    private static final List<String> OPERATIONS =
            List.of("DescribeTrainingPlan", "ListTrainingPlans", "SearchTrainingPlanOfferings");
    /** Seed lines that the model cannot explain; none so far. */
    private static final int KNOWN_DIFFERENCES = 0;
    /** "DescribeTrainingPlan (updated) Link ¶", where the spaces are no-break spaces. */
    private static final Pattern METHOD_HEADER =
            Pattern.compile("(\\S+)\\s\\((?:updated|new|deleted)\\)\\sLink\\s\u00b6", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void methodDocumentationMatchesTheSeed() throws IOException {
        Path shared = shared();
        Path model = shared.resolve("aws-models").resolve(MODEL);
        Path seed = seedPage(shared);
        assumeTrue(Files.isRegularFile(model) && seed != null,
                shared + " has no " + MODEL + " or seed page: skipping the comparison with the seed");
        Diagnostics diagnostics = new Diagnostics();
        ServiceModel service = SpecParser.parse(MODEL, Files.readAllBytes(model), diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all()));
        Map<String, List<String>> blocks = docBlocks(Files.readAllLines(seed, UTF_8));
        assertEquals(OPERATIONS, List.copyOf(blocks.keySet()), "methods in " + seed.getFileName());

        int seedLines = 0;
        int differing = 0;
        StringBuilder report = new StringBuilder();
        for (String operation : OPERATIONS) {
            List<String> expected = blocks.get(operation);
            List<String> actual = List.of(MethodDocs.render(service, operation).split("\n", -1));
            seedLines += expected.size();
            int diff = differingLines(expected, actual, operation, report);
            differing += diff;
            System.out.printf("%s: %d seed lines, %d differing%n", operation, expected.size(), diff);
        }
        System.out.printf("seed documentation: %d lines, %d differing%n", seedLines, differing);
        if (differing > KNOWN_DIFFERENCES) {
            fail(differing + " of " + seedLines + " lines differ from the seed (known: " + KNOWN_DIFFERENCES + ")\n"
                    + report);
        }
        assertTrue(seedLines > 600, "the seed's documentation blocks were not all found: " + seedLines + " lines");
    }

    /**
     * The documentation block of each method on the page: from the first blank line after the method's "Changes"
     * lines (its change literals end there) to the next method's header, without blank lines around it.
     */
    static Map<String, List<String>> docBlocks(List<String> page) {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        int i = 0;
        while (i < page.size()) {
            Matcher header = METHOD_HEADER.matcher(page.get(i));
            if (!header.matches()) {
                i++;
                continue;
            }
            int start = i + 1;
            while (start < page.size() && !page.get(start).isBlank()) {
                start++;
            }
            int end = start;
            while (end < page.size() && !METHOD_HEADER.matcher(page.get(end)).matches()) {
                end++;
            }
            List<String> block = new ArrayList<>(page.subList(start, end));
            while (!block.isEmpty() && block.get(0).isBlank()) {
                block.remove(0);
            }
            while (!block.isEmpty() && block.get(block.size() - 1).isBlank()) {
                block.remove(block.size() - 1);
            }
            blocks.put(header.group(1), block);
            i = end;
        }
        return blocks;
    }

    /** Lines of the seed or of the output without a match in the other (longest common subsequence); reported. */
    private static int differingLines(List<String> expected, List<String> actual, String operation,
            StringBuilder report) {
        int n = expected.size();
        int m = actual.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int a = n - 1; a >= 0; a--) {
            for (int b = m - 1; b >= 0; b--) {
                lcs[a][b] = expected.get(a).equals(actual.get(b)) ? lcs[a + 1][b + 1] + 1
                        : Math.max(lcs[a + 1][b], lcs[a][b + 1]);
            }
        }
        int a = 0;
        int b = 0;
        while (a < n || b < m) {
            if (a < n && b < m && expected.get(a).equals(actual.get(b))) {
                a++;
                b++;
            } else if (b < m && (a == n || lcs[a][b + 1] >= lcs[a + 1][b])) {
                report.append(operation).append(" + ").append(actual.get(b++)).append('\n');
            } else {
                report.append(operation).append(" - seed line ").append(a + 1).append(": ")
                        .append(expected.get(a++)).append('\n');
            }
        }
        return Math.max(n, m) - lcs[0][0];
    }

    /** {@code shapegen.shared}, else {@code ../shared} next to the repository root. */
    private static Path shared() {
        String property = System.getProperty("shapegen.shared", "");
        if (!property.isBlank() && !property.contains("${")) {
            return Path.of(property);
        }
        return TestPaths.root().resolve("../shared").normalize();
    }

    /** The seed page of the SageMaker update, or null. */
    private static Path seedPage(Path shared) throws IOException {
        Path dir = shared.resolve("seed");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("000_.*\\.txt")).sorted().findFirst()
                    .orElse(null);
        }
    }
}
