package dev.shapegen.write;

import dev.shapegen.diag.Diagnostic;
import java.util.List;

/**
 * What the writer did.
 *
 * @param written files whose content changed or that were new
 * @param unchanged files that already had the same content, left untouched
 * @param deleted files the previous run wrote and this one no longer does, removed
 * @param bytes total size of all files
 * @param added types (files) that the previous run did not write; 0 without a previous state
 * @param removed types (files) that the previous run wrote and this one does not
 * @param changed types (files) whose content differs from the previous run's
 * @param warnings what the person should know about the output directory (files another run left there)
 */
public record WriteStats(int written, int unchanged, int deleted, long bytes, int added, int removed, int changed,
        List<Diagnostic> warnings) {
    public WriteStats {
        warnings = List.copyOf(warnings);
    }
}
