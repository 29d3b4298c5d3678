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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Diagnostics point at their place in the file, and a spec with several problems reports all of them at once.
 * Positions are checked against the text itself: the column is where the named token starts on the given line.
 */
class SpecPositionsTest {
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

  private static Diagnostic find(List<Diagnostic> diagnostics, String id) {
    return diagnostics.stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in " + diagnostics));
  }

  /** Asserts that d points at {@code token} on {@code line} (1-based) of {@code text}. */
  private static void assertAt(Diagnostic d, String text, int line, String token) {
    String source = text.lines().toList().get(line - 1);
    assertTrue(source.contains(token), "line " + line + " is: " + source);
    assertEquals(line + ":" + (source.indexOf(token) + 1),
        d.location().line() + ":" + d.location().column(), d.render());
    assertTrue(d.render().startsWith(FILE + ":" + line + ":"), d.render());
  }

  @Test
  void notJsonIsJsonSyntaxAtTheBadToken() {
    String text = """
        {
          "shapes": nope
        }
        """;
    assertAt(only(text, "json.syntax"), text, 2, "nope");
  }

  @Test
  void trailingCommaIsJsonSyntaxAtTheCharacterAfterIt() {
    String text = """
        {
          "shapes": {
            "Name": {"type": "string",}
          }
        }
        """;
    assertAt(only(text, "json.syntax"), text, 3, "}");
  }

  @Test
  void missingShapesIsSpecShapesAtTheStartOfTheFile() {
    String text = """
        {
          "metadata": {"protocol": "json"}
        }
        """;
    assertAt(only(text, "spec.shapes"), text, 1, "{");
  }

  @Test
  void shapesThatAreNotAnObjectIsSpecShapesAtTheKey() {
    String text = """
        {
          "shapes": ["Name"]
        }
        """;
    Diagnostic d = only(text, "spec.shapes");
    assertAt(d, text, 2, "\"shapes\"");
    assertTrue(d.message().contains("an array"), d.message());
  }

  @Test
  void operationNamingAMissingInputIsOperationMissingShape() {
    String text = """
        {
          "operations": {
            "GetThing": {
              "input": {"shape": "GetThingInpt"}
            }
          },
          "shapes": {
            "GetThingInput": {"type": "structure", "members": {}}
          }
        }
        """;
    Diagnostic d = only(text, "operation.missing-shape");
    assertAt(d, text, 4, "\"shape\"");
    assertTrue(d.message().contains("did you mean GetThingInput?"), d.message());
  }

  @Test
  void malformedReferenceInAListPointsAtTheElement() {
    String text = """
        {
          "operations": {
            "GetThing": {"errors": [
              {"shape": "NotFound"},
              {"shap": "Oops"}
            ]}
          },
          "shapes": {"NotFound": {"type": "structure", "exception": true, "members": {}}}
        }
        """;
    assertAt(only(text, "ref.malformed"), text, 5, "{");
  }

  /** One spec with many problems; the line numbers below are lines of this text. */
  private static final String MANY_PROBLEMS = """
      {
        "shapes": {
          "Name": {"type": "string", "min": 5, "max": 2},
          "Code": {"type": "string", "pattern": "[a-"},
          "Color": {"type": "string", "enum": ["red", "green", "red"]},
          "Thing": {
            "type": "structure",
            "required": ["Nmae"],
            "members": {
              "Name": {"shape": "Name"},
              "Size": {"shape": "Colour"}
            }
          },
          "Odd": {"type": "strucutre"}
        }
      }
      """;

  @Test
  void specWithSeveralProblemsReportsAllOfThemAtOnce() {
    List<Diagnostic> all = diagnostics(MANY_PROBLEMS.getBytes(StandardCharsets.UTF_8), "com.example.class",
        List.of(), List.of());
    Set<String> expected = Set.of("request.package", "shape.type-unknown", "constraint.min-max",
        "constraint.pattern", "enum.duplicate", "required.unknown-member", "ref.missing-shape");
    assertEquals(expected, all.stream().map(Diagnostic::id).collect(Collectors.toSet()), all.toString());
    assertEquals(expected.size(), all.size(), all.toString());
    assertTrue(all.stream().allMatch(Diagnostic::isError));
  }

  @Test
  void eachProblemPointsAtItsPlaceInTheFile() {
    List<Diagnostic> all = diagnostics(MANY_PROBLEMS);
    assertAt(find(all, "constraint.min-max"), MANY_PROBLEMS, 3, "\"min\"");
    assertAt(find(all, "constraint.pattern"), MANY_PROBLEMS, 4, "\"pattern\"");
    // The second "red", not the first.
    Diagnostic duplicate = find(all, "enum.duplicate");
    assertEquals(5, duplicate.location().line());
    assertEquals(MANY_PROBLEMS.lines().toList().get(4).lastIndexOf("\"red\"") + 1, duplicate.location().column());
    assertAt(find(all, "required.unknown-member"), MANY_PROBLEMS, 8, "\"required\"");
    assertAt(find(all, "ref.missing-shape"), MANY_PROBLEMS, 11, "\"shape\"");
    assertAt(find(all, "shape.type-unknown"), MANY_PROBLEMS, 14, "\"type\"");
  }

  @Test
  void messagesNameTheAlternatives() {
    List<Diagnostic> all = diagnostics(MANY_PROBLEMS);
    Diagnostic required = find(all, "required.unknown-member");
    assertTrue(required.message().contains("members are: Name, Size"), required.message());
    assertEquals("Thing", required.location().shape());
    Diagnostic missing = find(all, "ref.missing-shape");
    assertTrue(missing.message().contains("did you mean Color?"), missing.message());
    assertEquals("Size", missing.location().member());
    assertTrue(missing.render().startsWith("spec.json:11:"), missing.render());
    assertTrue(missing.render().contains("[shape Thing, member Size]: error[ref.missing-shape]: "), missing.render());
    assertTrue(find(all, "constraint.min-max").message().contains("min 5 is greater than max 2"));
  }
}
