package dev.shapegen.diag;

/**
 * One problem found in a spec. {@code id} is stable across releases (tools and tests may match on it); the message
 * says what is wrong and, where there is a choice, names the valid alternatives.
 */
public record Diagnostic(String id, Severity severity, SourceLocation location, String message) {

    public static Diagnostic error(String id, SourceLocation location, String message) {
        return new Diagnostic(id, Severity.ERROR, location, message);
    }

    public static Diagnostic warning(String id, SourceLocation location, String message) {
        return new Diagnostic(id, Severity.WARNING, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Whether it is about the request rather than the spec: a package name that is not one, or a selected shape or
     * operation the spec does not have.
     */
    public boolean isAboutRequest() {
        return id.startsWith("request.") || id.startsWith("select.");
    }

    /** One line: {@code file:line:col [shape S, member M]: error[id]: message}. */
    public String render() {
        return location.render() + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + "[" + id + "]: "
                + message;
    }
}
