package dev.shapegen.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shapegen.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real specs to mutate. The repository's specs are used whole; the real AWS models are cut down to what a few
 * operations reach, so one try parses and emits in milliseconds rather than seconds.
 */
final class SpecCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, JsonNode> MODELS = new ConcurrentHashMap<>();

    /** Real models and the operations whose closures are cut from them: recursion, unions, XML, big shapes. */
    static final Map<String, List<String>> SLICES = Map.of(
            "dynamodb.json", List.of("PutItem", "ExecuteStatement", "TransactWriteItems"),
            "sagemaker-latest.json",
            List.of("SearchTrainingPlanOfferings", "CreateTrainingJob", "CreateEndpointConfig"),
            "s3.json", List.of("PutObject", "GetBucketLifecycleConfiguration", "ListObjectsV2"),
            "lambda.json", List.of("CreateFunction", "InvokeWithResponseStream"),
            "ec2.json", List.of("DescribeInstances", "CreateLaunchTemplate"));

    private SpecCorpus() {}

    /** A named spec text. */
    record Entry(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    static List<Entry> repositorySpecs() {
        try (var files = Files.list(TestPaths.root().resolve("spec"))) {
            List<Entry> out = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(new Entry(p.getFileName().toString(), Files.readAllBytes(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One slice per model and operation; empty when the shared models are absent. */
    static List<Entry> awsSlices() {
        if (TestPaths.awsModels().isEmpty()) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        SLICES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            JsonNode model = model(TestPaths.awsModels().get().resolve(e.getKey()));
            for (String operation : e.getValue()) {
                out.add(new Entry(e.getKey() + "#" + operation,
                        SpecMutation.write(slice(model, operation))));
            }
        });
        return out;
    }

    private static JsonNode model(Path path) {
        return MODELS.computeIfAbsent(path, p -> {
            try {
                return JSON.readTree(p.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The model's metadata, one operation and every shape it reaches, in model order. */
    static ObjectNode slice(JsonNode model, String operation) {
        JsonNode op = model.path("operations").get(operation);
        if (op == null) {
            throw new IllegalArgumentException("no operation " + operation + " in the model");
        }
        Deque<String> todo = new ArrayDeque<>();
        for (JsonNode ref : List.of(op.path("input"), op.path("output"))) {
            if (ref.path("shape").isTextual()) {
                todo.add(ref.path("shape").textValue());
            }
        }
        op.path("errors").forEach(e -> todo.add(e.path("shape").asText()));
        JsonNode shapes = model.path("shapes");
        Set<String> reached = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            JsonNode shape = shapes.get(name);
            if (shape == null || !reached.add(name)) {
                continue;
            }
            shape.path("members").forEach(m -> todo.push(m.path("shape").asText()));
            for (String child : List.of("member", "key", "value")) {
                if (shape.path(child).path("shape").isTextual()) {
                    todo.push(shape.path(child).path("shape").textValue());
                }
            }
        }
        ObjectNode out = JSON.createObjectNode();
        out.set("metadata", model.path("metadata").deepCopy());
        out.putObject("operations").set(operation, op.deepCopy());
        ObjectNode sliceShapes = out.putObject("shapes");
        shapes.properties().forEach(e -> {
            if (reached.contains(e.getKey())) {
                sliceShapes.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return out;
    }
}
