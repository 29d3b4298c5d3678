package dev.shapegen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads optional fields of spec objects with the type the format gives them; a field of another JSON type becomes a
 * {@code field.type} diagnostic and is treated as absent, so parsing goes on and every problem is reported.
 */
final class JsonFields {
    private final Diagnostics diagnostics;

    JsonFields(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    String text(JsonNode node, String key, String ptr, String shape, String member) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            wrongType(ptr + "/" + key, shape, member, key, "a string", v);
            return null;
        }
        return v.textValue();
    }

    boolean flag(JsonNode node, String key, String ptr, String shape, String member) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            wrongType(ptr + "/" + key, shape, member, key, "true or false", v);
            return false;
        }
        return v.booleanValue();
    }

    BigDecimal number(JsonNode node, String key, String ptr, String shape) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            wrongType(ptr + "/" + key, shape, null, key, "a number", v);
            return null;
        }
        if (v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue())) {
            // The parser reads such a number as infinity, which no bound can be compared with.
            diagnostics.error("field.range", SourceLocation.at(ptr + "/" + key, shape, null),
                    "\"" + key + "\" is beyond the range of a double (about 1.8e308); use a smaller bound, or "
                            + "remove it");
            return null;
        }
        return v.decimalValue();
    }

    List<String> strings(JsonNode node, String key, String ptr, String shape) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            wrongType(ptr + "/" + key, shape, null, key, "an array of strings", v);
            return List.of();
        }
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (e.isTextual()) {
                out.add(e.textValue());
            } else {
                wrongType(ptr + "/" + key + "/" + i, shape, null, key + "[" + i + "]", "a string", e);
            }
        }
        return out;
    }

    void wrongType(String ptr, String shape, String member, String key, String expected, JsonNode actual) {
        diagnostics.error("field.type", SourceLocation.at(ptr, shape, member),
                "\"" + key + "\" must be " + expected + ", but it is " + describe(actual));
    }

    /** The JSON type of a value as a message names it: "an object", "a string", ... */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }
}
