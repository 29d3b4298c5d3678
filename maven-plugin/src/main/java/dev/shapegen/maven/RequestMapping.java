package dev.shapegen.maven;

import dev.shapegen.GenerationRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the goal's parameters into the generator's request. Kept apart from the mojo so that the mapping is tested
 * without a Maven runtime.
 */
final class RequestMapping {
    private RequestMapping() {}

    /**
     * Builds the request.
     *
     * @param spec the spec file
     * @param packageName the Java package
     * @param outputDirectory the generated sources root
     * @param shapes shape names; entries may hold several, comma-separated; null for none
     * @param operations operation names, likewise
     * @param buildDirectory the project's build directory, which keeps the state of each execution
     * @param executionId the id of the execution, so that several executions keep separate state
     * @param baselineSpec the spec to guard against breaking changes from, or null
     */
    static GenerationRequest toRequest(File spec, String packageName, File outputDirectory, List<String> shapes,
            List<String> operations, File buildDirectory, String executionId, File baselineSpec) {
        String id = executionId == null || executionId.isBlank() ? "default" : executionId;
        Path state = buildDirectory.toPath().resolve("shapegen-state").resolve(id.replaceAll("[^A-Za-z0-9._-]", "_")
                + ".state");
        return new GenerationRequest(spec.toPath(), outputDirectory.toPath(),
                packageName == null ? "" : packageName.trim(), names(shapes), names(operations), state,
                baselineSpec == null ? null : baselineSpec.toPath());
    }

    /** Trims names and splits entries that hold several, comma-separated; drops blanks. */
    static List<String> names(List<String> entries) {
        List<String> out = new ArrayList<>();
        if (entries == null) {
            return out;
        }
        for (String entry : entries) {
            if (entry == null) {
                continue;
            }
            for (String name : entry.split(",")) {
                if (!name.isBlank()) {
                    out.add(name.trim());
                }
            }
        }
        return out;
    }
}
