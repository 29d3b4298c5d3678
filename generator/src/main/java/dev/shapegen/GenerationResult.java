package dev.shapegen;

import dev.shapegen.diag.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a successful run did.
 *
 * @param outputDirectory where the files are
 * @param records structures generated as records
 * @param enums enum types generated
 * @param unions unions generated
 * @param supportFiles shared support files generated
 * @param filesWritten files written because they were new or changed
 * @param filesUnchanged files left untouched because their content was already right
 * @param bytes total size of the generated files
 * @param warnings warnings (renames, approximations), in order
 * @param elapsed wall time of the whole run
 */
public record GenerationResult(
        Path outputDirectory,
        int records,
        int enums,
        int unions,
        int supportFiles,
        int filesWritten,
        int filesUnchanged,
        long bytes,
        List<Diagnostic> warnings,
        Duration elapsed) {

    public GenerationResult {
        warnings = List.copyOf(warnings);
    }

    public int types() {
        return records + enums + unions;
    }

    /** One line for people: what was written, how much, how long, where. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "shapegen: %d types (%d records, %d enums, %d unions) + %d support files, %d written, %d unchanged, "
                        + "%.1f KiB, %d warnings, in %d ms -> %s",
                types(), records, enums, unions, supportFiles, filesWritten, filesUnchanged, bytes / 1024.0,
                warnings.size(), elapsed.toMillis(), outputDirectory);
    }
}
