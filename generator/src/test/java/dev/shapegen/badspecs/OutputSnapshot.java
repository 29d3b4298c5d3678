package dev.shapegen.badspecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything observable about an output directory: each path under it (the state file included), and for each its
 * kind, size, modification time and, for files, every byte.
 */
record OutputSnapshot(Map<String, Entry> entries) {
  /** ByteBuffer, not byte[], so that equal contents make equal entries. */
  record Entry(boolean directory, long size, FileTime modified, ByteBuffer content) {}

  static OutputSnapshot of(Path root) throws IOException {
    Map<String, Entry> entries = new TreeMap<>();
    for (Path p : walk(root)) {
      boolean dir = Files.isDirectory(p);
      entries.put(root.relativize(p).toString(), new Entry(dir, dir ? 0 : Files.size(p),
          Files.getLastModifiedTime(p), dir ? null : ByteBuffer.wrap(Files.readAllBytes(p))));
    }
    return new OutputSnapshot(entries);
  }

  /**
   * Sets every file and directory under root to one old time, so that any later write shows as a changed time even
   * on file systems with coarse timestamps. Children first: setting a child's time does not change its parent's.
   */
  static void age(Path root, FileTime old) throws IOException {
    List<Path> all = walk(root);
    for (int i = all.size() - 1; i >= 0; i--) {
      Files.setLastModifiedTime(all.get(i), old);
    }
  }

  /** Asserts that nothing was added, removed or changed, naming the first path that differs. */
  void assertUnchanged(OutputSnapshot after) {
    assertEquals(entries.keySet(), after.entries.keySet(), "paths under the output directory");
    for (var e : entries.entrySet()) {
      assertEquals(e.getValue(), after.entries.get(e.getKey()), "size, time or content of " + e.getKey());
    }
  }

  private static List<Path> walk(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.sorted().toList();
    }
  }
}
