package dev.shapegen.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What JSON a value of a shape must be, read straight from the model's JSON and the AWS protocol rules, with no
 * code of the generator: the oracle that written values are checked against. Body members are named by their
 * {@code locationName}, else their member name; timestamps take the format of the reference that points at them
 * (a member, a list's member, a map's value), else of their shape, else the protocol's (epoch seconds for the JSON
 * protocols, ISO 8601 otherwise); blobs are base64. Members bound to HTTP are outside the body, so their property
 * name and timestamp format are not checked beyond being one of the plausible ones. In rest-json, a structure whose
 * {@code payload} member is a structure (not an event stream) is that member's value alone, being the whole body.
 */
final class WireFormat {
    private static final Set<String> JSON_PROTOCOLS = Set.of("json", "rest-json", "smithy-rpc-v2-cbor");

    private final JsonNode shapes;
    private final String defaultFormat;
    private final boolean restJson;
    private final List<String> problems = new ArrayList<>();

    private WireFormat(JsonNode model) {
        this.shapes = model.path("shapes");
        String protocol = model.path("metadata").path("protocol").asText("").toLowerCase(Locale.ROOT);
        this.defaultFormat = JSON_PROTOCOLS.contains(protocol) ? "unixTimestamp" : "iso8601";
        this.restJson = protocol.equals("rest-json");
    }

    /** Where and how {@code json}, a value of {@code shape}, breaks the wire format; empty when it does not. */
    static List<String> problems(JsonNode model, String shape, JsonNode json) {
        WireFormat format = new WireFormat(model);
        format.check(shape, null, json, "");
        return format.problems;
    }

    private void check(String shapeName, JsonNode ref, JsonNode json, String at) {
        JsonNode shape = shapes.path(shapeName);
        String type = shape.path("type").asText();
        switch (type) {
            case "structure" -> structure(shape, json, at);
            case "list" -> {
                if (expect(json.isArray(), json, "an array", at)) {
                    for (int i = 0; i < json.size(); i++) {
                        JsonNode member = shape.path("member");
                        check(member.path("shape").asText(), member, json.get(i), at + "/" + i);
                    }
                }
            }
            case "map" -> {
                if (expect(json.isObject(), json, "an object", at)) {
                    JsonNode value = shape.path("value");
                    json.properties().forEach(e -> check(value.path("shape").asText(), value, e.getValue(),
                            at + "/" + e.getKey()));
                }
            }
            case "string" -> expect(json.isTextual(), json, "a string", at);
            case "boolean" -> expect(json.isBoolean(), json, "a boolean", at);
            case "integer", "long", "short", "byte", "biginteger" -> expect(json.isIntegralNumber(), json,
                    "an integral number", at);
            case "float", "double", "bigdecimal" -> expect(json.isNumber() || (json.isTextual()
                    && Set.of("NaN", "Infinity", "-Infinity").contains(json.asText())), json, "a number", at);
            case "blob" -> expect(json.isTextual() && isBase64(json.asText()), json, "a base64 string", at);
            case "timestamp" -> timestamp(shape, ref, json, at);
            default -> problems.add(at + ": shape " + shapeName + " has type " + type);
        }
    }

    private void structure(JsonNode shape, JsonNode json, String at) {
        JsonNode payload = restJson && shape.hasNonNull("payload")
                ? shape.path("members").path(shape.get("payload").asText()) : null;
        if (payload != null && shapes.path(payload.path("shape").asText()).path("type").asText().equals("structure")
                && !shapes.path(payload.path("shape").asText()).path("eventstream").asBoolean()) {
            check(payload.path("shape").asText(), payload, json, at);
            return;
        }
        if (shape.path("document").asBoolean() || shape.path("eventstream").asBoolean()) {
            return; // any JSON at all; event streams are approximated as unions of their events
        }
        if (!expect(json.isObject(), json, "an object", at)) {
            return;
        }
        if (shape.path("union").asBoolean() && json.size() != 1) {
            problems.add(at + ": a union must have exactly one member, not " + json.size());
        }
        // Body members by their wire names; where two share one, JSON cannot hold both, so a member that borrowed it
        // (its own name differs) goes by its member name. Members bound to HTTP are not in the body: either of their
        // names is plausible where no body member has it.
        Map<String, JsonNode> byWireName = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        Map<String, JsonNode> http = new LinkedHashMap<>();
        shape.path("members").properties().forEach(e -> {
            if (e.getValue().hasNonNull("location")) {
                http.put(e.getKey(), e.getValue());
            } else {
                uses.merge(e.getValue().path("locationName").asText(e.getKey()), 1, Integer::sum);
            }
        });
        shape.path("members").properties().forEach(e -> {
            String wire = e.getValue().path("locationName").asText(e.getKey());
            if (!http.containsKey(e.getKey())) {
                byWireName.put(uses.get(wire) > 1 ? e.getKey() : wire, e.getValue());
            }
        });
        http.forEach((name, member) -> {
            byWireName.putIfAbsent(name, member);
            byWireName.putIfAbsent(member.path("locationName").asText(name), member);
        });
        json.properties().forEach(e -> {
            JsonNode member = byWireName.get(e.getKey());
            if (member == null) {
                problems.add(at + ": " + e.getKey() + " is not the wire name of a member; expected one of "
                        + byWireName.keySet());
            } else {
                check(member.path("shape").asText(), member, e.getValue(), at + "/" + e.getKey());
            }
        });
    }

    private void timestamp(JsonNode shape, JsonNode ref, JsonNode json, String at) {
        boolean http = ref != null && ref.hasNonNull("location");
        String format = ref != null && ref.hasNonNull("timestampFormat") ? ref.get("timestampFormat").asText()
                : shape.path("timestampFormat").asText(defaultFormat);
        boolean number = json.isNumber();
        boolean iso = json.isTextual() && parses(DateTimeFormatter.ISO_OFFSET_DATE_TIME, json.asText());
        boolean httpDate = json.isTextual() && parses(DateTimeFormatter.RFC_1123_DATE_TIME, json.asText());
        boolean ok = http ? number || iso || httpDate : switch (format) {
            case "unixTimestamp" -> number;
            case "iso8601" -> iso;
            case "rfc822" -> httpDate;
            default -> false;
        };
        expect(ok, json, "a timestamp as " + (http ? "any format (bound to HTTP)" : format), at);
    }

    private boolean expect(boolean ok, JsonNode json, String what, String at) {
        if (!ok) {
            String shown = json.toString();
            problems.add((at.isEmpty() ? "/" : at) + ": expected " + what + ", found "
                    + (shown.length() > 80 ? shown.substring(0, 77) + "..." : shown));
        }
        return ok;
    }

    private static boolean parses(DateTimeFormatter formatter, String text) {
        try {
            formatter.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isBase64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
