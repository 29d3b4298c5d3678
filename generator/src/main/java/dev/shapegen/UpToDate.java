package dev.shapegen;

import dev.shapegen.diag.IoErrors;
import dev.shapegen.parse.SpecFiles;
import dev.shapegen.write.OutputState;
import dev.shapegen.write.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The check that lets a run do nothing: the output was generated with the same options and generator from the same
 * spec, and is as it was left. It runs in every build, cold, so it reads the state file once and builds nothing it
 * does not need.
 */
final class UpToDate {
    private UpToDate() {}

    /** The options and generator version that decide the output, as the state file records them. */
    static String fingerprint(GenerationRequest request) {
        return OutputState.fingerprint(GeneratorVersion.identity(), request.packageName(),
                String.join(",", request.shapes()), String.join(",", request.operations()),
                baselineIdentity(request.baselineSpec()));
    }

    /**
     * A result when nothing needs doing: same options, same place, files as they were left, and the spec unchanged
     * (or touched with the same bytes, in which case its new time is remembered). Call with the lock held.
     *
     * @param specBytes the spec's bytes when already read, else null
     */
    static Optional<GenerationResult> check(GenerationRequest request, String fingerprint, long start,
            byte[] specBytes) {
        Optional<OutputState.Intact> intact = request.stateFile() == null ? Optional.empty()
                : OutputState.intact(request.stateFile(), fingerprint, request.outputDirectory());
        if (intact.isEmpty()) {
            return Optional.empty();
        }
        if (!intact.get().specUnchanged(request.spec())) {
            byte[] bytes = specBytes != null ? specBytes : SpecFiles.read(request.spec());
            if (!intact.get().spec().hash().equals(OutputState.hash(bytes))) {
                return Optional.empty();
            }
            Optional<OutputState> state = OutputState.read(request.stateFile());
            if (state.isEmpty()) {
                return Optional.empty();
            }
            // Touched but not changed: remember the new time, so the next check is the cheap one again.
            writeState(request, new OutputState(fingerprint, specRecord(request.spec(), bytes),
                    state.get().outputDirectory(), state.get().files()));
        }
        try {
            OutputWriter.listOwner(request.outputDirectory(), request.stateFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + request.outputDirectory() + ": "
                    + IoErrors.describe(e), e);
        }
        return Optional.of(new GenerationResult(request.outputDirectory(), true, 0, 0, 0, 0, 0, intact.get().files(),
                0, 0, 0, 0, 0, List.of(), Duration.ofNanos(System.nanoTime() - start), null));
    }

    /** The baseline as the fingerprint sees it: a new, moved or edited baseline means the guard must run again. */
    private static String baselineIdentity(Path baseline) {
        if (baseline == null) {
            return "";
        }
        java.io.File f = baseline.toFile();
        return f.getAbsolutePath() + "|" + f.length() + "|" + f.lastModified();
    }

    /** The spec as the state records it: size, time and content hash. */
    static OutputState.FileRecord specRecord(Path spec, byte[] bytes) {
        java.io.File f = spec.toFile();
        return new OutputState.FileRecord(bytes.length, f.lastModified(), OutputState.hash(bytes));
    }

    private static void writeState(GenerationRequest request, OutputState state) {
        try {
            state.write(request.stateFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + request.stateFile() + ": " + IoErrors.describe(e), e);
        }
    }
}
