package dev.shapegen.fuzz;

import dev.shapegen.fuzz.SpecPlan.Kind;
import dev.shapegen.fuzz.SpecPlan.MemberPlan;
import dev.shapegen.fuzz.SpecPlan.ShapePlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random valid botocore-style specs with every kind of shape, recursion, and names and values that are awkward in
 * Java.
 */
final class RandomSpecs {
    /**
     * Names that Java or the generated code cannot use as they are: keywords, methods of {@code Object} and of
     * generated records and builders, {@code java.lang} and runtime class names, nested type names, case-only
     * differences, leading digits and underscores, punctuation, nothing at all.
     */
    static final List<String> AWKWARD_NAMES = List.of("class", "int", "null", "_", "__", "hashCode", "getClass",
            "toString", "equals", "wait", "notify", "clone", "finalize", "builder", "toBuilder", "build", "validate",
            "validateOrThrow", "value", "memberName", "known", "isKnown", "source", "v", "Builder", "Known", "Unknown",
            "JsonReader", "String", "Integer", "Object", "Record", "Override", "Deprecated", "System", "Exception",
            "List", "Map", "Instant", "BigDecimal", "Pattern", "Objects", "Collections", "Generated", "Validation",
            "Validatable", "Violation", "ValidationException", "Blob", "Document", "Timestamps", "Copies", "Regex",
            "Patterns", "Patterns2",
            "UnionReader", "Foo", "foo", "FOO", "fOO", "_x", "1abc", "9", "a-b", "a.b", "a b", "$", "", "\u00e9",
            "var", "record", "yield", "PATTERN_0", "all", "byValue", "fromValue", "knownValues", "UNRECOGNIZED",
            "serialVersionUID", "p", "ctxt", "toJson", "$e0", "KMSKey", "S3Uri", "ARN");

    /** Enum values whose constants are hard to name: keywords, digits, punctuation, case-only differences, empties. */
    static final List<String> AWKWARD_VALUES = List.of("class", "null", "true", "1st", "2xlarge", "a.b", "a-b", "a_b",
            "ml.trn1.32xlarge", "*", "/", "*/", "@", "\\", "\\u000a", "{@code x}", "<b>", "&amp;", "Foo", "foo", "FOO",
            "", " ", "_", "-", "UNRECOGNIZED", "unrecognized", "VALUE", "value", "\u00e9", "\"quoted\"", "tab\there",
            "line\nbreak", "\u2028", "KNOWN", "all");

    static final List<String> PROTOCOLS = List.of("json", "rest-json", "rest-xml", "query", "ec2");
    static final List<String> TIMESTAMP_FORMATS = List.of("iso8601", "unixTimestamp", "rfc822");

    private RandomSpecs() {}

    static Arbitrary<SpecPlan> specs(int maxShapes) {
        // Uniform sizes: with few tries, jqwik's default bias would make nearly every spec tiny.
        return Combinators.combine(Arbitraries.of(PROTOCOLS), shape().list().ofMinSize(2).ofMaxSize(maxShapes)
                .withSizeDistribution(RandomDistribution.uniform())).as(SpecPlan::new);
    }

