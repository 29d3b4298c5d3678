package dev.shapegen.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The commit record of a run: which staged files move where, and which stale files go, in order. A run stages every
 * file in {@code .shapegen/staging} first and writes this journal (atomically) only when all are staged: before
 * that, a failed or killed run has not touched the output; after it, the run is committed, and whoever takes the
 * output lock next finishes it. Applying is idempotent: a staged file that is gone was already moved.
 */
final class Journal {
    private static final String HEADER = "# shapegen journal: do not edit";
    private static final String END = "end";

    /** One step: move {@code staged} (a name in the staging directory) onto {@code target}, or delete that. */
    record Step(String staged, Path target) {
        boolean isDelete() {
            return staged == null;
        }
    }

    private final List<Step> steps;

    Journal(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    static Path staging(Path root) {
        return root.resolve(OutputLock.META_DIR).resolve("staging");
    }

    private static Path file(Path root) {
        return root.resolve(OutputLock.META_DIR).resolve("journal");
    }

    /** Makes the run durable: from now on it is finished by this run or the next. */
    void commit(Path root) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Step s : steps) {
            sb.append(s.isDelete() ? "delete" : "move\t" + s.staged()).append('\t').append(s.target()).append('\n');
        }
        sb.append(END).append('\n');
        Path tmp = file(root).resolveSibling("journal.tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        move(tmp, file(root));
    }

    /**
     * Carries out every step, calling {@code halfway} once in the middle, then removes the journal and the staging
     * directory.
     *
     * @return how many files were deleted
     */
    int apply(Path root, Runnable halfway) throws IOException {
        return apply(root, halfway, false);
    }

    /**
     * {@link #apply(Path, Runnable)}. A step that fails (a name the file system refuses, a folder made read-only)
     * would fail again, and a journal kept for it would stop every later run on this output, so the journal is given
     * up (see {@link #giveUp}): the output is then part old and part new, and the next run generates in full. When
     * {@code recovering}, the failure is not this run's to report: the run goes on and meets it again itself, if it
     * is still there.
     */
    private int apply(Path root, Runnable halfway, boolean recovering) throws IOException {
        Path staging = staging(root);
        int deleted = 0;
        try {
            for (int i = 0; i < steps.size(); i++) {
                if (i == steps.size() / 2) {
                    halfway.run();
                }
                Step s = steps.get(i);
                if (s.isDelete()) {
                    if (Files.deleteIfExists(s.target())) {
                        deleted++;
                        removeEmptyFolders(root, s.target().getParent());
                    }
                } else if (Files.exists(staging.resolve(s.staged()))) {
                    moveStaged(staging, s);
                }
            }
        } catch (IOException e) {
            giveUp(root, e);
            if (!recovering) {
                throw e;
            }
            return deleted;
        }
        Files.deleteIfExists(file(root));
        discardStaging(root);
        return deleted;
    }

    /**
     * Removes a folder left empty by a deleted file, and the folders above it that are then empty, up to the output
     * directory: a package the spec no longer has (or a --package changed) leaves no empty tree behind. A folder
     * with anything in it, the user's or another run's, stays.
     */
    private static void removeEmptyFolders(Path root, Path folder) {
        try {
            Path realRoot = root.toRealPath();
            for (Path f = folder; f != null && f.startsWith(root) && !f.equals(root); f = f.getParent()) {
                // Not a link, nor a folder reached through one: only what is really inside the output goes.
                if (Files.isSymbolicLink(f) || !f.toRealPath().startsWith(realRoot)) {
                    return;
                }
                Files.delete(f);
            }
        } catch (IOException e) {
            // Not empty, or not ours to remove (a read-only parent): the folder stays, which is only untidy.
        }
    }

    /**
     * After a failed step: claims in the state every file this run may have put in place (each target that is
     * there), beside the previous run's, under a fingerprint no run has, so that the next run generates in full,
     * keeps what it writes and deletes the rest (none of them would be anyone's otherwise); then removes the journal
     * and what is staged. The step's failure stays the one to report.
     */
    private void giveUp(Path root, IOException failure) {
        try {
            Optional<Step> state = steps.stream().filter(s -> "state".equals(s.staged())).findFirst();
            if (state.isPresent()) {
                List<String> targets = new ArrayList<>();
                for (Step s : steps) {
                    Path target = s.target().normalize();
                    // Only what is there: a target that could not be made (a name refused) is nothing to delete.
                    // The state and the spec's copy are not output, even where they lie in the output directory.
                    if (!s.isDelete() && !"state".equals(s.staged()) && !"spec".equals(s.staged())
                            && target.startsWith(root) && !target.equals(root)
                            && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        targets.add(root.relativize(target).toString().replace(java.io.File.separatorChar, '/'));
                    }
                }
                OutputState.claim(state.get().target(), root, targets);
            }
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        try {
            Files.deleteIfExists(file(root));
            discardStaging(root);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void moveStaged(Path staging, Step s) throws IOException {
        try {
            move(staging.resolve(s.staged()), s.target());
        } catch (NoSuchFileException e) {
            // Its directory went away since staging (or since the run that was cut short).
            Files.createDirectories(s.target().getParent());
            move(staging.resolve(s.staged()), s.target());
        }
    }

    /**
     * Finishes a committed run that was cut short and throws away what an uncommitted one staged. Called with the
     * output lock held, before anything else looks at the output.
     *
     * @return whether a cut-short run was finished
     */
    static boolean recover(Path root) throws IOException {
        Optional<Journal> journal = read(root);
        if (journal.isPresent()) {
            journal.get().apply(root, () -> {}, true);
        }
        Files.deleteIfExists(file(root));
        Files.deleteIfExists(file(root).resolveSibling("journal.tmp"));
        discardStaging(root);
        return journal.isPresent();
    }

    /** Removes the staging directory and what is in it (flat: staged files are numbered, not nested). */
    static void discardStaging(Path root) throws IOException {
        Path staging = staging(root);
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(staging);
    }

    /** The committed journal; empty when there is none or it is incomplete (then it was never committed). */
    private static Optional<Journal> read(Path root) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file(root), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals(END)) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            // At most three fields: a path may hold a tab.
            String[] parts = line.split("\t", line.startsWith("delete\t") ? 2 : 3);
            if (parts.length == 2 && parts[0].equals("delete")) {
                Path target = Path.of(parts[1]).normalize();
                // The journal is ours, but it is still read from disk: never delete outside the output directory.
                if (target.startsWith(root) && !target.equals(root)) {
                    steps.add(new Step(null, target));
                }
            } else if (parts.length == 3 && parts[0].equals("move") && parts[1].matches("[a-z0-9]+")) {
                steps.add(new Step(parts[1], Path.of(parts[2])));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Journal(steps));
    }

    /** Renames, atomically where the file system can; a rename keeps the file's modification time. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
