package dev.shapegen.model;

/**
 * A member of a structure, or the member/key/value of a list or map, as written in the spec.
 *
 * @param name the member name (for list members and map keys/values: {@code member}, {@code key}, {@code value})
 * @param target the name of the shape it refers to
 * @param locationName the wire name override, or null
 * @param location where an HTTP binding puts it ({@code header}, {@code uri}, ...), or null for the body
 * @param documentation HTML documentation, or null
 * @param deprecated whether the member is deprecated
 * @param sensitive whether the member itself is marked sensitive
 * @param idempotencyToken whether the member is an idempotency token
 * @param jsonValue whether the member carries a JSON document inside a string
 * @param timestampFormat the member's {@code timestampFormat} override, or null
 * @param streaming whether the member is marked as a stream
 */
public record Member(
        String name,
        String target,
        String locationName,
        String location,
        String documentation,
        boolean deprecated,
        boolean sensitive,
        boolean idempotencyToken,
        boolean jsonValue,
        String timestampFormat,
        boolean streaming) {

    /** The name this member has on the wire in the JSON body: {@code locationName} for body members. */
    public String wireName() {
        return locationName != null && location == null ? locationName : name;
    }
}
