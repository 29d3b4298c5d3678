package dev.shapegen.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Which shapes have a finite valid value, and how deep the smallest one is. A structure that requires itself, a
 * union whose every member needs the union, or a non-empty list of such things has no valid value at all; random
 * specs are kept free of them, and random values use the ranks to stop recursing.
 */
final class Finiteness {
    private Finiteness() {}

    /**
     * Shape name to rank: 1 for shapes whose smallest value needs no other shape, else one more than the greatest
     * rank among the shapes their smallest value needs. Shapes without a finite value are absent.
     */
    static Map<String, Integer> ranks(JsonNode spec) {
        JsonNode shapes = spec.path("shapes");
        Map<String, Integer> rank = new HashMap<>();
        for (int round = 1; ; round++) {
            // Only ranks of earlier rounds count, so a shape's smallest value needs only lower ranks.
            Map<String, Integer> known = Map.copyOf(rank);
            for (Map.Entry<String, JsonNode> e : shapes.properties()) {
                if (!known.containsKey(e.getKey()) && finiteGiven(e.getValue(), known)) {
                    rank.put(e.getKey(), round);
                }
            }
            if (rank.size() == known.size()) {
                return rank;
            }
        }
    }

    /** Changes the spec, keeping it valid, until every shape has a finite value. */
    static void makeFinite(ObjectNode spec) {
        ObjectNode shapes = (ObjectNode) spec.get("shapes");
        for (Map<String, Integer> ranked = ranks(spec); ranked.size() < shapes.size(); ranked = ranks(spec)) {
            Map<String, Integer> rank = ranked;
            for (Map.Entry<String, JsonNode> e : shapes.properties()) {
                if (rank.containsKey(e.getKey())) {
                    continue;
                }
                ObjectNode shape = (ObjectNode) e.getValue();
                if (shape.path("union").asBoolean()) {
                    String name = "Fallback";
                    for (int i = 2; shape.path("members").has(name); i++) {
                        name = "Fallback" + i;
                    }
                    ((ObjectNode) shape.get("members")).putObject(name).put("shape", SpecPlan.PLAIN);
                } else if (shape.has("required")) {
                    ArrayNode kept = shape.arrayNode();
                    shape.get("required").forEach(r -> {
                        if (rank.containsKey(shape.path("members").path(r.asText()).path("shape").asText())) {
                            kept.add(r);
                        }
                    });
                    shape.set("required", kept);
                } else {
                    shape.remove("min");
                }
            }
        }
    }

    private static boolean finiteGiven(JsonNode shape, Map<String, Integer> known) {
        String type = shape.path("type").asText();
        boolean atLeastOne = shape.path("min").asInt(0) > 0;
        return switch (type) {
            case "structure" -> {
                if (shape.path("document").asBoolean()) {
                    yield true;
                }
                if (shape.path("union").asBoolean()) {
                    for (JsonNode m : shape.path("members")) {
                        if (known.containsKey(m.path("shape").asText())) {
                            yield true;
                        }
                    }
                    yield false;
                }
                for (JsonNode r : shape.path("required")) {
                    if (!known.containsKey(shape.path("members").path(r.asText()).path("shape").asText())) {
                        yield false;
                    }
                }
                yield true;
            }
            case "list" -> !atLeastOne || known.containsKey(shape.path("member").path("shape").asText());
            case "map" -> !atLeastOne || known.containsKey(shape.path("value").path("shape").asText());
            default -> true;
        };
    }
}
