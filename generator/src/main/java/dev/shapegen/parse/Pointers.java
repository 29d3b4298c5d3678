package dev.shapegen.parse;

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
}
