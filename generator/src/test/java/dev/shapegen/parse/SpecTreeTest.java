package dev.shapegen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The spec's tree is built straight from the parser, not by an {@code ObjectMapper}; it must be the very tree
 * {@code readTree} makes, node types included (an {@code IntNode} is not equal to a {@code LongNode} of the same
 * value), since the parser of the model asks the nodes what they are.
 */
class SpecTreeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode read(byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics();
    JsonNode tree = SpecJson.read("spec.json", bytes, diagnostics);
    assertEquals(List.of(), diagnostics.all());
    assertNotNull(tree);
    return tree;
  }

  /** The pointer of the first place where the trees differ, or "" when they are equal (models are too long to print). */
  private static String difference(String at, JsonNode expected, JsonNode actual) {
    if (expected.equals(actual)) {
      return "";
    }
    if (expected.isContainerNode() && expected.getClass() == actual.getClass() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        String name = expected.isArray() ? Integer.toString(i) : names(expected).get(i);
        JsonNode e = expected.isArray() ? expected.get(i) : expected.get(name);
        JsonNode a = expected.isArray() ? actual.get(i) : actual.get(name);
        String d = a == null ? at + "/" + name + " (missing)" : difference(at + "/" + name, e, a);
        if (!d.isEmpty()) {
          return d;
        }
      }
    }
    return at + " (" + expected.getNodeType() + " " + expected.getClass().getSimpleName() + " against "
        + actual.getClass().getSimpleName() + ")";
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void everyKindOfValueIsTheNodeReadTreeMakes() throws IOException {
    String json = """
        {"s": "text", "empty": "", "esc": "a\\"b\\\\c\\u00e9\\ud83d\\ude00\\n",
         "i": 0, "neg": -7, "maxInt": 2147483647, "minInt": -2147483648,
         "long": 2147483648, "minLong": -9223372036854775808, "big": 9223372036854775808,
         "huge": -123456789012345678901234567890,
         "f": 1.5, "exp": 1e3, "Exp": -2.5E-7, "negZero": -0.0, "zeroF": 0.0,
         "t": true, "false": false, "n": null,
         "arr": [1, "two", [3.0, [], {}], {"k": [null]}], "o": {"nested": {"deeper": {}}},
         "documentation": "<p>Caf\u00e9 \u2013 \u00fcber</p>"}
        """;
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    JsonNode tree = read(bytes);
    assertEquals(MAPPER.readTree(bytes), tree);
    assertInstanceOf(IntNode.class, tree.get("maxInt"));
    assertInstanceOf(LongNode.class, tree.get("long"));
    assertInstanceOf(BigIntegerNode.class, tree.get("big"));
    assertInstanceOf(DoubleNode.class, tree.get("exp"));
    // ObjectNode.equals ignores the order of members; the model keeps it, so check it apart.
    assertEquals(List.of("s", "empty", "esc", "i"), names(tree).subList(0, 4));
  }

  @Test
  void scalarAndArrayRootsReadAsReadTreeReadsThem() throws IOException {
    for (String json : List.of("[]", "[1, {\"a\": 2}]", "\"text\"", "42", "true", "null", "  {}  ")) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      assertEquals(MAPPER.readTree(bytes), read(bytes), json);
    }
  }

  @TestFactory
  Stream<DynamicTest> realModelsReadAsReadTreeReadsThem() throws IOException {
    Path models = TestPaths.awsModels().orElse(null);
    if (models == null) {
      return Stream.of(DynamicTest.dynamicTest("real AWS models", () -> Assumptions.assumeTrue(false,
          "../shared/aws-models not found: skipping the tests on real AWS models")));
    }
    try (Stream<Path> files = Files.list(models)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream()
          .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(f);
            assertEquals("", difference("", MAPPER.readTree(bytes), read(bytes)));
          }));
    }
  }
}
