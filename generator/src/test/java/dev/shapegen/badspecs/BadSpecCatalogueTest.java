package dev.shapegen.badspecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.cli.Main;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.SourceLocation;
import dev.shapegen.diag.SpecException;
import dev.shapegen.testing.TestPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad spec, each with the errors it must give: id, line:column, JSON pointer, shape, member, and a
 * phrase of the message that tells the reader what to do. A case is one line: a fixture in
 * {@code src/test/resources/bad-specs/<name>.json}, or an input built by {@link BuiltSpecs}. Each case runs the
 * command line over a previous good generation and must leave that output exactly as it was.
 */
class BadSpecCatalogueTest {
  private static final Path FIXTURES = TestPaths.root().resolve("generator/src/test/resources/bad-specs");

  static Stream<Case> cases() {
    return Stream.of(
        fixture("empty-file", e("json.empty", "1:1", "", null, null, "the spec file is empty")),
        fixture("whitespace-only", e("json.empty", "1:1", "", null, null, "the spec file is empty")),
        fixture("not-json", e("json.syntax", "1:1", "", null, null, "not valid JSON: Unexpected character ('#'")),
        fixture("truncated", e("json.syntax", "10:71", "/shapes/Name/documentation", "Name", null,
            "ends before the JSON is complete (unexpected end-of-input inside a string); is it truncated?")),
        fixture("trailing-content", e("json.trailing", "6:1", null, null, null, "remove what follows")),
        fixture("top-level-array", e("spec.root", "1:1", "", null, null, "must be a JSON object")),
        // The operation's shapes are not reported as missing: without "shapes" that says nothing new.
        fixture("shapes-missing", e("spec.shapes", "1:1", "", null, null, "has no \"shapes\" object")),
        fixture("shapes-wrong-type", e("spec.shapes", "3:3", "/shapes", null, null, "but it is an array")),
        fixture("member-refers-to-missing-shape", e("ref.missing-shape", "7:18", "/shapes/Thing/members/Size/shape",
            "Thing", "Size", "refers to shape Sizee, which does not exist; did you mean Size?")),
        // Thing's member refers to Odd: Odd exists, it only cannot be read, so that is not a second error.
        fixture("unknown-shape-type", e("shape.type-unknown", "9:13", "/shapes/Odd/type", "Odd", null,
            "unknown type \"strucutre\"; use one of: structure, list")),
        fixture("shape-type-not-a-string", e("shape.type-unknown", "9:13", "/shapes/Odd/type", "Odd", null,
            "the \"type\" of shape Odd must be a string, but it is a number; use one of: structure, list")),
        fixture("min-greater-than-max", e("constraint.min-max", "5:7", "/shapes/Name/min", "Name", null,
            "min 10 is greater than max 1")),
        fixture("invalid-pattern", e("constraint.pattern", "5:7", "/shapes/Arn/pattern", "Arn", null,
            "not a valid regular expression: Unclosed group near index 29")),
        fixture("enum-duplicate-value", e("enum.duplicate", "8:9", "/shapes/Status/enum/2", "Status", null,
            "\"Pending\" is listed twice in Status (first at index 0); remove one")),
        fixture("enum-empty", e("enum.empty", "5:7", "/shapes/Status/enum", "Status", null, "list at least one")),
        fixture("required-not-a-member", e("required.unknown-member", "5:7", "/shapes/Thing/required", "Thing",
            "Nmae", "not a member of Thing; members are: Name")),
        fixture("payload-not-a-member", e("payload.unknown-member", "6:7", "/shapes/GetThingResponse/payload",
            "GetThingResponse", null, "\"payload\" names Thnig, which is not a member of GetThingResponse; members "
                + "are: Thing")),
        fixture("union-without-members", e("union.empty", "3:5", "/shapes/Choice", "Choice", null,
            "needs at least one member")),
        fixture("operation-input-missing", e("operation.missing-shape", "6:17", "/operations/GetThing/input/shape",
            null, null, "input shape GetThingRequst, which does not exist; did you mean GetThingRequest?")),
        // Eleven problems in one file, every one reported in one run, in file order.
        fixture("many-problems",
            e("operation.missing-shape", "5:17", "/operations/GetThing/input/shape", null, null,
                "add it to \"shapes\" or refer to a shape that is there"),
            e("required.unknown-member", "12:7", "/shapes/Thing/required", "Thing", "Colour", "names Colour"),
            e("ref.missing-shape", "15:18", "/shapes/Thing/members/Size/shape", "Thing", "Size", "did you mean Size?"),
            e("constraint.min-max", "21:32", "/shapes/Name/min", "Name", null, "min 5 is greater than max 2"),
            e("constraint.pattern", "21:52", "/shapes/Name/pattern", "Name", null, "Unclosed character class"),
            e("field.type", "22:33", "/shapes/Size/min", "Size", null, "\"min\" must be a number, but it is a string"),
            e("enum.duplicate", "23:56", "/shapes/Status/enum/2", "Status", null, "\"on\" is listed twice"),
            e("enum.empty", "24:33", "/shapes/Empty/enum", "Empty", null, "lists no values"),
            e("shape.type-unknown", "25:13", "/shapes/Odd/type", "Odd", null, "unknown type \"strucutre\""),
            e("union.empty", "26:5", "/shapes/Choice", "Choice", null, "union Choice has no members"),
            e("shape.list-member", "27:5", "/shapes/Names", "Names", null, "a list needs a \"member\"")),
        built("latin-1", BuiltSpecs::latin1, e("json.encoding", "5:45", "/shapes/Drink/documentation", "Drink", null,
            "byte 0xE9 (at byte offset 99) is not valid UTF-8; the file seems to be saved in another encoding")),
        built("windows-1252", BuiltSpecs::windows1252, e("json.encoding", "5:28", "/shapes/Drink/documentation",
            "Drink", null, "byte 0x93 (at byte offset 82) is not valid UTF-8")),
        built("utf-16-big-endian-with-bom", BuiltSpecs::utf16BigEndianWithBom, e("json.encoding", "1:1", null, null,
            null, "the spec is UTF-16 (big-endian, with a byte order mark), not UTF-8; save the file as UTF-8")),
        built("utf-16-little-endian-with-bom", BuiltSpecs::utf16LittleEndianWithBom, e("json.encoding", "1:1", null,
            null, null, "the spec is UTF-16 (little-endian, with a byte order mark), not UTF-8")),
        built("utf-16-without-bom", BuiltSpecs::utf16LittleEndianWithoutBom, e("json.encoding", "1:1", null, null,
            null, "the spec is UTF-16 or UTF-32 (it starts with NUL bytes), not UTF-8")),
        built("200-mb", BuiltSpecs::twoHundredMegabytes, e("spec.too-large", "1:1", "", null, null,
            "MiB; shapegen reads specs of up to 32 MiB (the largest AWS model, ec2, is about 4 MiB)")),
        built("too-many-values", BuiltSpecs::tooManyValues, e("spec.too-large", "1:4000002", "/x/1999997", null,
            null, "the spec has more than 2,000,000 JSON tokens")),
        built("structure-too-wide", BuiltSpecs::structureTooWide, e("shape.too-many-members", "3:35",
            "/shapes/Wide/members", "Wide", null, "has 254 members; a Java record holds at most 253")),
        built("nested-arrays", BuiltSpecs::nestedArrays, e("json.too-deep", "1:101", "/0/0/0/0", null, null,
            "the JSON nests deeper than 100 levels here, inside /0/0/0/0")),
        built("nested-objects", BuiltSpecs::nestedObjects, e("json.too-deep", "1:501", "/a/a/a/a", null, null,
            "look for unbalanced or runaway brackets")),
        built("nested-arrays-in-a-shape", BuiltSpecs::nestedArraysInAShape, e("json.too-deep", "3:134",
            "/shapes/Name/x/0", "Name", null, "inside /shapes/Name/x/0")));
  }

