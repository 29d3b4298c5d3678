package dev.shapegen.model;

import java.util.Map;

/**
 * The spec's {@code metadata}: every string entry as written, with accessors for the ones the generator uses.
 */
public record Metadata(Map<String, String> values) {

    public Metadata {
        values = Map.copyOf(values);
    }

    public String get(String key) {
        return values.get(key);
    }

    /** The protocol ({@code json}, {@code rest-json}, {@code rest-xml}, {@code query}, {@code ec2}); never null. */
    public String protocol() {
        return values.getOrDefault("protocol", "json");
    }

    public String serviceId() {
        return values.get("serviceId");
    }

    public String serviceFullName() {
        return values.get("serviceFullName");
    }

    public String apiVersion() {
        return values.get("apiVersion");
    }
}
