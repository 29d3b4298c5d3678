package dev.shapegen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed AWS JSON service model: an immutable mirror of the file, shapes and operations in spec order.
 *
 * @param source the file name it came from (for diagnostics), never an absolute path in output
 * @param metadata the metadata block
 * @param documentation the service documentation, or null
 * @param operations operations by name, in spec order
 * @param shapes shapes by name, in spec order
 */
public record ServiceModel(
        String source,
        Metadata metadata,
        String documentation,
        Map<String, Operation> operations,
        Map<String, Shape> shapes) {

    public ServiceModel {
        operations = Collections.unmodifiableMap(new LinkedHashMap<>(operations));
        shapes = Collections.unmodifiableMap(new LinkedHashMap<>(shapes));
    }

    public Shape shape(String name) {
        return shapes.get(name);
    }
}
