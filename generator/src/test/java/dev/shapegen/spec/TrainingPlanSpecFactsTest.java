package dev.shapegen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written Training Plan spec must state exactly the facts of the real SageMaker model
 * (only the documentation text is our own), so that generator tests built on it stay truthful.
 */
class TrainingPlanSpecFactsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> OPERATIONS =
      List.of("DescribeTrainingPlan", "ListTrainingPlans", "SearchTrainingPlanOfferings");
  private static final String UPDATED_ENUM = "ReservedCapacityInstanceType";
  private static final String ADDED_VALUE = "ml.trn1.32xlarge";

  @ParameterizedTest
  @ValueSource(strings = {"2025-01-15", "2025-01-16"})
  void specStatesTheFactsOfTheRealModel(String date) throws IOException {
    Path models = shared().resolve("aws-models");
    assumeTrue(Files.isDirectory(models), models + " not found: skipping");
    JsonNode real = read(models.resolve("sagemaker-" + date + ".json"));
    JsonNode spec = read(root().resolve("spec/training-plans-" + date + ".json"));

    assertEquals(List.of("version", "metadata", "operations", "shapes", "documentation"), keys(spec));
    assertEquals(real.get("version"), spec.get("version"));
    assertEquals(real.get("metadata"), spec.get("metadata"));
    assertTrue(spec.get("documentation").isTextual());

    assertEquals(OPERATIONS, keys(spec.get("operations")));
    for (String op : OPERATIONS) {
      JsonNode specOp = spec.get("operations").get(op);
      assertTrue(specOp.path("documentation").isTextual(), op + " needs documentation");
      assertEquals(stripDocs(real.get("operations").get(op)), stripDocs(specOp), op);
    }

    // Same names, in the order the real model lists them.
    List<String> expected = new ArrayList<>();
    Set<String> closure = closure(real);
    real.get("shapes").fieldNames().forEachRemaining(n -> { if (closure.contains(n)) expected.add(n); });
    assertEquals(expected, keys(spec.get("shapes")));

    for (String name : expected) {
      JsonNode realShape = real.get("shapes").get(name);
      JsonNode specShape = spec.get("shapes").get(name);
      assertEquals(stripDocs(realShape), stripDocs(specShape), name);
      // ObjectNode equality ignores key order, so order is checked separately.
      assertEquals(stripDocs(realShape).toString(), stripDocs(specShape).toString(), name + " key order");
      assertEquals(keys(realShape.path("members")), keys(specShape.path("members")), name + " members");
      assertEquals(realShape.path("enum"), specShape.path("enum"), name + " enum");
      assertEquals(docPaths(realShape, ""), docPaths(specShape, ""), name + " documented keys");
    }
  }

  @Test
  void versionsDifferOnlyByTheAddedEnumValue() throws IOException {
    JsonNode before = read(root().resolve("spec/training-plans-2025-01-15.json"));
    JsonNode after = read(root().resolve("spec/training-plans-2025-01-16.json"));
    List<String> beforeValues = values(before.get("shapes").get(UPDATED_ENUM).get("enum"));
    List<String> afterValues = values(after.get("shapes").get(UPDATED_ENUM).get("enum"));
    assertFalse(beforeValues.contains(ADDED_VALUE));
    assertTrue(afterValues.contains(ADDED_VALUE));

    ObjectNode reverted = after.deepCopy();
    ArrayNode values = (ArrayNode) reverted.get("shapes").get(UPDATED_ENUM).get("enum");
    values.remove(afterValues.indexOf(ADDED_VALUE));
    // Compared piece by piece (as text, so key order counts) to keep failure messages short.
    assertEquals(keys(before), keys(reverted));
    assertEquals(keys(before.get("shapes")), keys(reverted.get("shapes")));
    for (String key : keys(before)) {
      if (key.equals("shapes")) continue;
      assertEquals(before.get(key).toString(), reverted.get(key).toString(), key);
    }
    for (String name : keys(before.get("shapes"))) {
      assertEquals(before.get("shapes").get(name).toString(),
          reverted.get("shapes").get(name).toString(), name);
    }
  }

  /** Shapes reachable from the operations' input, output and errors. */
  private static Set<String> closure(JsonNode model) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> pending = new ArrayList<>();
    for (String op : OPERATIONS) {
      JsonNode operation = model.get("operations").get(op);
      for (String key : List.of("input", "output")) {
        if (operation.has(key)) pending.add(operation.get(key).get("shape").asText());
      }
      operation.path("errors").forEach(e -> pending.add(e.get("shape").asText()));
    }
    while (!pending.isEmpty()) {
      String name = pending.remove(pending.size() - 1);
      if (!seen.add(name)) continue;
      JsonNode shape = model.get("shapes").get(name);
      for (String key : List.of("member", "key", "value")) {
        if (shape.has(key)) pending.add(shape.get(key).get("shape").asText());
      }
      shape.path("members").forEach(m -> pending.add(m.get("shape").asText()));
    }
    return seen;
  }

  /** A copy without any documentation text, at any depth. */
  private static JsonNode stripDocs(JsonNode node) {
    JsonNode copy = node.deepCopy();
    removeDocs(copy);
    return copy;
  }

  private static void removeDocs(JsonNode node) {
    if (node instanceof ObjectNode object && object.path("documentation").isTextual()) {
      object.remove("documentation");
    }
    node.forEach(TrainingPlanSpecFactsTest::removeDocs);
  }

  /** Where documentation strings sit, so none is dropped or invented. */
  private static List<String> docPaths(JsonNode node, String path) {
    List<String> paths = new ArrayList<>();
    if (node.isObject()) {
      if (node.path("documentation").isTextual()) paths.add(path);
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        paths.addAll(docPaths(node.get(key), path + "/" + key));
      }
    }
    return paths;
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> values(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static JsonNode read(Path file) throws IOException {
    return MAPPER.readTree(file.toFile());
  }

  private static Path root() {
    String configured = System.getProperty("shapegen.root");
    if (configured != null) return Path.of(configured);
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("spec")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no directory with spec/ and pom.xml above the working directory");
  }

  private static Path shared() {
    String configured = System.getProperty("shapegen.shared");
    return configured != null ? Path.of(configured) : root().resolve("../shared").normalize();
  }
}
