package dev.shapegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.diag.Diagnostic;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Names of a whole run: reserved words, collisions, and a warning for every name that is not the plain one. Enum
 * constants and union variants are in {@link EnumAndUnionNamesTest}, JSON property names in {@link WireNamesTest}.
 */
class NamerTest {

  @Test
  void freeMemberNamesFollowTheRecordComponentRule() {
    Set<String> taken = new HashSet<>();
    List<String> names = List.of("Foo", "foo", "Class", "class", "ToString", "Alpha").stream()
        .map(n -> Namer.freeMemberName(n, taken)).toList();
    assertEquals(List.of("foo", "foo2", "class_", "class2", "toString_", "alpha"), names);
    assertEquals(Set.copyOf(names), taken);
  }

  @Test
  void javaKeywordsAsMemberNamesGetATrailingUnderscore() {
    NamedSpec n = NamedSpec.of("""
        "Config": {"type": "structure", "members": {
          "Default": {"shape": "Str"}, "Class": {"shape": "Str"}, "Name": {"shape": "Str"}
        }}
        """);
    assertEquals("default_", n.table().member("Config", "Default"));
    assertEquals("class_", n.table().member("Config", "Class"));
    assertEquals("name", n.table().member("Config", "Name"));
    Diagnostic d = n.renamed("Config", "Default");
    assertTrue(d.message().contains("default_") && d.message().contains("keyword"), d.message());
    assertEquals("/shapes/Config/members/Default", d.location().pointer());
    n.renamed("Config", "Class");
    assertEquals(2, n.warnings("name.renamed").size());
  }

  @Test
  void recordAndObjectMethodNamesAreNotUsedAsComponents() {
    // A component named like one of these would override or clash with a method every record or builder has.
    NamedSpec n = NamedSpec.of("""
        "Thing": {"type": "structure", "members": {
          "Notify": {"shape": "Str"}, "Wait": {"shape": "Str"}, "HashCode": {"shape": "Str"},
          "ToString": {"shape": "Str"}, "Builder": {"shape": "Str"}, "Validate": {"shape": "Str"},
          "Build": {"shape": "Str"}, "ToBuilder": {"shape": "Str"}, "GetClass": {"shape": "Str"},
          "Equals": {"shape": "Str"}
        }}
        """);
    for (String m : List.of("Notify", "Wait", "HashCode", "ToString", "Builder", "Validate", "Build", "ToBuilder",
        "GetClass", "Equals")) {
      assertEquals(NameRules.memberName(m) + "_", n.table().member("Thing", m), m);
      Diagnostic d = n.renamed("Thing", m);
      assertTrue(d.message().endsWith("because every record or builder has a method of that name"), d.message());
    }
  }

  @Test
  void restrictedIdentifiersAreNotUsedAsComponents() {
    NamedSpec n = NamedSpec.of("""
        "Thing": {"type": "structure", "members": {
          "Record": {"shape": "Str"}, "Var": {"shape": "Str"}, "Yield": {"shape": "Str"},
          "Sealed": {"shape": "Str"}, "Permits": {"shape": "Str"}
        }}
        """);
    assertEquals("record_", n.table().member("Thing", "Record"));
    assertEquals("var_", n.table().member("Thing", "Var"));
    assertEquals("yield_", n.table().member("Thing", "Yield"));
    assertEquals("sealed_", n.table().member("Thing", "Sealed"));
    assertEquals("permits_", n.table().member("Thing", "Permits"));
    assertEquals(5, n.warnings("name.renamed").size());
    // They are not keywords (in Java 17, "when" is not one at all), and the warning does not say they are.
    Diagnostic d = n.renamed("Thing", "Record");
    assertTrue(d.message().endsWith("because it is one of Java's restricted identifiers (var, record, when, ...), "
        + "which are keywords in some places"), d.message());
  }

  @Test
  void membersThatSpellTheSameGetNumberedInSpecOrder() {
    NamedSpec n = NamedSpec.of("""
        "Thing": {"type": "structure", "members": {
          "Foo": {"shape": "Str"}, "foo": {"shape": "Str"}, "FOO": {"shape": "Str"}
        }}
        """);
    assertEquals("foo", n.table().member("Thing", "Foo"));
    assertEquals("foo2", n.table().member("Thing", "foo"));
    assertEquals("foo3", n.table().member("Thing", "FOO"));
    assertTrue(n.renamed("Thing", "foo").message().contains("another member"));
    n.renamed("Thing", "FOO");
  }

