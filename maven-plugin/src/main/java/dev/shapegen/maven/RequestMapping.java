package dev.shapegen.maven;

import dev.shapegen.GenerationRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;

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
     * @param moduleId the module's {@code groupId:artifactId}, which tells apart the states of modules that share
     *     an output directory outside their build directories
     * @param executionId the id of the execution, so that several executions keep separate state
     * @param baselineSpec the spec to guard against breaking changes from, or null
     */
    static GenerationRequest toRequest(File spec, String packageName, File outputDirectory, List<String> shapes,
            List<String> operations, File buildDirectory, String moduleId, String executionId, File baselineSpec) {
        return new GenerationRequest(spec.toPath(), outputDirectory.toPath(),
                packageName == null ? "" : packageName.trim(), names(shapes), names(operations),
                stateFile(outputDirectory, buildDirectory, moduleId, executionId),
                baselineSpec == null ? null : baselineSpec.toPath());
    }

    /**
     * Where an execution keeps the state of what it wrote: in the build directory, which {@code mvn clean} empties
     * together with the default output. An output directory outside it outlives a clean; the state goes with that
     * output then, since a new build without it could never delete the files that went stale.
     */
    static Path stateFile(File outputDirectory, File buildDirectory, String moduleId, String executionId) {
        String id = executionId == null || executionId.isBlank() ? "default" : executionId;
        Path build = absolute(buildDirectory);
        Path output = absolute(outputDirectory);
        if (output.startsWith(build)) {
            return buildDirectory.toPath().resolve("shapegen-state").resolve(safe(id) + ".state");
        }
        // "@" is never in a safe name: no two modules and executions share a file name.
        StringBuilder name = new StringBuilder();
        for (String part : moduleId.split(":")) {
            name.append(safe(part)).append('@');
        }
        return outputDirectory.toPath().resolve(".shapegen").resolve(name + safe(id) + ".state");
    }

    /**
     * Why the output directory cannot be used, or null. It must not be one of the project's own source or resource
     * directories, or hold one, where shapegen would replace their files and javac take up sources twice; nor lie in
     * a source directory, or in a resource directory copied whole, from where the generated sources would go into
     * the jar as resources. A resource directory that holds the build directory is taken for the project's root
     * (often one, to ship LICENSE and NOTICE), in which every output under {@code target} lies; one with includes
     * copies what they say, so an output inside it is the user's call.
     *
     * @param sourceRoots the project's source and test source directories
     * @param resourceRoots the project's resource and test resource directories
     * @param wholeResourceRoots those of them copied whole but for excludes: with no includes
     * @param buildDirectory the project's build directory
     */
    static String sourceRootClash(File outputDirectory, List<File> sourceRoots, List<File> resourceRoots,
            List<File> wholeResourceRoots, File buildDirectory) {
        Path output = real(outputDirectory);
        Path build = real(buildDirectory);
        List<File> all = new ArrayList<>(sourceRoots);
        all.addAll(resourceRoots);
        for (File root : all) {
            Path own = real(root);
            boolean source = sourceRoots.contains(root);
            boolean copiedInto = source || wholeResourceRoots.contains(root) && !build.startsWith(own);
            String relation = output.equals(own) ? "is"
                    : output.startsWith(own) && copiedInto ? "lies in"
                    : own.startsWith(output) ? "holds" : null;
            if (relation != null) {
                String why = relation.equals("lies in") && !source
                        ? "from where the generated sources would be copied into the jar as resources"
                        : "where shapegen would replace and delete files and its sources would be built twice";
                return "shapegen: outputDirectory " + outputDirectory + " " + relation + " the project's own " + own
                        + ", " + why + "; nothing was written. Set outputDirectory to a directory of its own, such as "
                        + "target/generated-sources/shapegen (the default), and build again.";
            }
        }
        return null;
    }

    /**
     * Whether a resource directory goes into the jar whole but for its excludes: it has no includes, so everything
     * the excludes leave, generated sources too, is copied.
     */
    static boolean copiedWhole(Resource resource) {
        return resource.getIncludes().isEmpty();
    }

    /** The path with links resolved as far as it exists, so that another spelling of a directory is the same. */
    private static Path real(File file) {
        Path path = absolute(file);
        for (Path existing = path; existing != null; existing = existing.getParent()) {
            try {
                return existing.toRealPath().resolve(existing.relativize(path));
            } catch (IOException e) {
                // Not there yet: try its parent.
            }
        }
        return path;
    }

    private static Path absolute(File file) {
        return file.toPath().toAbsolutePath().normalize();
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
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
