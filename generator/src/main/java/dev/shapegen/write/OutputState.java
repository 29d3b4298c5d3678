package dev.shapegen.write;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
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

    public OutputState {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /**
     * Reads a state file; empty when it is missing or unreadable (then everything is regenerated). Parses the file's
     * text in place, without a string per line: this runs cold in every build, where each pass over the text counts.
     */
    public static Optional<OutputState> read(Path stateFile) {
        String text;
        try {
            text = new String(Files.readAllBytes(stateFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        // The writer ends every line with \n: a file cut short inside a line (a path cut at a '/' could name a
        // package folder) is not trusted. The file is replaced by one atomic move, so it is not cut short at all.
        if (!text.endsWith("\n")) {
            return Optional.empty();
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        int[] ends = new int[4];
        int from = 0;
        for (int i = 0; i < 4; i++) {
            ends[i] = text.indexOf('\n', from);
            if (ends[i] < 0) {
                return Optional.empty();
            }
            from = ends[i] + 1;
        }
        String header = text.substring(0, ends[0]);
        String fingerprint = text.substring(ends[0] + 1, ends[1]);
        String output = text.substring(ends[2] + 1, ends[3]);
        if (!header.equals(HEADER) || !fingerprint.startsWith("fingerprint ") || !text.startsWith("spec\t", ends[1] + 1)
                || !output.startsWith("output ")) {
            return Optional.empty();
        }
        Map<String, FileRecord> files = new LinkedHashMap<>(text.length() / 48);
        FileRecord spec;
        try {
            spec = parseRecord(text, ends[1] + 1 + "spec\t".length(), ends[2], null);
            while (from < text.length()) {
                int end = text.indexOf('\n', from);
                end = end < 0 ? text.length() : end;
                if (parseRecord(text, from, end, files) == null) {
                    return Optional.empty();
                }
                from = end + 1;
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (spec == null) {
            return Optional.empty();
        }
        return Optional.of(new OutputState(fingerprint.substring("fingerprint ".length()), spec,
                output.substring("output ".length()), files));
    }

    /**
     * Parses {@code size TAB mtime TAB hash [TAB path]} between {@code start} and {@code end} of the text; puts it
     * under its path when {@code into} is given.
     */
    private static FileRecord parseRecord(String text, int start, int end, Map<String, FileRecord> into) {
        int a = text.indexOf('\t', start);
        int b = a < 0 || a >= end ? -1 : text.indexOf('\t', a + 1);
        if (b < 0 || b >= end) {
            return null;
        }
        int c = text.indexOf('\t', b + 1);
        c = c >= end ? -1 : c;
        if (into != null && c < 0) {
            return null;
        }
        FileRecord r = new FileRecord(Long.parseLong(text, start, a, 10), Long.parseLong(text, a + 1, b, 10),
                text.substring(b + 1, c < 0 ? end : c));
        if (into != null) {
            into.put(text.substring(c + 1, end), r);
        }
        return r;
    }

    /** The state as its file holds it. */
    String text() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append("fingerprint ").append(fingerprint)
                .append('\n').append("spec\t").append(spec.size()).append('\t').append(spec.modifiedMillis())
                .append('\t').append(spec.hash()).append('\n').append("output ").append(outputDirectory).append('\n');
        files.forEach((path, f) -> sb.append(f.size()).append('\t').append(f.modifiedMillis()).append('\t')
                .append(f.hash()).append('\t').append(path).append('\n'));
        return sb.toString();
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
     * Whether every recorded file is still there with the modification time it was left with. One {@code stat} per
     * file, through {@code java.io.File}, the cheapest call the JDK offers; this runs in every build. Any write to a
     * file moves its time, and the writer leaves a file it does not change untouched, so a file with the recorded time
     * has the recorded bytes, unless someone set the time back by hand. Its size is not looked at: that would be a
     * second {@code stat} of every file, and it only tells more where the file system keeps times to the second or
     * coarser (FAT, some network shares) and the file was edited within that second of being written.
     */
    public boolean isIntact(Path outputDir) {
        File root = outputDir.toFile();
        for (Map.Entry<String, FileRecord> e : files.entrySet()) {
            if (new File(root, e.getKey()).lastModified() != e.getValue().modifiedMillis()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the spec file still has the size and modification time recorded, so its bytes need not be read. */
    public boolean specUnchanged(Path specFile) {
        File f = specFile.toFile();
        return f.length() == spec.size() && f.lastModified() == spec.modifiedMillis();
    }

    /**
     * The options and generator version that decide the output, as one line of text: each part prefixed with its
     * length, so that no two different lists of parts give the same line, with backslashes and line breaks escaped.
     * Text rather than a digest: it shows in the state file what the output was generated for, and it is free to
     * compute, where the first {@code MessageDigest} of a JVM loads the security providers, about 30 ms of a check
     * that runs in every build.
     */
    public static String fingerprint(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            sb.append(part.length()).append(':');
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(c);
                }
            }
            sb.append(';');
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
