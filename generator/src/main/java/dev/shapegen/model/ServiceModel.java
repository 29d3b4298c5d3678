package dev.shapegen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A parsed AWS JSON service model: an immutable mirror of the file, shapes and operations in spec order.
 *
 * @param source the file name it came from (for diagnostics), never an absolute path in output
 * @param metadata the metadata block
 * @param documentation the service documentation, or null
 * @param operations operations by name, in spec order
 * @param shapes shapes by name, in spec order
 * @param unreadableShapes names of shapes the file declares but that could not be read (their errors are reported)
 * @param shapesUnreadable whether the {@code shapes} object itself is missing or not an object
 */
public record ServiceModel(
        String source,
        Metadata metadata,
        String documentation,
        Map<String, Operation> operations,
        Map<String, Shape> shapes,
        Set<String> unreadableShapes,
        boolean shapesUnreadable) {

    public ServiceModel {
        operations = Collections.unmodifiableMap(new LinkedHashMap<>(operations));
        shapes = Collections.unmodifiableMap(new LinkedHashMap<>(shapes));
        unreadableShapes = Set.copyOf(unreadableShapes);
    }

    /** A model whose shapes were all read. */
    public ServiceModel(String source, Metadata metadata, String documentation, Map<String, Operation> operations,
            Map<String, Shape> shapes) {
        this(source, metadata, documentation, operations, shapes, Set.of(), false);
    }

    /**
     * Whether a reference to {@code name} may be to a shape the file has but could not read: its error is reported
     * already, and "does not exist" would be wrong.
     */
    public boolean unreadable(String name) {
        return shapesUnreadable || unreadableShapes.contains(name);
    }

    public Shape shape(String name) {
        return shapes.get(name);
    }
}
