package dev.shapegen.write;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the previous run wrote: the fingerprint of its inputs and, per file, size, modification time and content
 * hash. Lets a run skip all work when nothing changed and the output is intact, and delete exactly the files it
 * wrote before and no longer writes (never anything else).
 *
 * @param fingerprint the options and generator version that decided the output, as {@link #fingerprint} gives them
 * @param spec size, modification time and content hash of the spec it was generated from
 * @param outputDirectory the absolute output directory the files were written to
 * @param files relative path -> record of that file
 */
public record OutputState(String fingerprint, FileRecord spec, String outputDirectory, Map<String, FileRecord> files) {

    /** One written file as it was left. */
    public record FileRecord(long size, long modifiedMillis, String hash) {}

    private static final String HEADER = "# shapegen output state: do not edit";

    /**
     * Whether a file starts as every state file does: one shapegen wrote, which it may overwrite.
     *
     * @param file an existing file
     * @throws IOException when it cannot be read
     */
    public static boolean isStateFile(Path file) throws IOException {
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(header.length), header);
        }
    }

    public OutputState {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /**
     * Reads a state file; empty when it is missing or unreadable (then everything is regenerated). Parses the file's
     * text in place, without a string per line.
     */
    public static Optional<OutputState> read(Path stateFile) {
        String text = readText(stateFile, StandardCharsets.UTF_8);
        Head head = text == null ? null : head(text);
        if (head == null) {
            return Optional.empty();
        }
        Map<String, FileRecord> files = new LinkedHashMap<>(text.length() / 48);
        FileLines lines = new FileLines(text, head.filesFrom());
        while (lines.next()) {
            files.put(StateText.unescape(lines.path()), new FileRecord(lines.size, lines.modified, lines.hash()));
        }
        if (!lines.complete()) {
            return Optional.empty();
        }
        return Optional.of(new OutputState(head.fingerprint(), head.spec(), StateText.unescape(head.output()), files));
    }

    /**
     * What the up-to-date check learns from a state file that holds.
     *
     * @param spec the record of the spec the output was generated from
     * @param files how many files the state lists
     */
    public record Intact(FileRecord spec, int files) {
        /** Whether the spec file still has the size and modification time recorded, so its bytes need not be read. */
        public boolean specUnchanged(Path specFile) {
            File f = specFile.toFile();
            return f.length() == spec.size() && f.lastModified() == spec.modifiedMillis();
        }
    }

    /**
     * The up-to-date check, in one pass over the state file: it was written for this fingerprint and output
     * directory, and every file it lists is still there with the modification time it was left with. Nothing of the
     * state is built (only a run that writes needs it): this runs, cold, in every build.
     *
     * <p>One {@code stat} per file, through {@code java.io.File}, the cheapest call the JDK offers. Writing a file
     * moves its time, and the writer leaves a file it does not change untouched, so a file with the recorded time
     * has the recorded bytes, except after an edit that keeps the time: other bytes copied over it with their time
     * ({@code cp -p}, {@code rsync -t}, {@code tar x}), a time set back by hand, or an edit within the same tick of
     * the file system's clock as the write (a second on FAT, ext3, HFS+ and some network shares; a few milliseconds
     * on Linux's other file systems). Its size is not looked at: that would be a second {@code stat} of every file in
     * every build, to catch only those of such edits that also change the length.
     *
     * @param outputDir the output directory, as the state names it when it is the same
     * @return the spec's record and the number of files when all holds; empty otherwise
     */
    public static Optional<Intact> intact(Path stateFile, String fingerprint, Path outputDir) {
        // The writer writes ASCII only, so Latin-1 reads it exactly and without UTF-8's scan for multi-byte
        // sequences, which runs interpreted this early. An older file's other bytes only make it not match.
        String text = readText(stateFile, StandardCharsets.ISO_8859_1);
        Head head = text == null ? null : head(text);
        String root = outputDir.toAbsolutePath().normalize().toString();
        if (head == null || !head.fingerprint().equals(fingerprint) || !head.output().equals(
                StateText.escape(new StringBuilder(), root).toString())) {
            return Optional.empty();
        }
        String prefix = root.endsWith(File.separator) ? root : root + File.separator;
        FileLines lines = new FileLines(text, head.filesFrom());
        int count = 0;
        while (lines.next()) {
            File f = new File(prefix + StateText.unescape(lines.path()));
            long now = f.lastModified();
            // 0 is also what a missing file gives; a file kept with the time 0 (from an archive, say) is asked.
            if (now != lines.modified || now == 0 && !f.exists()) {
                return Optional.empty();
            }
            count++;
        }
        if (!lines.complete()) {
            return Optional.empty();
        }
        return Optional.of(new Intact(head.spec(), count));
    }

    /**
     * A state file's text with line ends as written, or null when it cannot be read or was cut short: the writer
     * ends every line with {@code \n}, so a file cut inside a line (a path cut at a '/' could name a package folder)
     * is not trusted. The file is replaced by one atomic move, so it is not cut short at all.
     */
    private static String readText(Path stateFile, Charset charset) {
        String text;
        try {
            text = new String(readBytes(stateFile), charset);
        } catch (IOException e) {
            return null;
        }
        if (!text.endsWith("\n")) {
            return null;
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Through {@code java.io} where it can: fewer classes to load than NIO's, in a check that runs cold. */
    private static byte[] readBytes(Path file) throws IOException {
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return Files.readAllBytes(file);
        }
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            return in.readAllBytes();
        }
    }

    /**
     * The lines of the files, {@code size TAB mtime TAB hash TAB path}, read one at a time in place: only what a
     * caller asks for becomes a string.
     */
    private static final class FileLines {
        private final String text;
        private final int[] tabs = new int[3];
        private int from;
        private int end;
        private boolean malformed;
        long size;
        long modified;

        FileLines(String text, int from) {
            this.text = text;
            this.from = from;
        }

        /** Moves to the next line; false at the end, or at a line that is not as the writer writes it. */
        boolean next() {
            if (malformed || from >= text.length()) {
                return false;
            }
            end = text.indexOf('\n', from); // the text ends with a line break
            try {
                malformed = !fileLine(text, from, end, tabs) || tabs[2] >= end - 1;
                if (!malformed) {
                    size = Long.parseLong(text, from, tabs[0], 10);
                    modified = Long.parseLong(text, tabs[0] + 1, tabs[1], 10);
                }
            } catch (NumberFormatException e) {
                malformed = true;
            }
            from = end + 1;
            return !malformed;
        }

        /** Whether every line was read, none of them malformed. */
        boolean complete() {
            return !malformed && from >= text.length();
        }

        String path() {
            return text.substring(tabs[2] + 1, end);
        }

        String hash() {
            return text.substring(tabs[1] + 1, tabs[2]);
        }
    }

    /** The first four lines, the output directory as written (escaped), and where the lines of the files start. */
    private record Head(String fingerprint, FileRecord spec, String output, int filesFrom) {}

    /** The header, fingerprint, spec and output lines; null when any is not as the writer writes it. */
    private static Head head(String text) {
        int[] ends = new int[4];
        int from = 0;
        for (int i = 0; i < 4; i++) {
            ends[i] = text.indexOf('\n', from);
            if (ends[i] < 0) {
                return null;
            }
            from = ends[i] + 1;
        }
        String fingerprint = text.substring(ends[0] + 1, ends[1]);
        String output = text.substring(ends[2] + 1, ends[3]);
        int specFrom = ends[1] + 1 + "spec\t".length();
        int[] tabs = new int[3];
        if (ends[0] != HEADER.length() || !text.startsWith(HEADER) || !fingerprint.startsWith("fingerprint ")
                || !text.startsWith("spec\t", ends[1] + 1) || !output.startsWith("output ")
                || !fileLine(text, specFrom, ends[2], tabs) || tabs[2] != ends[2]) {
            return null;
        }
        try {
            return new Head(fingerprint.substring("fingerprint ".length()), new FileRecord(
                    Long.parseLong(text, specFrom, tabs[0], 10), Long.parseLong(text, tabs[0] + 1, tabs[1], 10),
                    text.substring(tabs[1] + 1, ends[2])), output.substring("output ".length()), from);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Finds the tabs of {@code size TAB mtime TAB hash [TAB path]} between {@code start} and {@code end}; the third
     * is {@code end} itself when there is no path (the spec's line has none, every file's line has one that is not
     * empty). False when the first two are missing.
     */
    private static boolean fileLine(String text, int start, int end, int[] tabs) {
        tabs[0] = text.indexOf('\t', start);
        tabs[1] = tabs[0] < 0 || tabs[0] >= end ? -1 : text.indexOf('\t', tabs[0] + 1);
        if (tabs[1] < 0 || tabs[1] >= end) {
            return false;
        }
        int third = text.indexOf('\t', tabs[1] + 1);
        tabs[2] = third < 0 || third >= end ? end : third;
        return true;
    }

    /** The state as its file holds it. */
    String text() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append("fingerprint ").append(fingerprint)
                .append('\n').append("spec\t").append(spec.size()).append('\t').append(spec.modifiedMillis())
                .append('\t').append(spec.hash()).append('\n').append("output ");
        StateText.escape(sb, outputDirectory).append('\n');
        files.forEach((path, f) -> StateText.escape(sb.append(f.size()).append('\t').append(f.modifiedMillis())
                .append('\t').append(f.hash()).append('\t'), path).append('\n'));
        return sb.toString();
    }

    /**
     * Rewrites a state after a run gave up partway: the files it lists for this output directory, and the given ones
     * (which a new run may or may not have put in place) with a record no file matches, under an empty fingerprint,
     * which no run has. The next run is then a full one, and treats all of them as its own.
     *
     * @param stateFile the state file, which may be missing
     * @param root the output directory, absolute and normalized
     * @param targets the files to claim, relative with {@code /}
     */
    static void claim(Path stateFile, Path root, List<String> targets) throws IOException {
        Optional<OutputState> previous = read(stateFile).filter(p -> p.outputDirectory().equals(root.toString()));
        Map<String, FileRecord> files = new LinkedHashMap<>(previous.map(OutputState::files).orElse(Map.of()));
        FileRecord unknown = new FileRecord(-1, -1, "-");
        targets.forEach(t -> files.putIfAbsent(t, unknown));
        new OutputState("", previous.map(OutputState::spec).orElse(unknown), root.toString(), files).write(stateFile);
    }

    /** Writes the state next to a temporary file and moves it into place, so a crash never leaves half a file. */
    public void write(Path stateFile) throws IOException {
        Files.createDirectories(stateFile.toAbsolutePath().getParent());
        Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
        Files.writeString(tmp, text(), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The options and generator version that decide the output, as one line of text: each part prefixed with its
     * length, so that no two different lists of parts give the same line, escaped as {@link StateText} escapes.
     * Text rather than a digest: it shows in the state file what the output was generated for, and it is free to
     * compute, where the first {@code MessageDigest} of a JVM loads the security providers, about 30 ms of a check
     * that runs in every build.
     */
    public static String fingerprint(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            StateText.escape(sb.append(part.length()).append(':'), part).append(';');
        }
        return sb.toString();
    }

    /**
     * A content hash for change detection of generated files: CRC32C (hardware-assisted) and the length. Not for
     * security; the inputs are our own output.
     */
    public static String hash(byte[] content) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(content);
        return Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(content.length);
    }
}
