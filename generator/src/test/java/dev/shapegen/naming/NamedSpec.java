package dev.shapegen.naming;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.parse.SpecParser;
import dev.shapegen.resolve.ResolvedModel;
import dev.shapegen.resolve.Resolver;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The names of a small spec, with every diagnostic found on the way. The spec lists shapes only; a plain string shape
 * {@code Str} is always added for members to refer to.
 */
record NamedSpec(NameTable table, List<Diagnostic> diagnostics) {

  static NamedSpec of(String shapes) {
    String json = "{\"shapes\": {\"Str\": {\"type\": \"string\"},\n" + shapes + "}}";
    Diagnostics diagnostics = new Diagnostics();
    ServiceModel model = SpecParser.parse("spec.json", json.getBytes(StandardCharsets.UTF_8), diagnostics)
        .orElseThrow();
    ResolvedModel resolved = Resolver.resolve(model, List.of(), List.of(), diagnostics);
    assertFalse(diagnostics.hasErrors(), () -> diagnostics.all().toString());
    NameTable table = Namer.name(resolved, "com.example", diagnostics);
    return new NamedSpec(table, diagnostics.all());
  }

  String type(String shape) {
    return table.type(shape).simpleName();
  }

  List<Diagnostic> warnings(String id) {
    return diagnostics.stream().filter(d -> d.id().equals(id)).toList();
  }

  /** The rename warning about this shape and member (member null for the shape itself); fails when there is none. */
  Diagnostic renamed(String shape, String member) {
    return warnings("name.renamed").stream()
        .filter(d -> shape.equals(d.location().shape()))
        .filter(d -> member == null ? d.location().member() == null : member.equals(d.location().member()))
        .findFirst().orElseThrow(() -> new AssertionError("no rename warning for " + shape + "." + member
            + " in " + diagnostics));
  }
}