    static Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.of(AWKWARD_NAMES),
                Arbitraries.strings().alpha().numeric().withChars('_', '-').ofMinLength(1).ofMaxLength(6));
    }

    private static Arbitrary<ShapePlan> shape() {
        return kinds().flatMap(kind -> switch (kind) {
            case STRUCTURE, UNION -> Combinators.combine(names(), members(kind == Kind.UNION ? 1 : 0),
                    Arbitraries.of(true, false, false, false)).as((n, m, d) -> plan(kind, n, m, List.of(), null, null,
                    null, null, d));
            case LIST, MAP -> Combinators.combine(names(), members(2), sizes()).as((n, m, b) -> plan(kind, n, m,
                    List.of(), b[0], b[1], null, null, false));
            case ENUM -> Combinators.combine(names(), Arbitraries.oneOf(Arbitraries.of(AWKWARD_VALUES),
                    Arbitraries.strings().ascii().withChars('\u00e9', '\u2028').ofMinLength(0).ofMaxLength(5))
                    .list().ofMinSize(1).ofMaxSize(6))
                    .as((n, v) -> plan(kind, n, List.of(), v, null, null, null, null, false));
            case STRING -> Combinators.combine(names(), lengths(), Arbitraries.of(PatternCase.class).injectNull(0.4))
                    .as((n, b, p) -> stringPlan(n, b, p));
            case INTEGER, LONG, SHORT, BYTE, BIG_INTEGER -> Combinators.combine(names(), bounds(1,
                    kind == Kind.BYTE ? 100 : 400)).as((n, b) ->
                    plan(kind, n, List.of(), List.of(), b[0], b[1], null, null, false));
            case FLOAT, DOUBLE, BIG_DECIMAL -> Combinators.combine(names(), bounds(4, 400)).as((n, b) -> plan(kind, n,
                    List.of(), List.of(), b[0], b[1], null, null, false));
            case BLOB -> Combinators.combine(names(), lengths()).as((n, b) -> plan(kind, n, List.of(), List.of(),
                    b[0], b[1], null, null, false));
            case TIMESTAMP -> Combinators.combine(names(), Arbitraries.of(TIMESTAMP_FORMATS).injectNull(0.4))
                    .as((n, f) -> plan(kind, n, List.of(), List.of(), null, null, null, f, false));
            case BOOLEAN, DOCUMENT -> names().map(n -> plan(kind, n, List.of(), List.of(), null, null, null, null,
                    false));
        });
    }

    /** Structures and unions often, as they are the types values are built of; the other kinds evenly. */
    private static Arbitrary<Kind> kinds() {
        List<Tuple.Tuple2<Integer, Kind>> weights = new ArrayList<>();
        for (Kind k : Kind.values()) {
            int weight = switch (k) {
                case STRUCTURE -> 12;
                case UNION, LIST, MAP, ENUM, STRING -> 4;
                default -> 1;
            };
            weights.add(Tuple.of(weight, k));
        }
        return Arbitraries.frequency(weights);
    }

    private static ShapePlan plan(Kind kind, String name, List<MemberPlan> members, List<String> values,
            BigDecimal min, BigDecimal max, PatternCase pattern, String format, boolean deprecated) {
        return new ShapePlan(kind, name, members, values, min, max, pattern, format, deprecated);
    }

    /** A string whose bounds leave room for a value of its pattern. */
    private static ShapePlan stringPlan(String name, BigDecimal[] bounds, PatternCase pattern) {
        BigDecimal max = bounds[1];
        if (pattern != null && max != null && max.intValue() < pattern.minLength + 2) {
            max = BigDecimal.valueOf(pattern.minLength + 2L);
        }
        BigDecimal min = bounds[0] != null && max != null && bounds[0].compareTo(max) > 0 ? max : bounds[0];
        return plan(Kind.STRING, name, List.of(), List.of(), min, max, pattern, null, false);
    }

    private static Arbitrary<List<MemberPlan>> members(int minSize) {
        Arbitrary<MemberPlan> member = Combinators.combine(names(), Arbitraries.integers().between(0, 1000),
                Arbitraries.of(true, false, false), Arbitraries.of(TIMESTAMP_FORMATS).injectNull(0.8))
                .as(MemberPlan::new);
        return member.list().ofMinSize(minSize).ofMaxSize(5).withSizeDistribution(RandomDistribution.uniform());
    }

    /** Lengths of strings and blobs: none, or small with room for at least three values. */
    private static Arbitrary<BigDecimal[]> lengths() {
        return Combinators.combine(Arbitraries.integers().between(0, 3).injectNull(0.5),
                Arbitraries.integers().between(2, 8).injectNull(0.5)).as((min, span) -> new BigDecimal[] {
                    min == null ? null : BigDecimal.valueOf(min),
                    span == null ? null : BigDecimal.valueOf((min == null ? 0 : min) + span)});
    }

    /** Sizes of lists and maps: small, so nested collections stay small. */
    private static Arbitrary<BigDecimal[]> sizes() {
        return Combinators.combine(Arbitraries.integers().between(0, 1).injectNull(0.5),
                Arbitraries.integers().between(1, 3).injectNull(0.5)).as((min, span) -> new BigDecimal[] {
                    min == null ? null : BigDecimal.valueOf(min),
                    span == null ? null : BigDecimal.valueOf((min == null ? 0 : min) + span)});
    }

    /**
     * Number bounds in steps of {@code 1/denominator}, which floats and doubles hold exactly, within
     * {@code ±range} steps (and a quarter more for the span), so that a byte can go past either bound.
     */
    private static Arbitrary<BigDecimal[]> bounds(int denominator, int range) {
        Arbitrary<Integer> steps = Arbitraries.integers().between(-range, range);
        return Combinators.combine(steps.injectNull(0.5), Arbitraries.integers().between(0, range / 4)
                .injectNull(0.5))
                .as((min, span) -> new BigDecimal[] {
                    min == null ? null : BigDecimal.valueOf(min).divide(BigDecimal.valueOf(denominator)),
                    span == null ? null : BigDecimal.valueOf((min == null ? 0 : min) + span)
                            .divide(BigDecimal.valueOf(denominator))});
    }
}
