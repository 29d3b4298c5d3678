package dev.shapegen.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The only part of shapegen that writes to disk. Files whose content is already right are not touched, so their
 * modification times stay and incremental compilers see nothing stale. With a state file, it also deletes the files
 * that the previous run wrote and this run does not, and nothing else.
 */
public final class OutputWriter {
    private OutputWriter() {}

    /** Where the copy of the spec that the state describes is kept. */
    public static Path specCopy(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".spec.json");
    }

    /**
     * Writes the files and, when {@code stateFile} is given, the new state.
     *
     * @param previous what the previous run left, if known
     */
    public static WriteStats write(Path outputDir, List<GeneratedFile> files, String fingerprint,
            OutputState.FileRecord spec, Path stateFile, Optional<OutputState> previous, byte[] specBytes)
            throws IOException {
        int written = 0;
        int unchanged = 0;
        long bytes = 0;
        int added = 0;
        int changed = 0;
        Set<Path> madeDirs = new HashSet<>();
        Map<String, OutputState.FileRecord> records = new LinkedHashMap<>();
        Path root = outputDir.toAbsolutePath().normalize();
        // A state about another directory says nothing about this one: nothing there is ours to delete.
        Map<String, OutputState.FileRecord> before = previous.filter(p -> p.outputDirectory().equals(root.toString()))
                .map(OutputState::files).orElse(Map.of());
        for (GeneratedFile f : files) {
            Path target = outputDir.resolve(f.path());
            bytes += f.content().length;
            String hash = stateFile == null ? "" : OutputState.hash(f.content());
            OutputState.FileRecord old = before.get(f.path());
            if (!before.isEmpty() && old == null) {
                added++;
            } else if (old != null && !old.hash().equals(hash)) {
                changed++;
            }
            if (Files.isRegularFile(target) && Files.size(target) == f.content().length
                    && Arrays.equals(Files.readAllBytes(target), f.content())) {
                unchanged++;
            } else {
                Path dir = target.getParent();
                if (madeDirs.add(dir)) {
                    Files.createDirectories(dir);
                }
                Files.write(target, f.content());
                written++;
            }
            if (stateFile != null) {
                records.put(f.path(), new OutputState.FileRecord(f.content().length,
                        Files.getLastModifiedTime(target).toMillis(), hash));
            }
        }
        int deleted = 0;
        int removed = 0;
        for (String old : before.keySet()) {
            if (!records.containsKey(old)) {
                removed++;
                Path stale = root.resolve(old).normalize();
                // A state file is ours, but it is still input: never delete outside the output directory.
                if (stale.startsWith(root) && !stale.equals(root) && Files.deleteIfExists(stale)) {
                    deleted++;
                }
            }
        }
        if (stateFile != null) {
            new OutputState(fingerprint, spec, root.toString(), records).write(stateFile);
            // A copy of the spec, so the next run that sees it changed can say what changed.
            Files.write(specCopy(stateFile), specBytes);
        }
        return new WriteStats(written, unchanged, deleted, bytes, added, removed, changed);
    }
}
