package dev.shapegen.model;

import java.util.List;

/**
 * An operation of the service.
 *
 * @param name the operation name
 * @param input the input shape name, or null
 * @param output the output shape name, or null
 * @param errors the error shape names, in spec order
 * @param documentation HTML documentation, or null
 * @param deprecated whether the operation is deprecated
 * @param httpMethod the HTTP method, or null
 * @param requestUri the HTTP request URI, or null
 */
public record Operation(
        String name,
        String input,
        String output,
        List<String> errors,
        String documentation,
        boolean deprecated,
        String httpMethod,
        String requestUri) {

    public Operation {
        errors = List.copyOf(errors);
    }
}
