package dev.shapegen;

import dev.shapegen.diag.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a successful run did.
 *
 * @param outputDirectory where the files are
 * @param upToDate true when nothing had changed since the previous run and no file was touched
 * @param records structures generated as records
 * @param enums enum types generated
 * @param unions unions generated
 * @param supportFiles shared support files generated
 * @param filesWritten files written because they were new or changed
 * @param filesUnchanged files left untouched because their content was already right
 * @param filesDeleted files the previous run wrote and this one no longer does, removed
 * @param typesAdded files new since the previous run (0 when there was none)
 * @param typesRemoved files the previous run wrote and this one does not
 * @param typesChanged files whose content changed since the previous run
 * @param bytes total size of the generated files
 * @param warnings warnings (renames, approximations), in order
 * @param elapsed wall time of the whole run
 * @param changeReport when the spec changed since the previous run: the change report (as {@code shapegen diff}
 *     prints it) from the previous spec to this one; else null
 */
public record GenerationResult(
        Path outputDirectory,
        boolean upToDate,
        int records,
        int enums,
        int unions,
        int supportFiles,
        int filesWritten,
        int filesUnchanged,
        int filesDeleted,
        int typesAdded,
        int typesRemoved,
        int typesChanged,
        long bytes,
        List<Diagnostic> warnings,
        Duration elapsed,
        String changeReport) {

    public GenerationResult {
        warnings = List.copyOf(warnings);
    }

    public int types() {
        return records + enums + unions;
    }

    /** One line for people: what was written, how much, how long, where. */
    public String summary() {
        if (upToDate) {
            return String.format(java.util.Locale.ROOT,
                    "shapegen: up to date, nothing to do (%d files in %s, checked in %d ms)", filesUnchanged,
                    outputDirectory, elapsed.toMillis());
        }
        return String.format(java.util.Locale.ROOT,
                "shapegen: %s (%s, %s, %s) + %s, %d written, %d unchanged, %d deleted, %.1f KiB, %s, in %d ms -> %s",
                count(types(), "type"), count(records, "record"), count(enums, "enum"), count(unions, "union"),
                count(supportFiles, "support file"), filesWritten, filesUnchanged, filesDeleted, bytes / 1024.0,
                count(warnings.size(), "warning"), elapsed.toMillis(), outputDirectory);
    }

    /** {@code 1 type}, {@code 2 types}, {@code 0 types}. */
    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Whether the generated API differs from the previous run's (known only with a state file). */
    public boolean apiChanged() {
        return typesAdded + typesRemoved + typesChanged > 0;
    }

    /** A short summary of how the generated files (types and support files) changed since the previous run. */
    public String changeSummary() {
        return String.format(java.util.Locale.ROOT, "shapegen: the generated API changed: %s added, "
                + "%d removed, %d changed since the last run", count(typesAdded, "file"), typesRemoved, typesChanged);
    }
}
