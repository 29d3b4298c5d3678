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
  void httpBoundMemberGivesItsPropertyToTheBodyMemberWhoseWireNameItIs() {
    // API Gateway's PutIntegrationRequest: the body's httpMethod is integrationHttpMethod; the URI member httpMethod
    // only borrows a property, so it moves to its locationName and the body keeps its real wire name.
    NamedSpec n = NamedSpec.of("""
        "Req": {"type": "structure", "members": {
          "httpMethod": {"shape": "Str", "location": "uri", "locationName": "http_method"},
          "integrationHttpMethod": {"shape": "Str", "locationName": "httpMethod"},
          "type": {"shape": "Str"}
        }}
        """);
    assertEquals("http_method", n.table().wire("Req", "httpMethod"));
    assertEquals("httpMethod", n.table().wire("Req", "integrationHttpMethod"));
    assertEquals("type", n.table().wire("Req", "type"));
    List<Diagnostic> conflicts = n.warnings("name.wire-conflict");
    assertEquals(1, conflicts.size(), conflicts.toString());
    assertEquals("httpMethod", conflicts.get(0).location().member());
    assertTrue(conflicts.get(0).message().contains("written as http_method"), conflicts.get(0).message());
  }

  @Test
  void httpBoundMemberWhoseLocationNameIsTakenLeavesTheBodyMemberToFallBack() {
    // Nowhere to move the URI member: the earlier rule applies, and the borrowing body member keeps its own name.
    NamedSpec n = NamedSpec.of("""
        "Req": {"type": "structure", "members": {
          "httpMethod": {"shape": "Str", "location": "uri", "locationName": "verb"},
          "integrationHttpMethod": {"shape": "Str", "locationName": "httpMethod"},
          "verb": {"shape": "Str"}
        }}
        """);
    assertEquals("httpMethod", n.table().wire("Req", "httpMethod"));
    assertEquals("integrationHttpMethod", n.table().wire("Req", "integrationHttpMethod"));
    assertEquals("verb", n.table().wire("Req", "verb"));
    assertEquals(1, n.warnings("name.wire-conflict").size());
  }

  @Test
  void twoHttpBoundMembersNeverMoveToTheSameProperty() {
    // Both would move to X; the first does, the second stays and its body member falls back instead. No error.
    NamedSpec n = NamedSpec.of("""
        "Req": {"type": "structure", "members": {
          "a": {"shape": "Str", "location": "header", "locationName": "X"},
          "c": {"shape": "Str", "location": "querystring", "locationName": "X"},
          "b": {"shape": "Str", "locationName": "a"},
          "d": {"shape": "Str", "locationName": "c"}
        }}
        """);
    assertEquals("X", n.table().wire("Req", "a"));
    assertEquals("a", n.table().wire("Req", "b"));
    assertEquals("c", n.table().wire("Req", "c"));
    assertEquals("d", n.table().wire("Req", "d"));
    assertTrue(n.diagnostics().stream().noneMatch(Diagnostic::isError), n.diagnostics().toString());
    List<Diagnostic> conflicts = n.warnings("name.wire-conflict");
    assertEquals(List.of("a", "d"), conflicts.stream().map(d -> d.location().member()).toList(),
        conflicts.toString());
    assertTrue(conflicts.get(0).message().contains("body member b"), conflicts.get(0).message());
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
