package dev.shapegen.diag;

/**
 * Where a problem is: the spec file, the line and column (1-based, 0 when unknown), the JSON pointer, and the shape
 * and member it concerns (null when not applicable).
 */
public record SourceLocation(String file, int line, int column, String pointer, String shape, String member) {

    /** A location known only by its JSON pointer; line and column are filled in later from the source. */
    public static SourceLocation at(String pointer, String shape, String member) {
        return new SourceLocation(null, 0, 0, pointer, shape, member);
    }

    public SourceLocation withPosition(String newFile, int newLine, int newColumn) {
        return new SourceLocation(newFile, newLine, newColumn, pointer, shape, member);
    }

    /** {@code file:line:column} followed by the shape and member, as people and IDEs read it. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<spec>" : file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        if (shape != null) {
            sb.append(" [shape ").append(shape);
            if (member != null) {
                sb.append(", member ").append(member);
            }
            sb.append(']');
        } else if (pointer != null && !pointer.isEmpty()) {
            sb.append(" [").append(pointer).append(']');
        }
        return sb.toString();
    }
}
