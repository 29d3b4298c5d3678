package dev.shapegen.write;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the previous run wrote: the fingerprint of its inputs and, per file, size, modification time and content
 * hash. Lets a run skip all work when nothing changed and the output is intact, and delete exactly the files it
 * wrote before and no longer writes (never anything else).
 *
 * @param fingerprint hash of the options and generator version that decided the output
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

    /** Reads a state file; empty when it is missing or unreadable (then everything is regenerated). */
    public static Optional<OutputState> read(Path stateFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 4 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("fingerprint ")
                || !lines.get(2).startsWith("spec\t") || !lines.get(3).startsWith("output ")) {
            return Optional.empty();
        }
        Map<String, FileRecord> files = new LinkedHashMap<>(lines.size() * 4 / 3 + 1);
        FileRecord spec;
        try {
            spec = parseRecord(lines.get(2).substring("spec\t".length()), null);
            for (String line : lines.subList(4, lines.size())) {
                FileRecord f = parseRecord(line, files);
                if (f == null) {
                    return Optional.empty();
                }
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (spec == null) {
            return Optional.empty();
        }
        return Optional.of(new OutputState(lines.get(1).substring("fingerprint ".length()), spec,
                lines.get(3).substring("output ".length()), files));
    }

    /** Parses {@code size TAB mtime TAB hash [TAB path]}; puts it under its path when {@code into} is given. */
    private static FileRecord parseRecord(String line, Map<String, FileRecord> into) {
        int a = line.indexOf('\t');
        int b = a < 0 ? -1 : line.indexOf('\t', a + 1);
        if (b < 0) {
            return null;
        }
        int c = line.indexOf('\t', b + 1);
        if (into != null && c < 0) {
            return null;
        }
        FileRecord r = new FileRecord(Long.parseLong(line, 0, a, 10), Long.parseLong(line, a + 1, b, 10),
                c < 0 ? line.substring(b + 1) : line.substring(b + 1, c));
        if (into != null) {
            into.put(line.substring(c + 1), r);
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
     * Whether every recorded file is still there with the size and modification time it was left with. Uses
     * {@code java.io.File}: two plain stat calls per file are the cheapest check the JDK offers.
     */
    public boolean isIntact(Path outputDir) {
        File root = outputDir.toFile();
        for (Map.Entry<String, FileRecord> e : files.entrySet()) {
            File f = new File(root, e.getKey());
            if (f.length() != e.getValue().size() || f.lastModified() != e.getValue().modifiedMillis()) {
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

    /** SHA-256 of the given parts, each length-prefixed so that no two different inputs collide by concatenation. */
    public static String fingerprint(byte[]... parts) {
        MessageDigest sha = sha256();
        for (byte[] part : parts) {
            sha.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(part);
        }
        return HexFormat.of().formatHex(sha.digest());
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

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is missing from this Java runtime", e));
        }
    }
}
