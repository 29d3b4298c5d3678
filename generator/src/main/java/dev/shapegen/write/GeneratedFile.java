package dev.shapegen.write;

/**
 * One output file: its path relative to the output directory (with {@code /} separators) and its bytes.
 *
 * @param path the relative path, such as {@code com/example/Foo.java}
 * @param content the UTF-8 bytes
 */
public record GeneratedFile(String path, byte[] content) {}
