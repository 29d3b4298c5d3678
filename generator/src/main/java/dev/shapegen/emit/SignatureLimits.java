package dev.shapegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SourceLocation;
import dev.shapegen.model.Member;
import dev.shapegen.model.Shape;
import dev.shapegen.naming.NameTable;
import dev.shapegen.naming.ReservedWords;
import dev.shapegen.parse.Pointers;
import dev.shapegen.resolve.JvmLimits;
import dev.shapegen.resolve.ResolvedModel;
import java.util.HashMap;
import java.util.Map;

/**
 * The strings of a record's class file that grow with all its members together, each held in one constant of at
 * most 65,535 bytes: the component names, which javac joins into one string for the record's {@code equals},
 * {@code hashCode} and {@code toString}, and the canonical constructor's signature, the types of all members. Both
 * follow from the Java names and types, so they are checked after naming, before anything is written; past the limit
 * javac would refuse the output ({@code UTF8 representation for string ... is too long for the constant pool}).
 */
public final class SignatureLimits {
    /** The longest string a class file's constant pool holds, in its own UTF-8. */
    public static final int MAX_CONSTANT_BYTES = 65_535;

    private SignatureLimits() {}

    /** Reports each generated record whose joined component names or constructor signature do not fit. */
    public static void check(ResolvedModel model, NameTable names, Diagnostics diagnostics) {
        // Shapes are the types of many members each: each type's signature is worked out once.
        Map<String, Integer> typeBytes = new HashMap<>();
        for (Shape shape : model.generatedShapes()) {
            if (!shape.isRecord()) {
                continue;
            }
            // "a;b;c;unknownMembers" for the names; "(La;Lb;L.../UnknownMembers;)V" for the signature, generic where
            // a member is a list or a map.
            int joined = ReservedWords.UNKNOWN_MEMBERS.length();
            int signature = 3 + JvmLimits.classFileBytes(signature(ClassName.get(names.runtimePackage(),
                    "UnknownMembers")));
            for (Member m : shape.members().values()) {
                joined += 1 + JvmLimits.classFileBytes(names.member(shape.name(), m.name()));
                signature += typeBytes.computeIfAbsent(m.target(), t -> JvmLimits.classFileBytes(
                        signature(Types.of(model, names, model.shape(t)))));
            }
            if (joined > MAX_CONSTANT_BYTES) {
                tooLong(diagnostics, shape, "member names, joined, come to " + JvmLimits.count(joined) + " bytes",
                        "the names of its members");
            }
            if (signature > MAX_CONSTANT_BYTES) {
                tooLong(diagnostics, shape, "constructor's signature (the types of its members) comes to "
                        + JvmLimits.count(signature) + " bytes",
                        "the names of the shapes its members refer to or the package");
            }
        }
    }

    private static void tooLong(Diagnostics diagnostics, Shape shape, String what, String names) {
        String name = shape.name();
        diagnostics.error("shape.signature-too-long", SourceLocation.at(Pointers.shape(name) + "/members", name, null),
                "the record for structure " + name + " cannot be compiled: its " + what + ", and a class file holds at "
                        + "most " + JvmLimits.count(MAX_CONSTANT_BYTES) + " in one string. Shorten " + names
                        + ", or split the structure in the model, or select operations or shapes that do not reach it "
                        + "(--operations, --shapes)");
    }

    /** A type's signature as the class file writes it: {@code Ljava/util/List<Lcom/example/Plan;>;}. */
    static String signature(TypeName type) {
        if (type instanceof ParameterizedTypeName p) {
            StringBuilder s = new StringBuilder(signature(p.rawType()));
            s.setLength(s.length() - 1);
            s.append('<');
            p.typeArguments().forEach(a -> s.append(signature(a)));
            return s.append(">;").toString();
        }
        if (type instanceof ClassName c) {
            return "L" + c.reflectionName().replace('.', '/') + ";";
        }
        throw new IllegalArgumentException("members are classes or lists and maps of them, not " + type);
    }
}
