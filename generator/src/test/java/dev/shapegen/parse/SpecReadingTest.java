package dev.shapegen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SpecException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits of what is read are exactly where they are said to be, and what is near a bad spec but fine (a UTF-8
 * byte order mark, nesting or tokens right at the limit) still reads. The bad specs themselves are in the catalogue.
 */
class SpecReadingTest {
  private static List<String> ids(byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics();
    SpecParser.parse("spec.json", bytes, diagnostics);
    return diagnostics.all().stream().map(Diagnostic::id).toList();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A good spec with an unknown key "x" holding {@code levels} nested arrays: the root object is one more level. */
  private static byte[] nested(int levels) {
    return utf8("{\"shapes\": {}, \"x\": " + "[".repeat(levels) + "]".repeat(levels) + "}");
  }

  /** A good spec of exactly {@code tokens} tokens: 8 for the frame, the rest zeros in the array of "x". */
  private static byte[] tokens(long tokens) {
    StringBuilder sb = new StringBuilder("{\"shapes\": {}, \"x\": [0");
    for (long i = 1; i < tokens - 8; i++) {
      sb.append(",0");
    }
    return utf8(sb.append("]}").toString());
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(utf8("{\"shapes\": {\"Drink\": {\"type\": \"string\", \"documentation\": \"Café\"}}}"));
    assertEquals(List.of(), ids(bytes.toByteArray()));
  }

  @Test
  void nestingUpToTheLimitReadsAndOneLevelMoreIsJsonTooDeep() {
    assertEquals(List.of(), ids(nested(SpecJson.MAX_DEPTH - 1)));
    assertEquals(List.of("json.too-deep"), ids(nested(SpecJson.MAX_DEPTH)));
  }

  @Test
  void tokensUpToTheLimitReadAndOneMoreIsSpecTooLarge() {
    assertEquals(List.of(), ids(tokens(SpecJson.MAX_TOKENS)));
    assertEquals(List.of("spec.too-large"), ids(tokens(SpecJson.MAX_TOKENS + 1)));
  }

  @Test
  void bytesUpToTheLimitAreReadAndOneMoreIsSpecTooLargeWithoutReadingIt(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.json");
    // Sparse files: the size is what counts, and the limit is checked before anything is read.
    try (RandomAccessFile f = new RandomAccessFile(spec.toFile(), "rw")) {
      f.setLength(SpecJson.MAX_BYTES);
    }
    assertEquals(SpecJson.MAX_BYTES, SpecFiles.read(spec).length);
    try (RandomAccessFile f = new RandomAccessFile(spec.toFile(), "rw")) {
      f.setLength(SpecJson.MAX_BYTES + 1L);
    }
    SpecException e = assertThrows(SpecException.class, () -> SpecFiles.read(spec));
    assertEquals(List.of("spec.too-large"), e.diagnostics().stream().map(Diagnostic::id).toList());
    assertTrue(e.diagnostics().get(0).message().startsWith("the spec is 32.0 MiB; shapegen reads specs of up to 32 "
        + "MiB"), e.diagnostics().get(0).message());
  }

  @Test
  void bytesOverTheLimitHandedInDirectlyAreSpecTooLarge() {
    assertEquals(List.of("spec.too-large"), ids(new byte[SpecJson.MAX_BYTES + 1]));
  }

  @Test
  void directoryGivenAsTheSpecIsSpecUnreadableAndSaysSo(@TempDir Path dir) {
    SpecException e = assertThrows(SpecException.class, () -> SpecFiles.read(dir));
    assertEquals("spec.unreadable", e.diagnostics().get(0).id());
    assertTrue(e.diagnostics().get(0).message().contains("is a directory"), e.diagnostics().get(0).message());
  }

  @Test
  void missingFileIsSpecNotFound(@TempDir Path dir) {
    SpecException e = assertThrows(SpecException.class, () -> SpecFiles.read(dir.resolve("nope.json")));
    assertEquals("spec.not-found", e.diagnostics().get(0).id());
    assertEquals("no such file; check the path", e.diagnostics().get(0).message());
    SpecException relative = assertThrows(SpecException.class, () -> SpecFiles.read(Path.of("nope-" + dir.getFileName()
        + ".json")));
    assertTrue(relative.diagnostics().get(0).message().startsWith("no such file; check the path (relative paths are "
        + "resolved against "), relative.diagnostics().get(0).message());
  }
}
