package dev.shapegen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hands out a fresh, not yet existing output folder for every invocation, and deletes the used ones only when asked
 * (between iterations, outside the measured time).
 *
 * <p>Deleting is deferred because on ext4 creating thousands of files right after deleting thousands is slower
 * than creating them on a quiet file system; deleting after every invocation would charge that to the next one.
 * After deleting, the file system is synced, so the deletion's metadata writes are not still pending while the next
 * iteration creates files.
 */
final class ScratchFolders implements AutoCloseable {
    private final Path base;
    private final List<Path> used = new ArrayList<>();
    private int next;

    /**
     * Makes a new, empty parent folder for this benchmark's output.
     *
     * @param prefix the start of its name, for people looking at the disk during a run
     */
    ScratchFolders(String prefix) {
        try {
            base = Files.createTempDirectory(BenchPaths.scratchDirectory(), prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder that does not exist yet; whoever writes there creates it, as on a clean checkout. */
    Path fresh() {
        Path dir = base.resolve("run-" + next++);
        used.add(dir);
        return dir;
    }

    /** Deletes every folder handed out so far, then syncs. */
    void deleteUsed() {
        for (Path dir : used) {
            deleteTree(dir);
        }
        used.clear();
        sync();
    }

    @Override
    public void close() {
        deleteUsed();
        deleteTree(base);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    static void sync() {
        // Java has no call for sync(2); where the command is missing, the benchmark still runs, only less evenly.
        try {
            Process p = new ProcessBuilder("sync").inheritIO().start();
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            // No sync command: nothing to wait for.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
