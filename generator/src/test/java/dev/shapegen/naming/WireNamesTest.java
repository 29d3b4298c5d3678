package dev.shapegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON property names: {@code locationName} for body members, the member name otherwise, and the member name again
 * where two members would share one property.
 */
class WireNamesTest {

  @Test
  void wireNameIsTheLocationNameOfBodyMembersOnly() {
    NamedSpec n = NamedSpec.of("""
        "Req": {"type": "structure", "members": {
          "Body": {"shape": "Str", "locationName": "body"},
          "Header": {"shape": "Str", "location": "header", "locationName": "x-amz-header"},
          "Plain": {"shape": "Str"}
        }}
        """);
    assertEquals("body", n.table().wire("Req", "Body"));
    assertEquals("Header", n.table().wire("Req", "Header"));
    assertEquals("Plain", n.table().wire("Req", "Plain"));
    // No renames; the header member is only reported as travelling outside the JSON body.
    assertEquals(List.of("approx.http-binding"), n.diagnostics().stream().map(Diagnostic::id).toList(),
        n.diagnostics().toString());
  }

  @Test
  void duplicateLocationNamesFallBackToMemberNamesWithAWarning() {
    // XML models give a flattened list and its single-element twin one locationName; JSON cannot hold both.
    NamedSpec n = NamedSpec.of("""
        "Req": {"type": "structure", "members": {
          "Items": {"shape": "Str", "locationName": "item"},
          "Item": {"shape": "Str", "locationName": "item"},
          "Other": {"shape": "Str", "locationName": "other"}
        }}
        """);
    assertEquals("Items", n.table().wire("Req", "Items"));
    assertEquals("Item", n.table().wire("Req", "Item"));
    assertEquals("other", n.table().wire("Req", "Other"));
    List<Diagnostic> conflicts = n.warnings("name.wire-conflict");
    assertEquals(2, conflicts.size());
    assertTrue(conflicts.stream().noneMatch(Diagnostic::isError));
    assertEquals("Items", conflicts.get(0).location().member());
  }

  @Test
  void memberNamedLikeAnotherMembersLocationNameKeepsIt() {
    // "item" is the member's own name, so only the member that borrowed it through locationName falls back.
    NamedSpec n = NamedSpec.of("""
        "Req": {"type": "structure", "members": {
          "item": {"shape": "Str"},
          "Items": {"shape": "Str", "locationName": "item"}
        }}
        """);
    assertEquals("item", n.table().wire("Req", "item"));
    assertEquals("Items", n.table().wire("Req", "Items"));
    assertEquals(1, n.warnings("name.wire-conflict").size());
  }
}
