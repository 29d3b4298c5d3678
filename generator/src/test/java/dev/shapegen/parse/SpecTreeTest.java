package dev.shapegen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
  /** The mapper the spec used to be read with: on the spec's own factory, so with its limits and strictness. */
  private static final ObjectMapper ON_SPEC_FACTORY = JsonMapper.builder(SpecJson.JSON).build();

  private static JsonNode read(byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics();
    JsonNode tree = SpecJson.read("spec.json", bytes, diagnostics);
    assertEquals(List.of(), diagnostics.all());
    assertNotNull(tree);
    return tree;
  }

  /**
   * The pointer of the first place where the trees differ (node class, value, members or their order), or "" when
   * they are the same. {@code ObjectNode.equals} ignores the order of members, and the model keeps it.
   */
  private static String difference(String at, JsonNode expected, JsonNode actual) {
    if (expected.getClass() != actual.getClass()) {
      return at + " (" + expected.getClass().getSimpleName() + " against " + actual.getClass().getSimpleName() + ")";
    }
    if (expected.isObject()) {
      if (!names(expected).equals(names(actual))) {
        return at + " (members or their order)";
      }
      for (String name : names(expected)) {
        String d = difference(at + "/" + name, expected.get(name), actual.get(name));
        if (!d.isEmpty()) {
          return d;
        }
      }
      return "";
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return at + " (" + expected.size() + " items against " + actual.size() + ")";
      }
      for (int i = 0; i < expected.size(); i++) {
        String d = difference(at + "/" + i, expected.get(i), actual.get(i));
        if (!d.isEmpty()) {
          return d;
        }
      }
      return "";
    }
    return expected.equals(actual) ? "" : at + " (" + expected + " against " + actual + ")";
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
         "arr": [1, "two", [3.0, [], {}], {"k": [null]}], "o": {"z": 1, "a": {"y": [], "b": {}}},
         "documentation": "<p>Caf\u00e9 \u2013 \u00fcber</p>"}
        """;
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    JsonNode tree = read(bytes);
    assertEquals("", difference("", MAPPER.readTree(bytes), tree));
    assertInstanceOf(IntNode.class, tree.get("maxInt"));
    assertInstanceOf(LongNode.class, tree.get("long"));
    assertInstanceOf(BigIntegerNode.class, tree.get("big"));
    assertInstanceOf(DoubleNode.class, tree.get("exp"));
  }

  @Test
  void scalarAndArrayRootsReadAsReadTreeReadsThem() throws IOException {
    for (String json : List.of("[]", "[1, {\"a\": 2}]", "\"text\"", "42", "true", "null", "  {}  ")) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      assertEquals("", difference("", MAPPER.readTree(bytes), read(bytes)), json);
    }
  }

  /** What reading gives, as text: the tree's shape, or the parser's exception with its message and place. */
  private static String outcome(byte[] bytes, boolean mapper) {
    try (JsonParser p = SpecJson.JSON.createParser(bytes)) {
      JsonNode tree = mapper ? ON_SPEC_FACTORY.readTree(p) : p.nextToken() == null ? null : SpecJson.tree(p);
      if (tree == null || tree.isMissingNode()) {
        return "nothing";
      }
      JsonNode expected = mapper ? tree : ON_SPEC_FACTORY.readTree(bytes);
      return "tree" + difference("", expected, tree);
    } catch (IOException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /**
   * Broken JSON fails in the same way as it did through {@code readTree}, with the same exception, message and
   * place, so the diagnostics made from them stay as they were: every truncation and every one-character deletion
   * of a small spec, and a list of classic mistakes.
   */
  @Test
  void brokenJsonFailsAsReadTreeFailsOnIt() {
    String spec = "{\"metadata\": {\"protocol\": \"json\"}, \"shapes\": {\"S\": {\"type\": \"string\", "
        + "\"max\": 64, \"enum\": [\"a\", \"b\"]}, \"N\": {\"type\": \"double\", \"min\": -1.5e3}}, "
        + "\"x\": [true, false, null, 12345678901234567890]}";
    List<String> inputs = new ArrayList<>(List.of("{\"a\": 1, \"a\": 2}", "{\"a\": {\"b\": 1, \"b\": 2}}",
        "[1,]", "{,}", "{\"a\" 1}", "{\"a\": 01}", "{\"a\": 1.}", "{\"a\": -}", "{\"a\": \"\\x\"}",
        "{\"a\": tru}", "{\"a\": nul}", "{\"a\": 1}}", "{'a': 1}", "{a: 1}", "{\"a\": NaN}", "\"open",
        "[".repeat(SpecJson.MAX_DEPTH + 1), "{\"a\": \"line\nbreak\"}", " ", ""));
    for (int i = 0; i < spec.length(); i++) {
      inputs.add(spec.substring(0, i));
      inputs.add(spec.substring(0, i) + spec.substring(i + 1));
    }
    for (String input : inputs) {
      byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
      assertEquals(outcome(bytes, true), outcome(bytes, false), input);
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
