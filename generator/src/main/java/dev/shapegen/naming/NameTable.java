package dev.shapegen.naming;

import com.palantir.javapoet.ClassName;
import java.util.Map;
import java.util.Set;

/**
 * Every Java name of one generation run, computed once by {@link Namer} and checked for collisions. Emitters look
 * names up here and never derive them.
 *
 * @param packageName the package of the generated model types
 * @param types shape name -> generated class
 * @param members shape name -> (member name -> Java identifier), for records
 * @param wire shape name -> (member name -> JSON property name), for records and unions
 * @param variants union shape name -> (member name -> nested record simple name)
 * @param constants enum shape name -> (value -> constant name)
 * @param qualify simple names that must always be written qualified (generated types named like java.lang ones)
 */
public record NameTable(
        String packageName,
        Map<String, ClassName> types,
        Map<String, Map<String, String>> members,
        Map<String, Map<String, String>> wire,
        Map<String, Map<String, String>> variants,
        Map<String, Map<String, String>> constants,
        Set<String> qualify) {

    /** The package of the shared support types (violations, blobs, documents, timestamp codecs). */
    public String runtimePackage() {
        return packageName.isEmpty() ? "runtime" : packageName + ".runtime";
    }

    public ClassName type(String shape) {
        ClassName c = types.get(shape);
        if (c == null) {
            throw new IllegalArgumentException("no generated type for shape " + shape);
        }
        return c;
    }

    public String member(String shape, String member) {
        return members.get(shape).get(member);
    }

    /** The JSON property name of a member: {@code locationName} for body members, else the member name. */
    public String wire(String shape, String member) {
        return wire.get(shape).get(member);
    }

    public String variant(String shape, String member) {
        return variants.get(shape).get(member);
    }

    public String constant(String shape, String value) {
        return constants.get(shape).get(value);
    }

    public ClassName runtime(String simpleName) {
        return ClassName.get(runtimePackage(), simpleName);
    }
}
