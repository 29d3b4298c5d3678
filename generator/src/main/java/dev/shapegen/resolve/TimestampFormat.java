package dev.shapegen.resolve;

/** How a timestamp is written on the wire. */
public enum TimestampFormat {
    /** Seconds since the epoch as a JSON number, with a fraction where needed ({@code unixTimestamp}). */
    EPOCH_SECONDS("unixTimestamp"),
    /** An ISO 8601 / RFC 3339 string ({@code iso8601}). */
    ISO_8601("iso8601"),
    /** An RFC 822 / RFC 7231 HTTP date ({@code rfc822}). */
    RFC_822("rfc822");

    private final String wireName;

    TimestampFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The format for a {@code timestampFormat} value, or null when it is not one of the known ones. */
    public static TimestampFormat fromWireName(String name) {
        for (TimestampFormat f : values()) {
            if (f.wireName.equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }
}
