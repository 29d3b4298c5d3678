package dev.shapegen.diff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's view of text. A Python {@code str} is a sequence of code points, so lengths and comparisons here
 * count code points, not Java's UTF-16 units: an emoji is one column to {@code pprint}, and U+1F600 sorts after
 * U+FF01 although its first surrogate does not.
 *
 * <p>Which characters are printable comes from a table of CPython 3.11 (Unicode 14.0.0) rather than from
 * {@link Character#getType}, because the JDK's Unicode version differs and would change which characters
 * {@code repr} escapes.
 */
final class PyUnicode {
    private static final String TABLE = "nonprintable-unicode-14.txt";

    /** Sorted, disjoint inclusive ranges of non-printable code points: starts and ends. */
    private static final int[][] NON_PRINTABLE = loadTable();

    private PyUnicode() {}

    /** {@code len(s)} in Python: the number of code points, a lone surrogate counting as one. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Python's {@code a < b} order for strings: by code point. */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** {@code chr(cp).isprintable()} in CPython 3.11. */
    static boolean isPrintable(int cp) {
        int idx = Arrays.binarySearch(NON_PRINTABLE[0], cp);
        // Exact hit on a range start, or inside the range that starts before cp.
        int range = idx >= 0 ? idx : -idx - 2;
        return range < 0 || cp > NON_PRINTABLE[1][range];
    }

    /** {@code chr(cp).isspace()}, which is also what {@code \s} matches in a {@code str} regular expression. */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029,
                    0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /** The characters {@code str.splitlines} breaks at; {@code \r\n} is one break. */
    private static boolean isLineBreak(int cp) {
        return switch (cp) {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029 -> true;
            default -> false;
        };
    }

    /** {@code s.splitlines(True)}: the lines of {@code s}, each with its line break. */
    static List<String> splitLinesKeepEnds(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isLineBreak(cp)) {
                if (cp == '\r' && i < s.length() && s.charAt(i) == '\n') {
                    i++;
                }
                lines.add(s.substring(start, i));
                start = i;
            }
        }
        if (start < s.length()) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    /**
     * {@code re.findall(r'\S*\s*', line)} without its final empty match: runs of non-space followed by the
     * spaces after them. Concatenated, the parts give back the line.
     */
    static List<String> wordsWithTrailingSpace(String line) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int start = i;
            while (i < line.length() && !isSpace(line.codePointAt(i))) {
                i += Character.charCount(line.codePointAt(i));
            }
            while (i < line.length() && isSpace(line.codePointAt(i))) {
                i += Character.charCount(line.codePointAt(i));
            }
            parts.add(line.substring(start, i));
        }
        return parts;
    }

    private static int[][] loadTable() {
        List<int[]> ranges = new ArrayList<>();
        try (InputStream in = PyUnicode.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] bounds = line.split("\\s+");
                ranges.add(new int[] {Integer.parseInt(bounds[0], 16), Integer.parseInt(bounds[1], 16)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[][] table = new int[2][ranges.size()];
        for (int k = 0; k < ranges.size(); k++) {
            table[0][k] = ranges.get(k)[0];
            table[1][k] = ranges.get(k)[1];
        }
        return table;
    }
}
