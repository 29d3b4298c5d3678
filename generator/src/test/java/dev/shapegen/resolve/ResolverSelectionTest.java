package dev.shapegen.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shapegen.diag.Diagnostics;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.parse.SpecParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * --shapes and --operations select exactly what the named things reach, listed in spec order. The shapes below are
 * deliberately not in the order a walk would find them.
 */
class ResolverSelectionTest {
  private static final String SPEC = """
      {
        "operations": {
          "GetThing": {
            "input": {"shape": "GetThingRequest"},
            "output": {"shape": "GetThingResponse"},
            "errors": [{"shape": "NotFound"}]
          },
          "Other": {"input": {"shape": "OtherRequest"}},
          "Ping": {}
        },
        "shapes": {
          "Unused": {"type": "structure", "members": {}},
          "GetThingResponse": {"type": "structure", "members": {"Thing": {"shape": "Thing"}}},
          "Thing": {"type": "structure", "members": {
            "Tags": {"shape": "TagMap"},
            "Parts": {"shape": "PartList"},
            "Parent": {"shape": "Thing"},
            "Status": {"shape": "Status"}
          }},
          "TagMap": {"type": "map", "key": {"shape": "TagKey"}, "value": {"shape": "TagValue"}},
          "TagKey": {"type": "string"},
          "TagValue": {"type": "string"},
          "PartList": {"type": "list", "member": {"shape": "Part"}},
          "Part": {"type": "structure", "members": {"Owner": {"shape": "Thing"}, "Size": {"shape": "Long"}}},
          "Long": {"type": "long"},
          "Status": {"type": "string", "enum": ["On", "Off"]},
          "GetThingRequest": {"type": "structure", "members": {"Id": {"shape": "Id"}}},
          "Id": {"type": "string"},
          "NotFound": {"type": "structure", "exception": true, "members": {"Message": {"shape": "ErrorMessage"}}},
          "ErrorMessage": {"type": "string"},
          "OtherRequest": {"type": "structure", "members": {"Next": {"shape": "Unused2"}}},
          "Unused2": {"type": "structure", "members": {}}
        }
      }
      """;

  /** Everything Thing reaches, in spec order. */
  private static final List<String> THING_CLOSURE =
      List.of("Thing", "TagMap", "TagKey", "TagValue", "PartList", "Part", "Long", "Status");

  private static List<String> select(List<String> shapes, List<String> operations) {
    Diagnostics diagnostics = new Diagnostics();
    ServiceModel model = SpecParser.parse("spec.json", SPEC.getBytes(StandardCharsets.UTF_8), diagnostics)
        .orElseThrow();
    // Recursion (Thing -> Thing, Thing -> Part -> Thing) must not make the walk loop.
    ResolvedModel resolved = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> Resolver.resolve(model, shapes, operations, diagnostics));
    assertFalse(diagnostics.hasErrors(), () -> diagnostics.all().toString());
    return List.copyOf(resolved.selected());
  }

  private static List<String> allShapes() {
    Diagnostics diagnostics = new Diagnostics();
    return List.copyOf(SpecParser.parse("spec.json", SPEC.getBytes(StandardCharsets.UTF_8), diagnostics)
        .orElseThrow().shapes().keySet());
  }

  @Test
  void emptySelectionSelectsEveryShapeInSpecOrder() {
    assertEquals(allShapes(), select(List.of(), List.of()));
    assertEquals(16, allShapes().size());
  }

  @Test
  void shapeSelectionFollowsMembersListsAndMapsThroughRecursion() {
    assertEquals(THING_CLOSURE, select(List.of("Thing"), List.of()));
  }

  @Test
  void shapeSelectionStartingInsideACycleGivesTheSameClosure() {
    // Part -> Thing -> PartList -> Part: where the walk starts does not change what it reaches or the order.
    assertEquals(THING_CLOSURE, select(List.of("Part"), List.of()));
    assertEquals(THING_CLOSURE, select(List.of("PartList"), List.of()));
  }

  @Test
  void mapSelectionIncludesKeyAndValueShapes() {
    assertEquals(List.of("TagMap", "TagKey", "TagValue"), select(List.of("TagMap"), List.of()));
  }

  @Test
  void leafSelectionIsJustTheLeaf() {
    assertEquals(List.of("Id"), select(List.of("Id"), List.of()));
  }

  @Test
  void selectionIsInSpecOrderNotInTheOrderNamed() {
    assertEquals(List.of("TagKey", "Id"), select(List.of("Id", "TagKey"), List.of()));
  }

  @Test
  void namingAShapeTwiceSelectsItOnce() {
    assertEquals(List.of("Id"), select(List.of("Id", "Id"), List.of()));
  }

  @Test
  void operationSelectionIsInputOutputAndErrorsWithTheirClosure() {
    List<String> expected = List.of("GetThingResponse", "Thing", "TagMap", "TagKey", "TagValue", "PartList",
        "Part", "Long", "Status", "GetThingRequest", "Id", "NotFound", "ErrorMessage");
    assertEquals(expected, select(List.of(), List.of("GetThing")));
  }

  @Test
  void operationWithoutInputOrOutputSelectsNothing() {
    assertEquals(List.of(), select(List.of(), List.of("Ping")));
  }

  @Test
  void shapesAndOperationsCombine() {
    assertEquals(List.of("Unused", "OtherRequest", "Unused2"), select(List.of("Unused"), List.of("Other")));
  }

  @Test
  void generatedShapesAreTheSelectedRecordsEnumsAndUnionsOnly() {
    Diagnostics diagnostics = new Diagnostics();
    ServiceModel model = SpecParser.parse("spec.json", SPEC.getBytes(StandardCharsets.UTF_8), diagnostics)
        .orElseThrow();
    ResolvedModel resolved = Resolver.resolve(model, List.of("Thing"), List.of(), diagnostics);
    // Lists, maps, plain strings and numbers become Java library types, not generated ones.
    assertEquals(List.of("Thing", "Part", "Status"),
        resolved.generatedShapes().stream().map(s -> s.name()).toList());
  }
}
