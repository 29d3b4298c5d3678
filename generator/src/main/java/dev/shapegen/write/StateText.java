package dev.shapegen.write;

/**
 * Text on one line of the state file, in ASCII: the state is read back by the up-to-date check, cold, in every build,
 * and ASCII lets it be decoded without UTF-8's scan for multi-byte sequences.
 */
final class StateText {
    private StateText() {}

    /**
     * Appends the text with backslashes and line breaks escaped, so that it stays on one line of the state file, and
     * every character outside ASCII as {@code \\uXXXX}, so that the file is ASCII (see {@link OutputState#intact}).
     */
    static StringBuilder escape(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x80) {
                        sb.append(c);
                    } else {
                        String hex = Integer.toHexString(c);
                        sb.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
                    }
                }
            }
        }
        return sb;
    }

    /** The text {@link #escape} was given. */
    static String unescape(String line) {
        if (line.indexOf('\\') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 5 < line.length() && line.charAt(i + 1) == 'u' && isHex(line, i + 2, i + 6)) {
                sb.append((char) Integer.parseInt(line, i + 2, i + 6, 16));
                i += 5;
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                sb.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
