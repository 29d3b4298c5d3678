package dev.shapegen.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The only part of shapegen that writes to disk. Files whose content is already right are not touched, so their
 * modification times stay and incremental compilers see nothing stale.
 */
public final class OutputWriter {
    private OutputWriter() {}

    public static WriteStats write(Path outputDir, List<GeneratedFile> files) throws IOException {
        int written = 0;
        int unchanged = 0;
        long bytes = 0;
        Set<Path> madeDirs = new HashSet<>();
        for (GeneratedFile f : files) {
            Path target = outputDir.resolve(f.path());
            bytes += f.content().length;
            if (Files.isRegularFile(target) && Files.size(target) == f.content().length
                    && Arrays.equals(Files.readAllBytes(target), f.content())) {
                unchanged++;
                continue;
            }
            Path dir = target.getParent();
            if (madeDirs.add(dir)) {
                Files.createDirectories(dir);
            }
            Files.write(target, f.content());
            written++;
        }
        return new WriteStats(written, unchanged, bytes);
    }
}
