package dev.shapegen.naming;

import com.palantir.javapoet.ClassName;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SourceLocation;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.parse.Pointers;
import dev.shapegen.resolve.ResolvedModel;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Computes all Java names of a run, once. Rules are applied in spec order, so renames are deterministic; each
 * rename is reported as a warning that says why and what the new name is.
 */
public final class Namer {
    /** The longest file name, in bytes, that Linux, macOS and Windows file systems all take. */
    public static final int MAX_FILE_NAME_BYTES = 255;

    private final Diagnostics diagnostics;

    private Namer(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static NameTable name(ResolvedModel model, String packageName, Diagnostics diagnostics) {
        return new Namer(diagnostics).table(model, packageName);
    }

    private NameTable table(ResolvedModel model, String packageName) {
        Map<String, ClassName> types = new LinkedHashMap<>();
        Map<String, Map<String, String>> members = new LinkedHashMap<>();
        Map<String, Map<String, String>> wire = new LinkedHashMap<>();
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        Map<String, Map<String, String>> constants = new LinkedHashMap<>();
        // Case-insensitive, because Foo.java and FOO.java are one file on some file systems.
        Set<String> takenTypes = new HashSet<>();
        Set<String> qualify = new TreeSet<>();
        // Generated code may write a type with its package, as an expression (com.example.Tag.readJson(q)), where a
        // component named like the package's first segment would hide it.
        Set<String> packageRoots = new HashSet<>(ReservedWords.LIBRARY_PACKAGE_ROOTS);
        packageRoots.add(ReservedWords.packageRoot(packageName));
        for (Shape shape : model.generatedShapes()) {
            String base = NameRules.typeName(shape.name());
            // Of the keywords only "_" is spelled like a type name.
            boolean keyword = ReservedWords.KEYWORDS.contains(base);
            boolean reserved = keyword || ReservedWords.NESTED_TYPES.contains(base);
            String name = pick(base, reserved, "", n -> takenTypes.contains(n.toLowerCase(Locale.ROOT)));
            String why = null;
            if (!name.equals(base)) {
                why = keyword ? "it is a Java keyword" : reserved
                        ? "it is the name of a type shapegen nests inside generated types"
                        : "another shape already has this name when case is ignored";
            }
            if (why != null) {
                renamed(shape.name(), null, base, name, why);
            }
            takenTypes.add(name.toLowerCase(Locale.ROOT));
            types.put(shape.name(), ClassName.get(packageName, name));
            if (ReservedWords.JAVA_LANG.contains(name)) {
                qualify.add(name);
            }
            if (shape.isRecord() || shape.isUnion()) {
                wire.put(shape.name(), wireNames(shape));
            }
            if (shape.isRecord()) {
                members.put(shape.name(), memberNames(shape, packageRoots));
            } else if (shape.isUnion()) {
                variants.put(shape.name(), variantNames(shape, name));
            } else if (shape.isEnum()) {
                constants.put(shape.name(), constantNames(shape));
            }
            checkFileNames(shape, name, variants.getOrDefault(shape.name(), Map.of()));
        }
        return new NameTable(packageName, types, members, wire, variants, constants, qualify);
    }

    /**
     * A lowerCamel name for {@code spec} by the rule record components follow (a reserved one gets a {@code _}
     * suffix, a taken one a number), not in {@code taken}; it is added there. For names outside the name table that
     * must still follow it, such as the accessors of the runtime's pattern holders.
     */
    public static String freeMemberName(String spec, Set<String> taken) {
        String base = NameRules.memberName(spec);
        String name = pick(base, ReservedWords.isReservedMember(base), "", taken::contains);
        taken.add(name);
        return name;
    }

    /**
     * Refuses a type whose class files could not be written: {@code Name$Builder.class} and the like must fit in a
     * file name, which file systems cap at {@value #MAX_FILE_NAME_BYTES} bytes. Found here, the spec is refused
     * before anything is written, rather than in the middle of moving files into place, or by javac.
     */
    private void checkFileNames(Shape shape, String type, Map<String, String> variants) {
        // The longest nested type shapegen generates, whichever kind this one nests: a few bytes to spare at most.
        String nested = ReservedWords.NESTED_TYPES.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        String member = null;
        for (Map.Entry<String, String> v : variants.entrySet()) {
            if (v.getValue().length() > nested.length()) {
                nested = v.getValue();
                member = v.getKey();
            }
        }
        String classFile = type + "$" + nested + ".class";
        int bytes = classFile.getBytes(StandardCharsets.UTF_8).length;
        if (bytes <= MAX_FILE_NAME_BYTES) {
            return;
        }
        String ptr = member == null ? Pointers.shape(shape.name()) : Pointers.member(shape.name(), member);
        int over = bytes - MAX_FILE_NAME_BYTES;
        diagnostics.error("name.too-long", SourceLocation.at(ptr, shape.name(), member), (member == null ? "shape "
                + abbreviated(shape.name()) : "member " + abbreviated(member) + " of union " + abbreviated(
                shape.name())) + " gives the class file " + abbreviated(classFile) + " (" + bytes + " bytes), and "
                + "file systems take at most " + MAX_FILE_NAME_BYTES + " bytes in a file name; shorten the "
                + (member == null ? "shape" : "member") + " name by at least " + over + (over == 1 ? " character"
                : " characters"));
    }

    /** A name as long as these is given in full in the diagnostic's location, not in its message. */
    private static String abbreviated(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "...";
    }

    private Map<String, String> memberNames(Shape shape, Set<String> packageRoots) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Member m : shape.members().values()) {
            String base = NameRules.memberName(m.name());
            boolean hidesPackage = packageRoots.contains(base);
            boolean reserved = ReservedWords.isReservedMember(base) || hidesPackage;
            String name = pick(base, reserved, "", taken::contains);
            if (!name.equals(base)) {
                renamed(shape.name(), m.name(), base, name, hidesPackage
                        ? "a field named " + base + " would hide the package " + base + " from the generated code"
                        : reserved ? ReservedWords.whyReservedMember(base)
                        : "another member already has this Java name");
            }
            taken.add(name);
            names.put(m.name(), name);
        }
        return Map.copyOf(names);
    }

    /**
     * JSON property names: {@code locationName} where the model gives one for a body member. A member bound to HTTP
     * (a header, the URI) is not in the body at all, so its property is ours to choose: the member name, or its
     * {@code locationName} where a body member's property already has that name and the locationName is free (API
     * Gateway's PutIntegration has the URI member httpMethod and the body member integrationHttpMethod, written as
     * httpMethod). XML models sometimes give two members the same {@code locationName} (a flattened list and its
     * single-element twin); JSON cannot hold both, so those members keep their member names.
     */
    private Map<String, String> wireNames(Shape shape) {
        Map<String, String> bodyOwners = new java.util.HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Member m : shape.members().values()) {
            taken.add(m.wireName());
            if (m.location() == null) {
                bodyOwners.putIfAbsent(m.wireName(), m.name());
            }
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        for (Member m : shape.members().values()) {
            String name = m.wireName();
            String owner = m.location() == null ? null : bodyOwners.get(name);
            if (owner != null && m.locationName() != null && taken.add(m.locationName())) {
                diagnostics.warning("name.wire-conflict", SourceLocation.at(Pointers.member(shape.name(), m.name()),
                        shape.name(), m.name()), "the body member " + owner + " is written as the JSON property "
                                + name + "; this " + m.location() + " member is written as " + m.locationName()
                                + ", its locationName");
                name = m.locationName();
            }
            chosen.put(m.name(), name);
        }
        Map<String, Integer> uses = new java.util.HashMap<>();
        chosen.values().forEach(name -> uses.merge(name, 1, Integer::sum));
        Map<String, String> names = new LinkedHashMap<>();
        for (Member m : shape.members().values()) {
            String name = chosen.get(m.name());
            if (uses.get(name) > 1 && !name.equals(m.name())) {
                diagnostics.warning("name.wire-conflict", SourceLocation.at(Pointers.member(shape.name(), m.name()),
                        shape.name(), m.name()), "locationName " + name + " is shared with another member; in JSON "
                                + "this member is written as " + m.name());
                name = m.name();
            }
            names.put(m.name(), name);
        }
        Map<String, String> owners = new java.util.HashMap<>();
        for (var e : names.entrySet()) {
            String other = owners.putIfAbsent(e.getValue(), e.getKey());
            if (other != null) {
                diagnostics.error("name.wire-duplicate", SourceLocation.at(Pointers.member(shape.name(), e.getKey()),
                        shape.name(), e.getKey()), "members " + other + " and " + e.getKey() + " would both be the "
                                + "JSON property " + e.getValue() + "; give one of them another locationName");
            }
        }
        return Map.copyOf(names);
    }

    private Map<String, String> variantNames(Shape shape, String unionName) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        // A nested type cannot share the name of the type around it.
        taken.add(unionName.toLowerCase(Locale.ROOT));
        // The union nests Unknown and JsonReader: Choice$UNKNOWN.class and Choice$Unknown.class are one file on
        // case-insensitive file systems.
        ReservedWords.NESTED_TYPES.forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
        for (Member m : shape.members().values()) {
            String base = NameRules.typeName(m.name());
            boolean keyword = ReservedWords.KEYWORDS.contains(base);
            boolean reserved = keyword || ReservedWords.NESTED_TYPES.contains(base) || base.equals(unionName);
            String name = pick(base, reserved, "", n -> taken.contains(n.toLowerCase(Locale.ROOT)));
            if (!name.equals(base)) {
                renamed(shape.name(), m.name(), base, name, keyword ? "it is a Java keyword"
                        : "the union or a type shapegen nests in it already has this name");
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            names.put(m.name(), name);
        }
        return Map.copyOf(names);
    }

    private Map<String, String> constantNames(Shape shape) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> owners = new java.util.HashMap<>();
        List<String> values = shape.enumValues();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String base = NameRules.enumConstant(value);
            boolean reserved = ReservedWords.ENUM_CONSTANTS.contains(base);
            String name = pick(base, reserved, "_", owners::containsKey);
            if (!name.equals(base)) {
                String why = reserved ? base + " is the constant shapegen uses for values this code does not know"
                        : base + " is already the constant of \"" + owners.get(base) + "\"";
                diagnostics.warning("name.renamed", SourceLocation.at(Pointers.shape(shape.name()) + "/enum/" + i,
                        shape.name(), null), "enum value \"" + value + "\" is constant " + name + ", because " + why);
            }
            owners.put(name, value);
            names.put(value, name);
        }
        return Map.copyOf(names);
    }

    /**
     * The name to use: the base when it is free; a reserved base gets a {@code _} suffix; when that is taken too, the
     * base numbered from 2 ({@code name2}, or {@code NAME_2} with separator {@code _}), the first that is free.
     */
    private static String pick(String base, boolean reserved, String separator, Predicate<String> taken) {
        String first = reserved ? base + "_" : base;
        if (!taken.test(first)) {
            return first;
        }
        for (int i = 2; ; i++) {
            String candidate = base + separator + i;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    private void renamed(String shape, String member, String base, String name, String why) {
        String ptr = member == null ? Pointers.shape(shape) : Pointers.member(shape, member);
        diagnostics.warning("name.renamed", SourceLocation.at(ptr, shape, member),
                (member == null ? "shape " + shape : "member " + member) + " is named " + name + " in Java, not "
                        + base + ", because " + why);
    }
}
