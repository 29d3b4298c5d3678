package dev.shapegen.parse;

import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Specs are UTF-8, as JSON exchanged between systems must be (RFC 8259, section 8.1). Jackson would also guess
 * UTF-16 and UTF-32, and reports a Latin-1 byte as a syntax error; here each becomes one {@code json.encoding}
 * diagnostic that names the encoding problem and where it is. A UTF-8 byte order mark is accepted.
 */
final class SpecEncoding {
    private static final String SAVE = "; save the file as UTF-8 (without a byte order mark) and run again";

    private SpecEncoding() {}

    /** Adds a diagnostic and returns false when {@code bytes} are not UTF-8 text. */
    static boolean check(String file, byte[] bytes, Diagnostics diagnostics) {
        String other = otherUnicode(bytes);
        if (other != null) {
            diagnostics.error("json.encoding", new SourceLocation(file, 1, 1, null, null, null),
                    "the spec is " + other + ", not UTF-8" + SAVE);
            return false;
        }
        int bad = firstInvalidUtf8(bytes);
        if (bad < 0) {
            return true;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        // Columns count bytes, as the parser's do for every other diagnostic.
        SourceLocation at = Pointers.located(file, line, bad - lineStart + 1, SourceMap.pointerAt(bytes, bad));
        diagnostics.error("json.encoding", at, String.format(Locale.ROOT, "byte 0x%02X (at byte offset %d) is not "
                + "valid UTF-8; the file seems to be saved in another encoding, such as ISO-8859-1 or Windows-1252",
                bytes[bad] & 0xFF, bad) + SAVE);
        return false;
    }

    /** The encoding named by a UTF-16 or UTF-32 byte order mark, or guessed from NUL bytes; null for neither. */
    private static String otherUnicode(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return "UTF-32 (big-endian, with a byte order mark)";
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32 (little-endian, with a byte order mark)";
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return "UTF-16 (big-endian, with a byte order mark)";
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return "UTF-16 (little-endian, with a byte order mark)";
        }
        // JSON text starts with an ASCII character, which UTF-16 and UTF-32 pad with NUL bytes; UTF-8 JSON never
        // has a NUL byte outside a string.
        if (b.length >= 2 && (b[0] == 0 || b[1] == 0)) {
            return "UTF-16 or UTF-32 (it starts with NUL bytes)";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Offset of the first byte that does not decode as UTF-8, or -1 when all of them do. */
    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // Decoded text is thrown away: a small buffer keeps memory flat for large specs.
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                r = decoder.flush(out.clear());
                return r.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }
}
