package dev.shapegen.badspecs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bad specs that are built at test time rather than stored: other encodings (a stored file would be at the mercy of
 * editors and git settings), and inputs too large to keep in the repository.
 */
final class BuiltSpecs {
  /** A good spec but for its encoding: line 5 holds the only non-ASCII character, the é of Café. */
  static final String CAFE = """
      {
        "shapes": {
          "Drink": {
            "type": "string",
            "documentation": "<p>Coffee as the Café serves it.</p>"
          }
        }
      }
      """;

  private BuiltSpecs() {}

  static void latin1(Path file) throws IOException {
    Files.write(file, CAFE.getBytes(StandardCharsets.ISO_8859_1));
  }

  static void windows1252(Path file) throws IOException {
    Files.write(file, CAFE.replace("Coffee", "\u201CCoffee\u201D").getBytes(Charset.forName("windows-1252")));
  }

  static void utf16BigEndianWithBom(Path file) throws IOException {
    // Java's "UTF-16" encoder writes a big-endian byte order mark first.
    Files.write(file, CAFE.getBytes(StandardCharsets.UTF_16));
  }

  static void utf16LittleEndianWithBom(Path file) throws IOException {
    byte[] text = CAFE.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    Files.write(file, bytes);
  }

  static void utf16LittleEndianWithoutBom(Path file) throws IOException {
    Files.write(file, CAFE.getBytes(StandardCharsets.UTF_16LE));
  }

  /** 200 MB: a well-formed spec whose one documentation string is huge, streamed so the test holds none of it. */
  static void twoHundredMegabytes(Path file) throws IOException {
    byte[] chunk = "<p>All work and no play makes a spec a dull spec.</p> ".repeat(20_000)
        .getBytes(StandardCharsets.US_ASCII);
    long target = 200L * 1000 * 1000;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      out.write("{\"shapes\": {\"Doc\": {\"type\": \"string\", \"documentation\": \""
          .getBytes(StandardCharsets.US_ASCII));
      for (long written = 0; written < target; written += chunk.length) {
        out.write(chunk);
      }
      out.write("\"}}}\n".getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** 100,000 opening brackets and nothing else: a parser that recurses per level overflows its stack. */
  static void nestedArrays(Path file) throws IOException {
    Files.writeString(file, "[".repeat(100_000));
  }

  /** 100,000 nested objects, each closed again: well-formed, only too deep. */
  static void nestedObjects(Path file) throws IOException {
    Files.writeString(file, "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));
  }

  /** Deep arrays under an unknown key of a real shape, closed again: the place names the shape. */
  static void nestedArraysInAShape(Path file) throws IOException {
    Files.writeString(file, "{\n  \"shapes\": {\n    \"Name\": {\"type\": \"string\", \"x\": " + "[".repeat(100_000)
        + "]".repeat(100_000) + "}\n  }\n}\n");
  }

  /**
   * 3,000,000 zeros in a 6 MB file: small in bytes, but a tree of that many nodes is what a byte limit alone does
   * not bound. Token 2,000,001 (the limit plus one) comes after '{', "x" and '[': it is the zero at index 1,999,997,
   * which starts at column 8 + 2 * 1,999,997 = 4,000,002.
   */
  static void tooManyValues(Path file) throws IOException {
    StringBuilder sb = new StringBuilder(6_000_010).append("{\"x\": [");
    for (int i = 0; i < 3_000_000; i++) {
      sb.append(i == 0 ? "0" : ",0");
    }
    Files.writeString(file, sb.append("]}").toString());
  }

  /**
   * A structure of 254 members, one more than a record can hold; its {@code "members"} key is on line 3, column 35.
   */
  static void structureTooWide(Path file) throws IOException {
    StringBuilder sb = new StringBuilder("{\n  \"shapes\": {\n    \"Wide\": {\"type\": \"structure\", \"members\": {");
    for (int i = 0; i < 254; i++) {
      sb.append(i == 0 ? "" : ", ").append("\"M").append(i).append("\": {\"shape\": \"Text\"}");
    }
    Files.writeString(file, sb.append("}},\n    \"Text\": {\"type\": \"string\"}\n  }\n}\n").toString());
  }
}
