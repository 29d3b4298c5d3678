package dev.shapegen.model;

import java.util.Locale;
import java.util.Optional;

/** The {@code type} of a shape, as the AWS JSON service model spells it. */
public enum ShapeType {
    STRUCTURE("structure"),
    LIST("list"),
    MAP("map"),
    STRING("string"),
    INTEGER("integer"),
    LONG("long"),
    SHORT("short"),
    BYTE("byte"),
    FLOAT("float"),
    DOUBLE("double"),
    BIG_DECIMAL("bigdecimal"),
    BIG_INTEGER("biginteger"),
    BOOLEAN("boolean"),
    TIMESTAMP("timestamp"),
    BLOB("blob");

    private final String wireName;

    ShapeType(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the spec's {@code type} field. */
    public String wireName() {
        return wireName;
    }

    public boolean isNumber() {
        return switch (this) {
            case INTEGER, LONG, SHORT, BYTE, FLOAT, DOUBLE, BIG_DECIMAL, BIG_INTEGER -> true;
            default -> false;
        };
    }

    public static Optional<ShapeType> fromWireName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ShapeType t : values()) {
            if (t.wireName.equals(lower)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** All wire names, for messages that list the valid alternatives. */
    public static String allWireNames() {
        StringBuilder sb = new StringBuilder();
        for (ShapeType t : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(t.wireName);
        }
        return sb.toString();
    }
}
