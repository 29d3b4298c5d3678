package dev.shapegen.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
 * @param fingerprint hash of everything that decides the output (spec bytes, options, generator version)
 * @param outputDirectory the absolute output directory the files were written to
 * @param files relative path -> record of that file
 */
public record OutputState(String fingerprint, String outputDirectory, Map<String, FileRecord> files) {

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
        if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("fingerprint ")
                || !lines.get(2).startsWith("output ")) {
            return Optional.empty();
        }
        Map<String, FileRecord> files = new LinkedHashMap<>();
        for (String line : lines.subList(3, lines.size())) {
            String[] parts = line.split("\t", 4);
            if (parts.length != 4) {
                return Optional.empty();
            }
            try {
                files.put(parts[3], new FileRecord(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new OutputState(lines.get(1).substring("fingerprint ".length()),
                lines.get(2).substring("output ".length()), files));
    }

    /** Writes the state next to a temporary file and moves it into place, so a crash never leaves half a file. */
    public void write(Path stateFile) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append("fingerprint ").append(fingerprint)
                .append('\n').append("output ").append(outputDirectory).append('\n');
        files.forEach((path, f) -> sb.append(f.size()).append('\t').append(f.modifiedMillis()).append('\t')
                .append(f.hash()).append('\t').append(path).append('\n'));
        Files.createDirectories(stateFile.toAbsolutePath().getParent());
        Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whether every recorded file is still there with the size and modification time it was left with. */
    public boolean isIntact(Path outputDir) {
        for (Map.Entry<String, FileRecord> e : files.entrySet()) {
            try {
                BasicFileAttributes a = Files.readAttributes(outputDir.resolve(e.getKey()), BasicFileAttributes.class);
                if (!a.isRegularFile() || a.size() != e.getValue().size()
                        || a.lastModifiedTime().toMillis() != e.getValue().modifiedMillis()) {
                    return false;
                }
            } catch (IOException ex) {
                return false;
            }
        }
        return true;
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

    public static String hash(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content)).substring(0, 32);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is missing from this Java runtime", e));
        }
    }

    /** Relative paths of the recorded files, in recorded order. */
    public List<String> paths() {
        return new ArrayList<>(files.keySet());
    }
}
