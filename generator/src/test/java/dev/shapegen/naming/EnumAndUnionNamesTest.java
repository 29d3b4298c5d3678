package dev.shapegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Enum constants and union variant names: collisions among themselves and with what shapegen generates. */
class EnumAndUnionNamesTest {

  @Test
  void enumValuesThatNormaliseToTheSameConstantGetUniqueConstantsInSpecOrder() {
    String shapes = """
        "Sep": {"type": "string", "enum": ["a-b", "a.b", "A_B", "c"]}
        """;
    NamedSpec first = NamedSpec.of(shapes);
    Map<String, String> constants = first.table().constants().get("Sep");
    assertEquals("A_B", constants.get("a-b"));
    assertEquals("A_B_2", constants.get("a.b"));
    assertEquals("A_B_3", constants.get("A_B"));
    assertEquals("C", constants.get("c"));
    assertEquals(2, first.warnings("name.renamed").size());
    assertTrue(first.warnings("name.renamed").get(0).message().contains("\"a.b\""));
    assertTrue(first.warnings("name.renamed").get(0).message().contains("already the constant of \"a-b\""));
    assertEquals("/shapes/Sep/enum/1", first.warnings("name.renamed").get(0).location().pointer());
    assertEquals("/shapes/Sep/enum/2", first.warnings("name.renamed").get(1).location().pointer());
    // Same spec, same names: the numbering does not depend on hashing.
    assertEquals(constants, NamedSpec.of(shapes).table().constants().get("Sep"));
  }

  @Test
  void enumValueUnrecognizedIsRenamedBecauseShapegenUsesThatConstant() {
    NamedSpec n = NamedSpec.of("""
        "Status": {"type": "string", "enum": ["UNRECOGNIZED", "unrecognized", "OK"]}
        """);
    Map<String, String> constants = n.table().constants().get("Status");
    assertEquals("UNRECOGNIZED_", constants.get("UNRECOGNIZED"));
    assertEquals("UNRECOGNIZED_2", constants.get("unrecognized"));
    assertEquals("OK", constants.get("OK"));
    assertEquals(2, n.warnings("name.renamed").size());
    assertTrue(n.warnings("name.renamed").get(0).location().pointer().startsWith("/shapes/Status/enum"));
  }

  @Test
  void unionVariantNamedLikeTheUnionIsRenamed() {
    // A nested type may not have the simple name of the type that encloses it.
    NamedSpec n = NamedSpec.of("""
        "Choice": {"type": "structure", "union": true, "members": {
          "Choice": {"shape": "Str"}, "choice": {"shape": "Str"}, "Other": {"shape": "Str"}
        }}
        """);
    assertEquals("Choice_", n.table().variant("Choice", "Choice"));
    assertEquals("Choice2", n.table().variant("Choice", "choice"));
    assertEquals("Other", n.table().variant("Choice", "Other"));
    n.renamed("Choice", "Choice");
    n.renamed("Choice", "choice");
  }

  @Test
  void unionVariantsNeverClashWithTheNestedUnknownEvenIgnoringCase() {
    // The union nests Unknown; Choice$UNKNOWN.class and Choice$Unknown.class are one file on
    // case-insensitive file systems.
    NamedSpec n = NamedSpec.of("""
        "Choice": {"type": "structure", "union": true, "members": {
          "Unknown": {"shape": "Str"}, "UNKNOWN": {"shape": "Str"}
        }}
        """);
    Set<String> taken = new HashSet<>(Set.of("choice", "unknown"));
    for (String m : List.of("Unknown", "UNKNOWN")) {
      String variant = n.table().variant("Choice", m);
      assertTrue(taken.add(variant.toLowerCase(Locale.ROOT)), m + " -> " + variant);
      n.renamed("Choice", m);
    }
    assertEquals("Unknown_", n.table().variant("Choice", "Unknown"));
  }
}
