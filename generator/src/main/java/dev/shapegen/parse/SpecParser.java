package dev.shapegen.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SourceLocation;
import dev.shapegen.model.Member;
import dev.shapegen.model.Metadata;
import dev.shapegen.model.Operation;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeFlag;
import dev.shapegen.model.ShapeType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an AWS JSON service model into a {@link ServiceModel}. Unknown keys are ignored; keys of the wrong JSON type
 * become diagnostics. Nothing is resolved here: references are checked by the resolver.
 */
public final class SpecParser {
    private final Diagnostics diagnostics;
    private final JsonFields fields;
    /** Shapes of the file that could not be read: their errors are reported, references to them are not. */
    private final Set<String> unreadable = new LinkedHashSet<>();

    private SpecParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.fields = new JsonFields(diagnostics);
    }

    /**
     * Parses the spec bytes. Returns empty when the file cannot be read as a spec at all (the reasons are in
     * {@code diagnostics}); otherwise a model, possibly with error diagnostics for parts that were skipped.
     */
    public static Optional<ServiceModel> parse(String fileName, byte[] bytes, Diagnostics diagnostics) {
        JsonNode root = SpecJson.read(fileName, bytes, diagnostics);
        if (root == null) {
            return Optional.empty();
        }
        if (!root.isObject()) {
            diagnostics.error("spec.root", SourceLocation.at("", null, null),
                    "the spec must be a JSON object with \"metadata\", \"operations\" and \"shapes\", but it is "
                            + JsonFields.describe(root));
            return Optional.empty();
        }
        return Optional.of(new SpecParser(diagnostics).model(fileName, root));
    }

    private ServiceModel model(String fileName, JsonNode root) {
        if (root.path("smithy").isTextual()) {
            // Its shapes look alike but are not: one clear error instead of one per shape.
            diagnostics.error("spec.smithy", SourceLocation.at("/smithy", null, null), "this is a Smithy model (its "
                    + "JSON form, \"smithy\": \"" + root.path("smithy").textValue() + "\"); shapegen reads the AWS JSON "
                    + "service model (the service-2.json layout of botocore and the AWS SDKs): give that file for "
                    + "this service instead");
            return new ServiceModel(fileName, new Metadata(Map.of()), null, Map.of(), Map.of(), Set.of(), true);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        JsonNode metadata = root.get("metadata");
        if (metadata != null && metadata.isObject()) {
            metadata.properties().forEach(e -> {
                if (e.getValue().isValueNode()) {
                    meta.put(e.getKey(), e.getValue().asText());
                }
            });
        } else if (metadata != null) {
            diagnostics.error("spec.metadata", SourceLocation.at("/metadata", null, null),
                    "\"metadata\" must be an object, but it is " + JsonFields.describe(metadata));
        }
        Map<String, Shape> shapes = new LinkedHashMap<>();
        JsonNode shapesNode = root.get("shapes");
        boolean shapesUnreadable = shapesNode == null || !shapesNode.isObject();
        if (shapesUnreadable) {
            diagnostics.error("spec.shapes", SourceLocation.at(shapesNode == null ? "" : "/shapes", null, null),
                    shapesNode == null
                            ? "the spec has no \"shapes\" object; every AWS service model declares its shapes there "
                                    + "(is this a service-2.json file?)"
                            : "\"shapes\" must be an object mapping shape names to shapes, but it is "
                                    + JsonFields.describe(shapesNode));
        } else {
            for (Map.Entry<String, JsonNode> e : shapesNode.properties()) {
                Optional<Shape> shape = shape(e.getKey(), e.getValue());
                shape.ifPresentOrElse(s -> shapes.put(s.name(), s), () -> unreadable.add(e.getKey()));
            }
        }
        Map<String, Operation> operations = new LinkedHashMap<>();
        JsonNode ops = root.get("operations");
        if (ops != null && !ops.isObject()) {
            diagnostics.error("spec.operations", SourceLocation.at("/operations", null, null),
                    "\"operations\" must be an object mapping operation names to operations, but it is "
                            + JsonFields.describe(ops));
        } else if (ops != null) {
            for (Map.Entry<String, JsonNode> e : ops.properties()) {
                operation(e.getKey(), e.getValue()).ifPresent(o -> operations.put(o.name(), o));
            }
        }
        return new ServiceModel(fileName, new Metadata(meta), fields.text(root, "documentation", "", null, null),
                operations, shapes, unreadable, shapesUnreadable);
    }

    private Optional<Operation> operation(String name, JsonNode node) {
        String ptr = Pointers.operation(name);
        if (!node.isObject()) {
            diagnostics.error("operation.not-object", SourceLocation.at(ptr, null, null),
                    "operation " + name + " must be an object, but it is " + JsonFields.describe(node));
            return Optional.empty();
        }
        List<String> errors = new ArrayList<>();
        JsonNode errs = node.get("errors");
        if (errs != null && errs.isArray()) {
            for (int i = 0; i < errs.size(); i++) {
                String ref = ref(errs.get(i), ptr + "/errors/" + i);
                if (ref != null) {
                    errors.add(ref);
                }
            }
        }
        JsonNode http = node.path("http");
        return Optional.of(new Operation(name, ref(node.get("input"), ptr + "/input"),
                ref(node.get("output"), ptr + "/output"), errors, fields.text(node, "documentation", ptr, null, null),
                fields.flag(node, "deprecated", ptr, null, null), http.path("method").textValue(),
                http.path("requestUri").textValue()));
    }

    /** Reads {@code {"shape": "Name"}}; null (with a diagnostic where malformed) when absent. */
    private String ref(JsonNode node, String ptr) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode target = node.get("shape");
        if (target == null || !target.isTextual()) {
            diagnostics.error("ref.malformed", SourceLocation.at(ptr, null, null),
                    "expected a shape reference like {\"shape\": \"Name\"}, but found " + abbreviated(node));
            return null;
        }
        return target.textValue();
    }

    /** The JSON as written, cut short: a message quotes enough to recognise it, not a whole runaway value. */
    private static String abbreviated(JsonNode node) {
        String json = node.toString();
        return json.length() <= 80 ? json : json.substring(0, 77) + "...";
    }

    private Optional<Shape> shape(String name, JsonNode node) {
        String ptr = Pointers.shape(name);
        if (!node.isObject()) {
            diagnostics.error("shape.not-object", SourceLocation.at(ptr, name, null),
                    "shape " + name + " must be an object, but it is " + JsonFields.describe(node));
            return Optional.empty();
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null) {
            diagnostics.error("shape.type-missing", SourceLocation.at(ptr, name, null),
                    "shape " + name + " has no \"type\"; use one of: " + ShapeType.allWireNames());
            return Optional.empty();
        }
        if (!typeNode.isTextual()) {
            diagnostics.error("shape.type-unknown", SourceLocation.at(ptr + "/type", name, null),
                    "the \"type\" of shape " + name + " must be a string, but it is " + JsonFields.describe(typeNode)
                            + "; use one of: " + ShapeType.allWireNames());
            return Optional.empty();
        }
        Optional<ShapeType> type = ShapeType.fromWireName(typeNode.textValue());
        if (type.isEmpty()) {
            diagnostics.error("shape.type-unknown", SourceLocation.at(ptr + "/type", name, null),
                    "shape " + name + " has unknown type \"" + typeNode.textValue() + "\"; use one of: "
                            + ShapeType.allWireNames());
            return Optional.empty();
        }
        Map<String, Member> members = new LinkedHashMap<>();
        JsonNode membersNode = node.get("members");
        if (membersNode != null && membersNode.isObject()) {
            membersNode.properties().forEach(e -> {
                Member m = member(name, e.getKey(), e.getValue(), Pointers.member(name, e.getKey()));
                if (m != null) {
                    members.put(m.name(), m);
                }
            });
        } else if (membersNode != null) {
            diagnostics.error("shape.field-type", SourceLocation.at(ptr + "/members", name, null),
                    "\"members\" of " + name + " must be an object, but it is " + JsonFields.describe(membersNode));
        }
        JsonNode enumNode = node.get("enum");
        if (enumNode != null && enumNode.isArray() && enumNode.isEmpty()) {
            diagnostics.error("enum.empty", SourceLocation.at(ptr + "/enum", name, null),
                    "enum " + name + " lists no values; list at least one, or remove \"enum\" for a plain string");
        }
        Set<ShapeFlag> flags = EnumSet.noneOf(ShapeFlag.class);
        for (ShapeFlag f : ShapeFlag.values()) {
            if (fields.flag(node, f.wireName(), ptr, name, null)) {
                flags.add(f);
            }
        }
        return Optional.of(new Shape(name, type.get(), members, fields.strings(node, "required", ptr, name),
                child(node, "member", name, ptr), child(node, "key", name, ptr), child(node, "value", name, ptr),
                fields.strings(node, "enum", ptr, name), fields.number(node, "min", ptr, name), fields.number(node, "max", ptr, name),
                fields.text(node, "pattern", ptr, name, null), flags, fields.text(node, "timestampFormat", ptr, name, null),
                fields.text(node, "payload", ptr, name, null), fields.text(node, "documentation", ptr, name, null)));
    }

    private Member child(JsonNode shape, String key, String shapeName, String ptr) {
        JsonNode node = shape.get(key);
        return node == null ? null : member(shapeName, key, node, ptr + "/" + key);
    }

    private Member member(String shape, String name, JsonNode node, String ptr) {
        if (!node.isObject()) {
            diagnostics.error("member.not-object", SourceLocation.at(ptr, shape, name),
                    "member " + name + " of " + shape + " must be an object like {\"shape\": \"Name\"}, but it is "
                            + JsonFields.describe(node));
            return null;
        }
        JsonNode target = node.get("shape");
        if (target == null || !target.isTextual()) {
            diagnostics.error("member.target-missing", SourceLocation.at(ptr, shape, name),
                    "member " + name + " of " + shape + " must name its shape, like {\"shape\": \"String\"}");
            return null;
        }
        return new Member(name, target.textValue(), fields.text(node, "locationName", ptr, shape, name),
                fields.text(node, "location", ptr, shape, name), fields.text(node, "documentation", ptr, shape, name),
                fields.flag(node, "deprecated", ptr, shape, name), fields.flag(node, "sensitive", ptr, shape, name),
                fields.flag(node, "idempotencyToken", ptr, shape, name), fields.flag(node, "jsonvalue", ptr, shape, name),
                fields.text(node, "timestampFormat", ptr, shape, name), fields.flag(node, "streaming", ptr, shape, name));
    }

}