  /** The spec of the previous, successful generation that each bad spec must leave untouched. */
  private static final String GOOD_SPEC = """
      {
        "shapes": {
          "Thing": {"type": "structure", "required": ["Name"], "members": {
            "Name": {"shape": "Name"},
            "Status": {"shape": "Status"}
          }},
          "Name": {"type": "string", "min": 1},
          "Status": {"type": "string", "enum": ["on", "off"]}
        }
      }
      """;

  private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badSpecFailsWithEveryErrorInPlaceAndLeavesThePreviousOutputAsItWas(Case c, @TempDir Path dir)
      throws IOException {
    Path spec = dir.resolve("spec.json");
    Path output = dir.resolve("out");
    Files.writeString(spec, GOOD_SPEC);
    assertEquals(0, generate(spec, output).exitCode(), "the good generation the bad spec must not disturb");
    OutputSnapshot.age(output, OLD);
    OutputSnapshot before = OutputSnapshot.of(output);

    FileTime seeded = Files.getLastModifiedTime(spec);
    c.input().writeTo(spec);
    // An edit a minute later: the state's quick check (size and time) must not take it for the spec it has seen.
    Files.setLastModifiedTime(spec, FileTime.fromMillis(seeded.toMillis() + 60_000));
    long start = System.nanoTime();
    Run cli = generate(spec, output);
    System.out.printf("bad spec %s (%,d bytes): exit %d in %d ms%n", c.name(), Files.size(spec), cli.exitCode(),
        (System.nanoTime() - start) / 1_000_000);

    assertEquals(1, cli.exitCode(), cli.out() + cli.err());
    assertEquals("", cli.out());
    assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), "no stack trace: " + cli.err());
    before.assertUnchanged(OutputSnapshot.of(output));

    Path apiOutput = dir.resolve("api-out");
    SpecException thrown = assertThrows(SpecException.class,
        () -> Generator.generate(GenerationRequest.all(spec, apiOutput, "com.example")));
    List<Diagnostic> errors = thrown.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(c.expected().stream().map(Expected::summary).toList(),
        errors.stream().map(BadSpecCatalogueTest::summary).toList(), () -> render(errors));
    for (int i = 0; i < errors.size(); i++) {
      Diagnostic d = errors.get(i);
      assertEquals(spec.toString(), d.location().file(), d.render());
      assertTrue(d.message().contains(c.expected().get(i).says()), d.render());
      for (String internal : List.of("Exception", "[Source:", "StreamReadConstraints", "VALUE_", "com.fasterxml")) {
        assertFalse(d.message().contains(internal), "parser internals in: " + d.render());
      }
    }
    assertFalse(Files.exists(apiOutput), "nothing is written for a bad spec");

    // The command line printed exactly these errors, one line each, and the count.
    List<String> lines = new ArrayList<>(errors.stream().map(Diagnostic::render).toList());
    lines.add("shapegen: " + errors.size() + (errors.size() == 1 ? " error" : " errors")
        + " in the spec; nothing was written. Fix the spec and run again.");
    assertEquals(lines, cli.err().lines().toList());
  }

  @Test
  void everyFixtureFileHasItsCaseAndEveryFixtureCaseItsFile() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(FIXTURES)) {
      list.forEach(p -> files.add(p.getFileName().toString()));
    }
    Set<String> declared = new TreeSet<>(cases().filter(c -> c.input() instanceof Fixture)
        .map(c -> c.name() + ".json").toList());
    assertEquals(declared, files);
  }

  /** One expected error: where it is, and a phrase its message must contain. */
  record Expected(String id, String position, String pointer, String shape, String member, String says) {
    String summary() {
      return id + " at " + position + " pointer " + pointer + " shape " + shape + " member " + member;
    }
  }

  interface Input {
    void writeTo(Path file) throws IOException;
  }

  /** A stored fixture, copied byte for byte. */
  record Fixture(String name) implements Input {
    @Override
    public void writeTo(Path file) throws IOException {
      Files.write(file, Files.readAllBytes(FIXTURES.resolve(name + ".json")));
    }
  }

  record Case(String name, Input input, List<Expected> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case fixture(String name, Expected... expected) {
    return new Case(name, new Fixture(name), List.of(expected));
  }

  private static Case built(String name, Input input, Expected... expected) {
    return new Case(name, input, List.of(expected));
  }

  private static Expected e(String id, String position, String pointer, String shape, String member, String says) {
    return new Expected(id, position, pointer, shape, member, says);
  }

  private static String summary(Diagnostic d) {
    SourceLocation l = d.location();
    return new Expected(d.id(), l.line() + ":" + l.column(), l.pointer(), l.shape(), l.member(), null).summary();
  }

  private static String render(List<Diagnostic> diagnostics) {
    return String.join("\n", diagnostics.stream().map(Diagnostic::render).toList());
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run generate(Path spec, Path output) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"generate", "--spec", spec.toString(), "--output", output.toString(),
        "--package", "com.example"}, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }
}