  @Test
  void shapesNamedLikeJavaLangTypesKeepTheirNameAndAreAlwaysQualified() {
    NamedSpec n = NamedSpec.of("""
        "String": {"type": "structure", "members": {"Value": {"shape": "Str"}}},
        "Record": {"type": "structure", "members": {"Value": {"shape": "Str"}}},
        "Object": {"type": "structure", "members": {"Value": {"shape": "Str"}}},
        "Plain": {"type": "structure", "members": {"Value": {"shape": "Str"}}}
        """);
    assertEquals("String", n.type("String"));
    assertEquals("Record", n.type("Record"));
    assertEquals("Object", n.type("Object"));
    assertEquals(Set.of("Object", "Record", "String"), n.table().qualify());
    // Keeping the name is not a rename.
    assertTrue(n.warnings("name.renamed").isEmpty(), n.diagnostics().toString());
  }

  @Test
  void shapeNamesDifferingOnlyInCaseGetCaseInsensitivelyUniqueNames() {
    // Foo.java and FOO.java are one file on case-insensitive file systems.
    NamedSpec n = NamedSpec.of("""
        "Foo": {"type": "structure", "members": {}},
        "FOO": {"type": "structure", "members": {}},
        "foo": {"type": "structure", "members": {}}
        """);
    assertEquals("Foo", n.type("Foo"));
    assertEquals("FOO2", n.type("FOO"));
    // "Foo2" would be the same file as FOO2.java, so the next number is used.
    assertEquals("Foo3", n.type("foo"));
    Set<String> lower = new HashSet<>();
    for (String shape : List.of("Foo", "FOO", "foo")) {
      assertTrue(lower.add(n.type(shape).toLowerCase(Locale.ROOT)), shape);
    }
    assertTrue(n.renamed("FOO", null).message().contains("case"));
    n.renamed("foo", null);
  }

  @Test
  void shapeNamedLikeANestedTypeIsRenamed() {
    // Inside a record, "Builder" means the record's own builder, so a top-level Builder could not be referred to.
    NamedSpec n = NamedSpec.of("""
        "Builder": {"type": "structure", "members": {}},
        "Known": {"type": "structure", "members": {}},
        "Unknown": {"type": "structure", "members": {}},
        "Json": {"type": "structure", "members": {}}
        """);
    assertEquals("Builder_", n.type("Builder"));
    assertEquals("Known_", n.type("Known"));
    assertEquals("Unknown_", n.type("Unknown"));
    // Runtime types live in their own package, so a model type may share a runtime type's name.
    assertEquals("Json", n.type("Json"));
    assertTrue(n.renamed("Builder", null).message().contains("nests"));
  }

  @Test
  void everyNameThatIsNotThePlainSpellingHasExactlyOneRenameWarning() {
    NamedSpec n = NamedSpec.of("""
        "Builder": {"type": "structure", "members": {"Default": {"shape": "Str"}, "Id": {"shape": "Str"}}},
        "BUILDER": {"type": "structure", "members": {"Foo": {"shape": "Str"}, "foo": {"shape": "Str"}}},
        "Mode": {"type": "string", "enum": ["a-b", "a.b", "UNRECOGNIZED", "c"]},
        "Mode2": {"type": "structure", "union": true, "members": {"Mode2": {"shape": "Str"}, "X": {"shape": "Str"}}}
        """);
    // What was renamed, as "shape", "shape.member" or "shape=value"; compared with what the warnings are about.
    Set<String> renamed = new TreeSet<>();
    n.table().types().forEach((shape, type) -> {
      if (!type.simpleName().equals(NameRules.typeName(shape))) renamed.add(shape);
    });
    n.table().members().forEach((shape, names) -> names.forEach((m, java) -> {
      if (!java.equals(NameRules.memberName(m))) renamed.add(shape + "." + m);
    }));
    n.table().variants().forEach((shape, names) -> names.forEach((m, java) -> {
      if (!java.equals(NameRules.typeName(m))) renamed.add(shape + "." + m);
    }));
    n.table().constants().forEach((shape, names) -> names.forEach((value, java) -> {
      if (!java.equals(NameRules.enumConstant(value))) renamed.add(shape + "=" + value);
    }));
    Set<String> warned = new TreeSet<>();
    for (Diagnostic d : n.warnings("name.renamed")) {
      Matcher value = Pattern.compile("^enum value \"(.*)\" is constant").matcher(d.message());
      String member = d.location().member();
      warned.add(d.location().shape() + (value.find() ? "=" + value.group(1) : member == null ? "" : "." + member));
    }
    // BUILDER keeps its name: only the exact nested type name Builder is taken, and builder_ is Builder's.
    assertEquals(Set.of("Builder", "Builder.Default", "BUILDER.foo", "Mode=a.b", "Mode=UNRECOGNIZED", "Mode2.Mode2"),
        renamed);
    assertEquals(renamed, warned);
    assertEquals(renamed.size(), n.warnings("name.renamed").size(), n.diagnostics().toString());
  }
}
