package dev.shapegen.model;

/** Boolean traits of a shape, named as in the spec. */
public enum ShapeFlag {
    UNION("union"),
    EXCEPTION("exception"),
    FAULT("fault"),
    DOCUMENT("document"),
    DEPRECATED("deprecated"),
    SENSITIVE("sensitive"),
    STREAMING("streaming"),
    EVENT_STREAM("eventstream"),
    EVENT("event"),
    SPARSE("sparse"),
    REQUIRES_LENGTH("requiresLength"),
    FLATTENED("flattened");

    private final String wireName;

    ShapeFlag(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
