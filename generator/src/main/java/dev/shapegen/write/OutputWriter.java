package dev.shapegen.write;

import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.IoErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The only part of shapegen that writes to disk, with the output lock held. Files whose content is already right are
 * not touched, so their modification times stay and incremental compilers see nothing stale. With a state file, it
 * also deletes the files that the previous run wrote and this run does not, and nothing else.
 *
 * <p>Writing is staged: new and changed files go to {@code .shapegen/staging} in the output directory (the same file
 * system, so moving them into place is a rename), then a {@link Journal} commits the run, then the files are moved
 * and the stale ones deleted. A run that fails or is killed before the commit leaves the output as it was; one
 * killed after it is finished by the next run.
 */
public final class OutputWriter {
    /** System property for tests of interrupted runs: {@code staging:MILLIS} or {@code applying:MILLIS}. */
    static final String PAUSE_PROPERTY = "shapegen.testing.pause";

    private OutputWriter() {}

    /** Where the copy of the spec that the state describes is kept. */
    public static Path specCopy(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".spec.json");
    }

    /**
     * Puts a run's state on the output directory's list of runs that write there, if it is not on it yet. Call with
     * the output lock held.
     */
    public static void listOwner(Path outputDir, Path stateFile) throws IOException {
        Owners.ensureListed(outputDir.toAbsolutePath().normalize(), stateFile.toAbsolutePath().normalize());
    }

    /**
     * Finishes a run that was killed after its commit and throws away what an uncommitted one staged. Call with the
     * output lock held, before looking at the output.
     */
    public static void recover(Path outputDir) throws IOException {
        Journal.recover(outputDir.toAbsolutePath().normalize());
    }

    /**
     * Writes the files and, when {@code stateFile} is given, the new state and a copy of the spec.
     *
     * @param previous what the previous run left, if known
     * @throws dev.shapegen.diag.SpecException with {@code output.shared-files} when another run's state records
     *     files that this run writes
     */
    public static WriteStats write(Path outputDir, List<GeneratedFile> files, String fingerprint,
            OutputState.FileRecord spec, Path stateFile, Optional<OutputState> previous, byte[] specBytes)
            throws IOException {
        Path root = outputDir.toAbsolutePath().normalize();
        Path ownState = stateFile == null ? null : stateFile.toAbsolutePath().normalize();
        List<Diagnostic> warnings = Owners.check(root, ownState, files.stream().map(GeneratedFile::path)
                .collect(Collectors.toSet()), spec.hash());
        // A state about another directory says nothing about this one: nothing there is ours to delete.
        Map<String, OutputState.FileRecord> before = previous.filter(p -> p.outputDirectory().equals(root.toString()))
                .map(OutputState::files).orElse(Map.of());
        int unchanged = 0;
        long bytes = 0;
        int added = 0;
        int changed = 0;
        Map<String, OutputState.FileRecord> records = new LinkedHashMap<>();
        List<GeneratedFile> toWrite = new ArrayList<>();
        for (GeneratedFile f : files) {
            Path target = root.resolve(f.path());
            bytes += f.content().length;
            String hash = stateFile == null ? "" : OutputState.hash(f.content());
            OutputState.FileRecord old = before.get(f.path());
            if (!before.isEmpty() && old == null) {
                added++;
            } else if (old != null && !old.hash().equals(hash)) {
                changed++;
            }
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == f.content().length
                    && Arrays.equals(Files.readAllBytes(target), f.content())) {
                unchanged++;
                records.put(f.path(), new OutputState.FileRecord(f.content().length,
                        Files.getLastModifiedTime(target).toMillis(), hash));
            } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " is in the way: it is not a regular file; remove it");
            } else {
                toWrite.add(f);
                records.put(f.path(), null);
            }
        }
        if (ownState != null) {
            checkStateTarget(ownState);
            Owners.register(root, ownState);
        }
        List<Journal.Step> steps = stage(root, toWrite, records, stateFile);
        for (String old : before.keySet()) {
            Path stale = root.resolve(old).normalize();
            // A state file is ours, but it is still input: never delete outside the output directory.
            if (!records.containsKey(old) && stale.startsWith(root) && !stale.equals(root)) {
                steps.add(new Journal.Step(null, stale));
            }
        }
        try {
            if (stateFile != null) {
                Path state = stateFile.toAbsolutePath().normalize();
                Path staging = Journal.staging(root);
                Files.write(staging.resolve("spec"), specBytes, StandardOpenOption.CREATE_NEW);
                steps.add(new Journal.Step("spec", specCopy(state)));
                Files.writeString(staging.resolve("state"), new OutputState(fingerprint, spec, root.toString(),
                        records).text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                // Last: a state never describes files that are not in place yet.
                steps.add(new Journal.Step("state", state));
            }
            new Journal(steps).commit(root);
        } catch (IOException | RuntimeException e) {
            discard(root, e);
            throw e;
        }
        int deleted = new Journal(steps).apply(root, () -> pauseIfAsked("applying"));
        int removed = (int) before.keySet().stream().filter(p -> !records.containsKey(p)).count();
        return new WriteStats(toWrite.size(), unchanged, deleted, bytes, added, removed, changed, warnings);
    }

    /**
     * Writes each new or changed file to the staging directory and fills in its record; creates the directories
     * the files and the state will be moved to, so that what follows the commit is only renames and deletions.
     *
     * @return one move per staged file
     */
    private static List<Journal.Step> stage(Path root, List<GeneratedFile> toWrite,
            Map<String, OutputState.FileRecord> records, Path stateFile) throws IOException {
        Path staging = Journal.staging(root);
        Journal.discardStaging(root);
        Files.createDirectories(staging);
        List<Journal.Step> steps = new ArrayList<>();
        try {
            Set<Path> madeDirs = new HashSet<>();
            for (int i = 0; i < toWrite.size(); i++) {
                if (i == toWrite.size() / 2) {
                    pauseIfAsked("staging");
                }
                GeneratedFile f = toWrite.get(i);
                Path target = root.resolve(f.path());
                if (madeDirs.add(target.getParent())) {
                    Files.createDirectories(target.getParent());
                }
                // Staged under a number: no .java name, so no compiler or IDE takes it for a source.
                Path staged = Files.write(staging.resolve(Integer.toString(i)), f.content(),
                        StandardOpenOption.CREATE_NEW);
                steps.add(new Journal.Step(Integer.toString(i), target));
                String hash = stateFile == null ? "" : OutputState.hash(f.content());
                // A rename keeps the modification time, so the staged file's is the one the target will have.
                records.put(f.path(), new OutputState.FileRecord(f.content().length,
                        Files.getLastModifiedTime(staged).toMillis(), hash));
            }
        } catch (IOException | RuntimeException e) {
            discard(root, e);
            throw e;
        }
        return steps;
    }

    /**
     * Fails before anything is staged when the state file or the spec's copy cannot be put where they go. After the
     * commit, such a failure would meet every later run, which must finish this one before it does anything else.
     */
    private static void checkStateTarget(Path state) throws IOException {
        try {
            Files.createDirectories(state.getParent());
            for (Path target : List.of(state, specCopy(state))) {
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(target.equals(state) ? "it is a directory; the state needs a file name of "
                            + "its own" : target + ", where the spec's copy goes, is a directory; remove it");
                }
            }
            // A file of each name put and taken away where it goes: the one sure test that it can be written there
            // (a folder that takes no files, a name too long for the file system).
            for (Path target : List.of(state, specCopy(state))) {
                if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.write(target, new byte[0], StandardOpenOption.CREATE_NEW);
                    Files.delete(target);
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot write the state file " + state + ": " + IoErrors.describe(e), e);
        }
    }

    /** Throws away what a failed run staged; the output itself was not touched yet. */
    private static void discard(Path root, Exception failure) {
        try {
            Journal.discardStaging(root);
        } catch (IOException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    /**
     * Only for tests of interrupted runs, which start shapegen in a child JVM with
     * {@code -Dshapegen.testing.pause=POINT:MILLIS}: says so on stderr and stops at that point for that long.
     */
    private static void pauseIfAsked(String point) {
        String value = System.getProperty(PAUSE_PROPERTY);
        if (value == null || !value.startsWith(point + ":")) {
            return;
        }
        System.err.println("shapegen: paused while " + point);
        System.err.flush();
        try {
            Thread.sleep(Long.parseLong(value.substring(point.length() + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
