package dev.shapegen.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SpecException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each kind of bad spec fails with its stable id (tools and tests match on it) and a message that helps; nothing is
 * generated. Where the diagnostics point is checked in {@link SpecPositionsTest}.
 */
class SpecDiagnosticsTest {
  private static final String FILE = "spec.json";

  private static List<Diagnostic> diagnostics(byte[] bytes, String packageName, List<String> shapes,
      List<String> operations) {
    GenerationRequest request =
        new GenerationRequest(Path.of(FILE), Path.of("out"), packageName, shapes, operations);
    SpecException e = assertThrows(SpecException.class, () -> Generator.emit(FILE, bytes, request));
    assertFalse(e.diagnostics().isEmpty());
    return e.diagnostics();
  }

  private static List<Diagnostic> diagnostics(String json) {
    return diagnostics(json.getBytes(StandardCharsets.UTF_8), "com.example", List.of(), List.of());
  }

  /** The one error of a spec, which must have the given id. */
  private static Diagnostic only(String json, String id) {
    List<Diagnostic> errors = diagnostics(json).stream().filter(Diagnostic::isError).toList();
    assertEquals(List.of(id), errors.stream().map(Diagnostic::id).toList(), () -> errors.toString());
    assertEquals(FILE, errors.get(0).location().file());
    return errors.get(0);
  }

