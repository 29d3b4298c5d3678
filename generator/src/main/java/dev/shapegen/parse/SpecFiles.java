package dev.shapegen.parse;

import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.IoErrors;
import dev.shapegen.diag.SourceLocation;
import dev.shapegen.diag.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads spec files, never more than {@link SpecJson#MAX_BYTES} of them, so a huge file costs no memory. */
public final class SpecFiles {
    private SpecFiles() {}

    /**
     * The bytes of a spec file.
     *
     * @throws SpecException when it does not exist, cannot be read, or is larger than a spec can be
     */
    public static byte[] read(Path spec) {
        String file = spec.toString();
        try {
            if (Files.isDirectory(spec)) {
                throw failure(file, "spec.unreadable", "this is a directory; give the path of the spec's JSON file");
            }
            long size = Files.size(spec);
            if (size > SpecJson.MAX_BYTES) {
                throw new SpecException(List.of(SpecJson.tooLarge(file, size)));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(spec)) {
                // One byte more than allowed tells a file that grew since its size was taken.
                bytes = in.readNBytes(SpecJson.MAX_BYTES + 1);
            }
            if (bytes.length > SpecJson.MAX_BYTES) {
                throw new SpecException(List.of(SpecJson.tooLarge(file, Math.max(size, bytes.length))));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw failure(file, "spec.not-found", "no such file; check the path" + (spec.isAbsolute() ? ""
                    : " (relative paths are resolved against " + Path.of("").toAbsolutePath() + ")"));
        } catch (IOException e) {
            throw failure(file, "spec.unreadable", "cannot read the spec: " + IoErrors.describe(e));
        }
    }

    private static SpecException failure(String file, String id, String message) {
        return new SpecException(List.of(Diagnostic.error(id, new SourceLocation(file, 0, 0, null, null, null),
                message)));
    }
}
