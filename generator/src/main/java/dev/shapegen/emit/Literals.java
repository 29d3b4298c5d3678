package dev.shapegen.emit;

import com.palantir.javapoet.CodeBlock;

/**
 * Java string literals of text from the spec (wire names, enum values, patterns). JavaPoet's {@code $S} leaves
 * U+2028 and U+2029 as they are, and its writer starts a new line at every {@code \R} match, so such a value would
 * split its literal over two lines; they are written as unicode escapes, in literals of their own.
 */
final class Literals {
    private Literals() {}

    /** The literal, or {@code null} for null; a constant expression, so it may stand in annotations and cases. */
    static CodeBlock string(String value) {
        if (value == null || (value.indexOf('\u2028') < 0 && value.indexOf('\u2029') < 0)) {
            return CodeBlock.of("$S", value);
        }
        CodeBlock.Builder b = CodeBlock.builder();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u2028' || c == '\u2029') {
                if (run.length() > 0) {
                    b.add(b.isEmpty() ? "$S" : " + $S", run.toString());
                    run.setLength(0);
                }
                b.add(b.isEmpty() ? "$L" : " + $L", c == '\u2028' ? "\"\\u2028\"" : "\"\\u2029\"");
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0) {
            b.add(" + $S", run.toString());
        }
        return b.build();
    }
}
