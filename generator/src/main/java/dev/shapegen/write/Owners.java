package dev.shapegen.write;

import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SourceLocation;
import dev.shapegen.diag.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The runs that write into one output directory, each known by its state file, listed in {@code .shapegen/owners}.
 * Runs with separate states into one directory (two plugin executions, two modules, two packages on the command
 * line) are fine while their files differ. When they share files (the same package twice, say), each would overwrite
 * the other's support files and delete files the other still needs, and neither would ever be up to date again: the
 * second is refused, naming the first.
 *
 * <p>Call with the output lock held.
 */
final class Owners {
    private static final String FILE = "owners";
    private static final String HEADER = "# shapegen: the state files of the runs that write into this directory";
    private static final int SHOWN = 3;

    private Owners() {}

    /**
     * Fails with {@code output.shared-files} when another run's state records files that this run writes.
     *
     * @param root the output directory, absolute and normalized
     * @param ownState this run's state file, absolute and normalized, or null for a run without one
     * @param planned every file this run writes, relative with {@code /}
     * @param specHash the hash of this run's spec
     * @return an {@code output.same-spec} warning for each other run that generated the same spec here: most
     *     often this run's own earlier output under another package, which nothing else would ever delete
     * @throws SpecException naming the other run's state and the shared files
     */
    static List<Diagnostic> check(Path root, Path ownState, Set<String> planned, String specHash)
            throws IOException {
        Map<Path, Set<String>> filesOf = new LinkedHashMap<>();
        List<Path> sameSpec = new ArrayList<>();
        for (Path other : read(root)) {
            if (ownState != null && same(other, ownState)) {
                continue;
            }
            Optional<OutputState> state = Files.isRegularFile(other) ? OutputState.read(other) : Optional.empty();
            if (state.isEmpty() || !sameDirectory(root, state.get().outputDirectory())) {
                continue;
            }
            Set<String> theirs = state.get().files().keySet();
            List<String> shared = theirs.stream().filter(planned::contains).sorted().toList();
            if (!shared.isEmpty()) {
                throw new SpecException(List.of(conflict(root, other, shared)));
            }
            filesOf.put(other, theirs);
            // The same spec and the same files but for their folder: the same types under another package, most
            // often this run's own output from before --package changed. Runs that split one spec differ.
            if (state.get().spec().hash().equals(specHash) && theirs.size() == planned.size()
                    && inFolder(theirs).equals(inFolder(planned))) {
                sameSpec.add(other);
            }
        }
        List<Diagnostic> warnings = new ArrayList<>();
        for (Path other : sameSpec) {
            // Files a folder must not hold to be named for deletion: this run's and every other run's.
            Set<String> keep = new HashSet<>(planned);
            filesOf.forEach((state, files) -> {
                if (!state.equals(other)) {
                    keep.addAll(files);
                }
            });
            warnings.add(sameSpec(root, other, filesOf.get(other), keep));
        }
        return warnings;
    }

    /** The folder that holds all the files (relative, with {@code /}); empty when that is the output itself. */
    private static String commonFolder(Set<String> files) {
        String common = null;
        for (String f : files) {
            String folder = f.contains("/") ? f.substring(0, f.lastIndexOf('/')) : "";
            while (common != null && !common.isEmpty() && !(folder + "/").startsWith(common + "/")) {
                common = common.contains("/") ? common.substring(0, common.lastIndexOf('/')) : "";
            }
            common = common == null ? folder : common;
        }
        return common == null ? "" : common;
    }

    /** The files relative to their common folder. */
    private static Set<String> inFolder(Set<String> files) {
        String common = commonFolder(files);
        int from = common.isEmpty() ? 0 : common.length() + 1;
        return files.stream().map(f -> f.substring(from)).collect(java.util.stream.Collectors.toSet());
    }

    private static Diagnostic sameSpec(Path root, Path other, Set<String> files, Set<String> keep) {
        String common = commonFolder(files);
        String folder = common.isEmpty() ? "" : common + "/";
        // A folder that also holds files to keep (this run's package under the other's, say) is not one to delete.
        String where = folder.isEmpty() || keep.stream().anyMatch(p -> p.startsWith(folder))
                ? "its files (listed in that state)" : root.resolve(common).toString();
        return Diagnostic.warning("output.same-spec", new SourceLocation(root.toString(), 0, 0, null, null, null),
                "this directory also holds " + files.size() + (files.size() == 1 ? " file" : " files")
                        + " generated from this same spec by another run, whose state is " + other + ", most "
                        + "likely under an earlier package; if they are no longer wanted, delete " + where
                        + " and that state file");
    }

    /**
     * Adds this run's state file to the list, and drops the states that are gone. Done before the run's commit: a
     * run that then fails leaves a listed state that describes its previous files, or none, which is as true.
     */
    static void register(Path root, Path ownState) throws IOException {
        List<Path> listed = read(root);
        Set<Path> kept = new LinkedHashSet<>();
        for (Path p : listed) {
            if (Files.isRegularFile(p) && !same(p, ownState)) {
                kept.add(p);
            }
        }
        kept.add(ownState);
        if (kept.equals(new LinkedHashSet<>(listed))) {
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        kept.stream().map(Path::toString).sorted().forEach(p -> text.append(p).append('\n'));
        Path meta = Files.createDirectories(root.resolve(OutputLock.META_DIR));
        Path temp = meta.resolve(FILE + ".new");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        try {
            Files.move(temp, meta.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, meta.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Lists this run's state when it is not listed yet, without writing otherwise: a run that is up to date since
     * before the list existed must be on it, or a newer run of the same package would pass and be the one refused
     * later.
     */
    static void ensureListed(Path root, Path ownState) throws IOException {
        for (Path p : read(root)) {
            if (same(p, ownState)) {
                return;
            }
        }
        register(root, ownState);
    }

    /** The listed state files; lines that are not absolute paths (a hand edit, a merge) are passed over. */
    private static List<Path> read(Path root) throws IOException {
        Path file = root.resolve(OutputLock.META_DIR).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Path> owners = new ArrayList<>();
        // Decoded leniently: a damaged list must not stop every run; the next run that writes rewrites it.
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                Path p = Path.of(line.strip());
                if (p.isAbsolute()) {
                    owners.add(p.normalize());
                }
            } catch (InvalidPathException e) {
                // Passed over, as above.
            }
        }
        return owners;
    }

    /** One file, whatever the spelling: links, case on file systems that ignore it. */
    private static boolean same(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameDirectory(Path root, String recorded) {
        try {
            return same(root, Path.of(recorded));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static Diagnostic conflict(Path root, Path other, List<String> shared) {
        String shown = OutputGuard.firstOf(shared, SHOWN);
        return Diagnostic.error("output.shared-files", new SourceLocation(root.toString(), 0, 0, null, null, null),
                (shared.size() == 1 ? "1 file" : shared.size() + " files") + " that this run writes (" + shown
                        + ") " + (shared.size() == 1 ? "is" : "are") + " also written into this directory by "
                        + "another run, whose state is " + other + "; each would overwrite the other's files and "
                        + "delete the ones the other needs, so nothing was written. Give each run (plugin "
                        + "execution, module or generate command) its own packageName or output directory; if that "
                        + "other run no longer writes these files (it is gone, or now generates another package "
                        + "and has not run since), delete its state file and run again");
    }
}