  private static List<String> ids(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::id).toList();
  }

  @Test
  void aSmithyModelIsOneErrorThatSaysWhichFileToGive() {
    Diagnostic d = only("{\n  \"smithy\": \"2.0\",\n  \"shapes\": {\"a.b#Thing\": {\"type\": \"structure\", "
        + "\"members\": {\"n\": {\"target\": \"smithy.api#String\"}}}, \"a.b#Svc\": {\"type\": \"service\"}}\n}",
        "spec.smithy");
    assertEquals(2, d.location().line());
    assertTrue(d.message().startsWith("this is a Smithy model (its JSON form, \"smithy\": \"2.0\"); shapegen reads "
        + "the AWS JSON service model (the service-2.json layout"), d.message());
  }

  @Test
  void emptyFileIsJsonEmpty() {
    Diagnostic d = only("", "json.empty");
    assertEquals(1, d.location().line());
  }

  @Test
  void fileWithOnlyWhitespaceIsJsonEmpty() {
    only("  \n\t\n", "json.empty");
  }

  @Test
  void truncatedFileIsJsonSyntaxWithoutParserInternals() {
    Diagnostic d = only("{\n  \"shapes\": {\n", "json.syntax");
    assertTrue(d.location().line() >= 2, d.render());
    assertTrue(d.message().contains("end-of-input"), d.message());
    // The parser's own source description means nothing to someone editing the spec.
    assertFalse(d.message().contains("REDACTED") || d.message().contains("StreamReadFeature"), d.message());
  }

  @Test
  void duplicateJsonKeyIsJsonSyntaxOnItsLine() {
    String text = """
        {
          "shapes": {
            "A": {"type": "string"},
            "A": {"type": "integer"}
          }
        }
        """;
    Diagnostic d = only(text, "json.syntax");
    assertTrue(d.message().contains("Duplicate field 'A'"), d.message());
    assertEquals(4, d.location().line());
  }

  @Test
  void invalidUtf8IsAnEncodingOrSyntaxError() {
    byte[] bytes = {'{', '"', 's', 'h', 'a', 'p', 'e', 's', '"', ':', ' ', '"', (byte) 0xC3, '(', '"', '}'};
    List<Diagnostic> all = diagnostics(bytes, "com.example", List.of(), List.of());
    assertEquals(1, all.size(), all.toString());
    assertTrue(Set.of("json.encoding", "json.syntax").contains(all.get(0).id()), all.toString());
    assertTrue(all.get(0).message().contains("UTF-8"), all.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "42", "\"spec\"", "null", "true"})
  void rootThatIsNotAnObjectIsSpecRoot(String json) {
    Diagnostic d = only(json, "spec.root");
    assertEquals(1, d.location().line());
    assertEquals(1, d.location().column());
  }

  @Test
  void shapeThatIsNotAnObjectIsShapeNotObject() {
    Diagnostic d = only("{\"shapes\": {\"Name\": \"string\"}}", "shape.not-object");
    assertEquals("Name", d.location().shape());
  }

  @Test
  void unknownShapeTypeListsTheValidTypes() {
    Diagnostic d = only("{\"shapes\": {\"Odd\": {\"type\": \"strucutre\"}}}", "shape.type-unknown");
    assertTrue(d.message().contains("\"strucutre\""), d.message());
    assertTrue(d.message().contains("structure, list, map, string"), d.message());
  }

  @Test
  void wrongJsonTypeOfAFieldIsFieldType() {
    Diagnostic d = only("{\"shapes\": {\"Name\": {\"type\": \"string\", \"min\": \"x\"}}}", "field.type");
    assertEquals("/shapes/Name/min", d.location().pointer());
    assertTrue(d.message().contains("\"min\" must be a number, but it is a string"), d.message());
  }

  @Test
  void malformedShapeReferenceIsQuotedButNotWhole() {
    String huge = "[" + "1234567890,".repeat(10_000) + "0]";
    Diagnostic d = only("{\"operations\": {\"Op\": {\"input\": " + huge + "}}, \"shapes\": {}}", "ref.malformed");
    assertTrue(d.message().startsWith("expected a shape reference like {\"shape\": \"Name\"}, but found [1234567890,"),
        d.message());
    assertTrue(d.message().endsWith("...") && d.message().length() < 200, d.message());
  }

  @Test
  void emptyEnumIsEnumEmpty() {
    only("{\"shapes\": {\"Color\": {\"type\": \"string\", \"enum\": []}}}", "enum.empty");
  }

  @Test
  void unionWithoutMembersIsUnionEmpty() {
    only("{\"shapes\": {\"Choice\": {\"type\": \"structure\", \"union\": true, \"members\": {}}}}", "union.empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"com.example.class", "1com.example", "com..example", "com.example-x", "com._",
      "com.example.", "com.a\u0001b", "com.a\u200bb"})
  void invalidPackageIsRequestPackageEvenWhenTheSpecIsFine(String packageName) {
    byte[] spec = "{\"shapes\": {}}".getBytes(StandardCharsets.UTF_8);
    List<Diagnostic> all = diagnostics(spec, packageName, List.of(), List.of());
    assertEquals(List.of("request.package"), ids(all));
  }

  /** Type names whose class files no file system could hold: refused before anything is written, or moved. */
  @Test
  void aTypeWhoseClassFileNameIsTooLongIsNameTooLong() {
    // Long$Builder.class: 240 + 14 = 254 bytes fits; 242 + 14 = 256 does not.
    String fits = "A".repeat(240);
    String tooLong = "B".repeat(242);
    String spec = "{\"shapes\": {\"" + fits + "\": {\"type\": \"structure\", \"members\": {}}, \"" + tooLong
        + "\": {\"type\": \"structure\", \"members\": {}}}}";
    Diagnostic d = only(spec, "name.too-long");
    assertEquals(tooLong, d.location().shape());
    assertEquals("/shapes/" + tooLong, d.location().pointer());
    assertTrue(d.message().contains("(256 bytes)") && d.message().contains("at most 255 bytes in a file name")
        && d.message().endsWith("shorten the shape name by at least 1 character"), d.message());
    assertTrue(d.message().length() < 300, "the name is not repeated in full: " + d.message());
  }

  @Test
  void aUnionVariantWhoseClassFileNameIsTooLongIsNameTooLongOnTheMember() {
    String variant = "v".repeat(250);
    Diagnostic d = only("{\"shapes\": {\"Choice\": {\"type\": \"structure\", \"union\": true, \"members\": {"
        + "\"short\": {\"shape\": \"S\"}, \"" + variant + "\": {\"shape\": \"S\"}}}, \"S\": {\"type\": \"string\"}}}",
        "name.too-long");
    assertEquals("Choice", d.location().shape());
    assertEquals(variant, d.location().member());
    assertTrue(d.message().startsWith("member " + "v".repeat(40) + "... of union Choice gives the class file "
        + "Choice$Vvvv"), d.message());
  }

  @Test
  void aPackageSegmentTooLongForAFolderIsRequestPackage() {
    List<Diagnostic> all = diagnostics("{\"shapes\": {}}".getBytes(StandardCharsets.UTF_8),
        "com." + "x".repeat(256), List.of(), List.of());
    assertEquals(List.of("request.package"), ids(all));
    assertTrue(all.get(0).message().contains("longer than the 255 bytes"), all.get(0).message());
  }

  /** Packages the JDK owns pass the syntax but could never compile or load: refused before anything is written. */
  @ParameterizedTest
  @CsvSource({"java, reserved for the JDK", "java.util, reserved for the JDK", "java.example, reserved for the JDK",
      "javax.xml, the JDK's module java.xml", "javax.net.ssl, the JDK's module java.base"})
  void aPackageOfTheJdkIsRequestPackage(String packageName, String why) {
    byte[] spec = "{\"shapes\": {}}".getBytes(StandardCharsets.UTF_8);
    List<Diagnostic> all = diagnostics(spec, packageName, List.of(), List.of());
    assertEquals(List.of("request.package"), ids(all));
    assertTrue(all.get(0).message().contains(why), all.get(0).message());
    assertTrue(all.get(0).message().endsWith("such as com.example.sagemaker"), all.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"javax.example", "javaish.util", "com.example.java", "jdk", "ñame.x", "com.例え.api"})
  void packagesNearTheJdksAreFine(String packageName) {
    byte[] spec = "{\"shapes\": {\"Thing\": {\"type\": \"structure\", \"members\": {}}}}"
        .getBytes(StandardCharsets.UTF_8);
    GenerationRequest request = new GenerationRequest(Path.of(FILE), Path.of("out"), packageName, List.of(),
        List.of());
    assertTrue(Generator.emit(FILE, spec, request).records() == 1, packageName);
  }

  /** A first segment named like a variable of generated code would be hidden by it where a type is qualified. */
  @ParameterizedTest
  @CsvSource({"v.example, v, the name of a variable", "value.example.api, value, the name of a variable",
      "p, p, the name of a variable", "$tmp.x, $tmp, a leading $"})
  void aPackageStartingWithAGeneratedVariableIsRequestPackage(String packageName, String root, String why) {
    byte[] spec = "{\"shapes\": {}}".getBytes(StandardCharsets.UTF_8);
    List<Diagnostic> all = diagnostics(spec, packageName, List.of(), List.of());
    assertEquals(List.of("request.package"), ids(all));
    String message = all.get(0).message();
    assertTrue(message.contains("starts with " + root + ", ") && message.contains(why), message);
    assertTrue(message.endsWith("such as com.example.sagemaker"), message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"values.example", "vx", "com.example.v", "com.value"})
  void packagesWhoseFirstSegmentIsNoVariableAreFine(String packageName) {
    packagesNearTheJdksAreFine(packageName);
  }

  /** An empty name in a selection is named as such, with a name from the spec to show what one looks like. */
  @Test
  void anEmptySelectedNameIsSelectEmptyName() {
    byte[] spec = """
        {"operations": {"GetThing": {}}, "shapes": {"Thing": {"type": "structure", "members": {}}}}
        """.getBytes(StandardCharsets.UTF_8);
    List<Diagnostic> all = diagnostics(spec, "com.example", List.of("Thing", ""), List.of(""));
    assertEquals(List.of("select.empty-name", "select.empty-name"), ids(all));
    assertTrue(all.get(0).message().startsWith("the shape selection holds an empty name"), all.get(0).message());
    assertTrue(all.get(0).message().contains("such as Thing,"), all.get(0).message());
    assertTrue(all.get(1).message().contains("operations such as GetThing,"), all.get(1).message());
  }

  @Test
  void selectingUnknownShapesAndOperationsNamesThemWithSuggestions() {
    byte[] spec = """
        {"operations": {"GetThing": {}}, "shapes": {"Thing": {"type": "structure", "members": {}}}}
        """.getBytes(StandardCharsets.UTF_8);
    List<Diagnostic> all = diagnostics(spec, "com.example", List.of("Thin"), List.of("GetThin"));
    assertEquals(List.of("select.unknown-shape", "select.unknown-operation"), ids(all));
    assertTrue(all.get(0).message().contains("did you mean Thing?"), all.get(0).message());
    assertTrue(all.get(1).message().contains("did you mean GetThing?"), all.get(1).message());
  }

  @Test
  void exceptionIsAnExpectedOutcomeWithEveryErrorInItsMessage() {
    byte[] spec = "{\"shapes\": {\"A\": {\"type\": \"list\"}, \"B\": {\"type\": \"map\"}}}"
        .getBytes(StandardCharsets.UTF_8);
    GenerationRequest request = GenerationRequest.all(Path.of(FILE), Path.of("out"), "com.example");
    SpecException e = assertThrows(SpecException.class, () -> Generator.emit(FILE, spec, request));
    // A list needs a member, a map a key and a value: three errors.
    assertEquals(List.of("shape.list-member", "shape.map-key", "shape.map-value"), ids(e.diagnostics()));
    assertTrue(e.getMessage().startsWith("3 errors in the spec"), e.getMessage());
    assertEquals(4, e.getMessage().lines().count(), e.getMessage());
    // Bad input is not a crash: no stack trace to print.
    assertEquals(0, e.getStackTrace().length);
  }
}
