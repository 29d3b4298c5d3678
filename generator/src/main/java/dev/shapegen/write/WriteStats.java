package dev.shapegen.write;

/**
 * What the writer did.
 *
 * @param written files whose content changed or that were new
 * @param unchanged files that already had the same content, left untouched
 * @param bytes total size of all files
 */
public record WriteStats(int written, int unchanged, long bytes) {}
