package dev.shapegen.parse;

import dev.shapegen.diag.SourceLocation;

/** JSON pointers (RFC 6901) to the places of a spec that diagnostics talk about. */
public final class Pointers {
    private Pointers() {}

    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    public static String shape(String shape) {
        return "/shapes/" + escape(shape);
    }

    public static String member(String shape, String member) {
        return shape(shape) + "/members/" + escape(member);
    }

    public static String operation(String operation) {
        return "/operations/" + escape(operation);
    }

    /**
     * A location at a known position, with the shape and member the pointer lies in (when it lies under
     * {@code /shapes}), so that it renders like the locations the checks give.
     */
    static SourceLocation located(String file, int line, int column, String pointer) {
        String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        String shape = tokens.length >= 2 && tokens[0].equals("shapes") ? unescape(tokens[1]) : null;
        String member = shape != null && tokens.length >= 4 && tokens[2].equals("members") ? unescape(tokens[3]) : null;
        return new SourceLocation(file, line, column, pointer, shape, member);
    }

    /** The first {@code depth} reference tokens of a pointer: the ancestor that contains what it points at. */
    static String ancestor(String pointer, int depth) {
        int end = 0;
        for (int i = 0; i < depth; i++) {
            int next = pointer.indexOf('/', end + 1);
            if (next < 0) {
                return pointer;
            }
            end = next;
        }
        return pointer.substring(0, end);
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
