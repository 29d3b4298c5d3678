package dev.shapegen.behaviour;

import static dev.shapegen.testing.CompiledCode.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.shapegen.testing.CompiledCode;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of code generated from the edge-case fixtures: compiled with javac, used with a plain ObjectMapper. */
class FixtureBehaviourTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Object read(String fixture, String type, String json) throws Exception {
        Class<?> c = Fixtures.compiled(fixture).load(Fixtures.packageOf(fixture) + "." + type);
        return MAPPER.readValue(json, c);
    }

    /** Reads and writes back; the JSON must be the same tree. Returns the value read. */
    static Object roundTrip(String fixture, String type, String json) throws Exception {
        Object value = read(fixture, type, json);
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(value)), "round trip of " + json);
        return value;
    }

    @SuppressWarnings("unchecked")
    static List<String> violations(Object value) {
        return ((List<Object>) call(value, "validate")).stream().map(Object::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"enum-unsafe-value", "recursive-structure", "reserved-names", "union-members",
            "sensitive-member", "constraints", "xml-timestamps", "hostile-patterns", "package-hiding-names",
            "rest-json-payload"})
    void compilesWithoutErrorsOrLintWarnings(String fixture) {
        CompiledCode code = Fixtures.compiled(fixture);
        assertEquals(0, code.count(Diagnostic.Kind.ERROR), code.report(Diagnostic.Kind.ERROR));
        assertEquals(0, code.count(Diagnostic.Kind.WARNING) + code.count(Diagnostic.Kind.MANDATORY_WARNING),
                code.report(Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING));
    }

    @Test
    void enumUnsafeValuesRoundTripAndKeepUnknownOnes() throws Exception {
        String json = "{\"Kind\": \"x*/y\", \"Kinds\": [\"ml.trn1.32xlarge\", \"32xlarge\", \"a-b\", \"a.b\", \"A_B\","
                + " \"UNRECOGNIZED\", \"*\", \"\", \"with space\", \"Ünïcode\", \"@at\", \"back\\\\u0041slash\","
                + " \"\\\"quoted\\\"\", \"not-in-the-model\"]}";
        Object holder = roundTrip("enum-unsafe-value", "Holder", json);
        List<?> kinds = (List<?>) call(holder, "kinds");
        assertEquals(14, kinds.size());
        for (int i = 0; i < 13; i++) {
            assertTrue((Boolean) call(kinds.get(i), "isKnown"), kinds.get(i) + " is a known value");
        }
        Object unknown = kinds.get(13);
        assertFalse((Boolean) call(unknown, "isKnown"));
        assertEquals("UNRECOGNIZED", call(unknown, "known").toString());
        assertEquals("not-in-the-model", call(unknown, "value"));
        Class<?> type = Fixtures.compiled("enum-unsafe-value").load("fixture.enumunsafevalue.UnsafeValues");
        assertEquals(kinds.get(0), type.getField("ML_TRN1_32XLARGE").get(null));
        assertEquals(kinds.get(1), type.getField("_32XLARGE").get(null));
        assertEquals(kinds.get(3), type.getField("A_B_2").get(null), "a.b comes second and gets a suffix");
        assertEquals(kinds.get(5), type.getField("UNRECOGNIZED_").get(null));
        assertEquals(kinds.get(7), type.getField("VALUE_2").get(null), "the empty value, after '*'");
        assertEquals(List.of("Kinds[13]: \"not-in-the-model\" is not one of the known values: ml.trn1.32xlarge, "
                + "32xlarge, a-b, a.b, A_B, UNRECOGNIZED, *, , with space, Ünïcode, x*/y, @at, ... (14 in all)"),
                violations(holder));
    }

    @Test
    void recursiveStructureRoundTripsAndValidatesDeep() throws Exception {
        String json = "{\"Name\": \"root\", \"Children\": [{\"Name\": \"a\", \"ByKey\": {\"k\": {\"Name\": \"toolongname\"}}}],"
                + " \"Grid\": [[{\"Name\": \"g\"}], [{\"Name\": \"h\", \"Partner\": {\"Back\": {}}}]],"
                + " \"Partner\": {\"Back\": {\"Name\": \"b\"}}}";
        Object node = roundTrip("recursive-structure", "Node", json);
        assertEquals(List.of("Children[0].ByKey[k].Name: must be at most 8 characters long, but is 11",
                "Grid[1][0].Partner.Back.Name: is required"), violations(node));
        assertEquals(node, read("recursive-structure", "Node", json));
    }

    @Test
    void reservedNamesAreRenamedAndStillUseWireNames() throws Exception {
        String json = "{\"Default\": \"d\", \"Class\": \"c\", \"Notify\": \"n\", \"Wait\": \"w\", \"HashCode\": \"h\","
                + " \"ToString\": \"t\", \"GetClass\": \"g\", \"Builder\": {\"Builder\": \"b\"}, \"Build\": \"b\","
                + " \"Validate\": \"v\", \"ToBuilder\": \"tb\", \"Record\": {\"Object\": {\"Name\": \"o\"}},"
                + " \"Var\": \"v\", \"Yield\": \"y\", \"V\": \"v\", \"Source\": {\"Name\": \"s\"},"
                + " \"Integer\": {\"Value\": 1}, \"Count\": 2, \"max-items\": \"1\", \"MaxItems\": \"2\"}";
        Object r = roundTrip("reserved-names", "Reserved", json);
        assertEquals("d", call(r, "default_"));
        assertEquals("h", call(r, "hashCode_"));
        assertEquals("n", call(r, "notify_"));
        assertEquals("1", call(r, "maxItems"));
        assertEquals("2", call(r, "maxItems2"));
        assertNotEquals(r.hashCode(), 0);
        Object rebuilt = call(call(r, "toBuilder"), "build");
        assertEquals(r, rebuilt);
        Object choice = roundTrip("reserved-names", "Choice", "{\"Unknown\": \"u\"}");
        assertEquals("Unknown_", choice.getClass().getSimpleName());
        Object unknown = roundTrip("reserved-names", "Choice", "{\"Other\": [1, {\"x\": null}]}");
        assertEquals("Unknown", unknown.getClass().getSimpleName());
        assertEquals("Choice_", read("reserved-names", "Choice", "{\"Choice\": \"c\"}").getClass().getSimpleName());
    }

    @Test
    void unionMembersOfEveryKindRoundTrip() throws Exception {
        for (String json : List.of("{\"Text\": \"hi\"}", "{\"Number\": 3}", "{\"When\": 1737014400.5}",
                "{\"Tags\": [\"a\", \"b\"]}", "{\"Labels\": {\"k\": [\"v\"]}}", "{\"Data\": \"AAEC/w==\"}",
                "{\"Color\": \"blue\"}", "{\"Nested\": {\"Inner\": {\"Color\": \"red\"}}}",
                "{\"Free\": {\"any\": [1, \"two\", null, {\"three\": true}]}}", "{\"Times\": [1, 2.25]}",
                "{\"FutureMember\": {\"deep\": [1, 2, 3]}}")) {
            roundTrip("union-members", "Envelope", "{\"Payload\": " + json + "}");
        }
        Object future = call(read("union-members", "Envelope", "{\"Payload\": {\"FutureMember\": 7}}"), "payload");
        assertEquals("FutureMember", call(future, "memberName"));
        assertEquals("Payload", future.getClass().getInterfaces()[0].getSimpleName());
        Object nullsIgnored = call(read("union-members", "Envelope", "{\"Payload\": {\"Text\": null, \"Number\": 1}}"),
                "payload");
        assertEquals("Number", call(nullsIgnored, "memberName"));
    }

    @Test
    void unionWithTwoMembersOrNoneIsRejected() {
        MismatchedInputException two = assertThrows(MismatchedInputException.class,
                () -> read("union-members", "Envelope", "{\"Payload\": {\"Text\": \"a\", \"Number\": 1}}"));
        assertTrue(two.getMessage().contains("exactly one member set, but found Text and Number"), two.getMessage());
        assertTrue(two.getMessage().contains("Payload"), two.getMessage());
        assertThrows(MismatchedInputException.class, () -> read("union-members", "Envelope", "{\"Payload\": {}}"));
    }

    @Test
    void unionMembersAreValidated() throws Exception {
        Object e = read("union-members", "Envelope", "{\"Payload\": {\"Nested\": {\"Inner\": {\"Text\": \"toolong\"}}},"
                + " \"Payloads\": [{\"Tags\": [\"a\", \"b\", \"c\"]}, {\"Labels\": {\"k\": [\"abcdef\"], \"toolong\": []}},"
                + " {\"Color\": \"x\"}]}");
        assertEquals(List.of("Payload.Nested.Inner.Text: must be at most 5 characters long, but is 7",
                "Payloads[0].Tags: must have at most 2 elements, but has 3",
                "Payloads[1].Labels[k][0]: must be at most 5 characters long, but is 6",
                "Payloads[1].Labels[toolong]: the key must be at most 5 characters long, but is 7",
                "Payloads[2].Color: \"x\" is not one of the known values: red, green"), violations(e));
    }

    @Test
    void sensitiveMembersAreRedactedInToString() throws Exception {
        Object c = read("sensitive-member", "Credentials", "{\"UserName\": \"alice\", \"Password\": \"hunter2\","
                + " \"Token\": \"tok-123\", \"Profile\": {\"Email\": \"a@example.com\"}, \"Keys\": [\"k-1\"],"
                + " \"ByName\": {\"x\": \"k-2\"}, \"Choice\": {\"Password\": \"k-3\"}}");
        String s = c.toString();
        assertEquals("Credentials[userName=alice, password=***, token=***, profile=***, hint=null, keys=***, "
                + "byName=***, choice=Password[value=***], pin=null, level=null, env=null, code=null, count=null, "
                + "unknownMembers=null]", s);
        for (String secret : List.of("hunter2", "tok-123", "example.com", "k-1", "k-2", "k-3")) {
            assertFalse(s.contains(secret), s);
        }
        Object empty = read("sensitive-member", "Credentials", "{}");
        assertEquals("Credentials[userName=null, password=null, token=null, profile=null, hint=null, keys=null, "
                + "byName=null, choice=null, pin=null, level=null, env=null, code=null, count=null, unknownMembers=null]",
                empty.toString());
        Object hint = read("sensitive-member", "SecretChoice", "{\"Hint\": \"not secret\"}");
        assertEquals("Hint[value=not secret]", hint.toString());
    }

    @Test
    void sensitiveValuesAreHiddenInViolations() throws Exception {
        // What toString() hides, validate() must not show: no value, length, number, enum value or map key.
        Object c = read("sensitive-member", "Credentials", "{\"Password\": \"hunter2-long\","
                + " \"Profile\": {\"Email\": \"a@example.com\"}, \"Keys\": [\"k-1-secret\"],"
                + " \"ByName\": {\"alice\": \"k-2-secret\"}, \"Choice\": {\"Password\": \"k-3-secret\"},"
                + " \"Pin\": 123, \"Level\": \"top-secret\", \"Env\": {\"db_pass\": \"k-4-secret\"}, \"Code\": 4711,"
                + " \"Count\": 11}");
        List<String> found = violations(c);
        assertEquals(List.of("Password: must be at most 8 characters long",
                "Profile.Email: must be at most 5 characters long",
                "Keys[0]: must be at most 8 characters long",
                "ByName[***]: must be at most 8 characters long",
                "Choice.Password: must be at most 8 characters long",
                "Pin: must be at least 1000",
                "Level: is not one of the known values: low, high",
                "Env[***]: the key must match the pattern ^[A-Z_]+$",
                "Env[***]: must be at most 8 characters long",
                "Code: must be at most 10",
                "Count: must be at most 10, but is 11"), found);
        String all = String.join("\n", found) + call(c, "validate").toString();
        for (String secret : List.of("hunter2", "example.com", "secret", "alice", "123", "db_pass", "4711", "12", "13")) {
            assertFalse(all.contains(secret), all);
        }
        // A walk that leaves a sensitive member shows values again: the hiding does not leak into later checks.
        Object after = read("sensitive-member", "Credentials", "{\"Pin\": 1, \"Count\": 12}");
        assertEquals(List.of("Pin: must be at least 1000", "Count: must be at most 10, but is 12"), violations(after));
    }

    @Test
    void typesWrittenWithTheirPackageAreNotHiddenByMembersNamedLikeIt() throws Exception {
        // Holder's members Fixture, Java, Javax and Com would be fields hiding the packages fixture, java, javax and
        // com, which its code names (fixture...String.readJson(p), java.lang.Long.MIN_VALUE): they get a _.
        Object h = roundTrip("package-hiding-names", "Holder", "{\"Fixture\": {\"X\": \"abcdef\"}, \"Java\": 6,"
                + " \"Javax\": [\"a\", \"b\", \"c\"], \"Com\": {\"X\": \"x\"}, \"Choice\": {\"Tag\": \"c\"}}");
        assertEquals(List.of("Fixture.X: must be at most 4 characters long, but is 6",
                "Java: must be at most 5, but is 6", "Javax: must have at most 2 elements, but has 3",
                "Choice.Tag: \"c\" is not one of the known values: a, b"), violations(h));
        for (String component : List.of("fixture_", "java_", "javax_", "com_")) {
            assertTrue(call(h, component) != null, component);
        }
        Object choice = read("package-hiding-names", "Choice", "{\"Long\": {\"X\": \"y\"}}");
        assertEquals("Long", choice.getClass().getSimpleName());
    }

    @Test
    void everyConstraintKindIsChecked() throws Exception {
        Object bad = read("constraints", "Limits", "{\"Id\": \"AB\", \"Small\": 6, \"Big\": 5, \"Ratio\": 1.1,"
                + " \"Tenth\": -0.2,"
                + " \"Weight\": 0.25, \"Exact\": 1.5, \"Huge\": -1, \"Bytes\": \"AAECAwQ=\", \"Tags\": {\"KEY\": \"v\","
                + " \"k\": \"toolong\", \"\": \"v\"}, \"Matrix\": [[1], [], [9]], \"Emoji\": \"\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\"}");
        assertEquals(List.of("Id: must be at least 3 characters long, but is 2",
                "Small: must be at most 5, but is 6",
                "Big: must be at least 10000000000, but is 5",
                "Ratio: must be at most 1, but is 1.1",
                "Tenth: must be at least -0.1, but is -0.2",
                "Weight: must be at least 0.5, but is 0.25",
                "Exact: must be at most 1.25, but is 1.5",
                "Huge: must be at least 0, but is -1",
                "Bytes: must be at most 4 bytes long, but is 5",
                "Tags[KEY]: the key must match the pattern [a-z]",
                "Tags[k]: must be at most 4 characters long, but is 7",
                "Tags[]: the key must be at least 1 character long, but is 0",
                "Matrix: must have at most 2 elements, but has 3",
                "Matrix[1]: must have at least 1 element, but has 0",
                "Matrix[2][0]: must be at most 5, but is 9",
                "Emoji: must be at most 2 characters long, but is 3"), violations(bad));
        Object good = roundTrip("constraints", "Limits", "{\"Id\": \"abc\", \"Emoji\": \"\\ud83d\\ude00\\ud83d\\ude00\","
                + " \"Exact\": 1.25, \"Huge\": 12345678901234567890, \"Bytes\": \"AQ==\", \"Flag\": true, \"Ratio\": 1.0,"
                + " \"Tenth\": 0.1}");
        // A float's bounds are the floats nearest them: 0.1 read into a float is not above a max of 0.1.
        assertEquals(List.of(), violations(good));
        assertEquals(List.of("Id: is required"), violations(read("constraints", "Limits", "{}")));
    }

    @Test
    void notANumberIsInNoRange() throws Exception {
        // NaN compares false with every bound: without its own check it would pass any range.
        Object bad = read("constraints", "Limits", "{\"Id\": \"abc\", \"Ratio\": \"NaN\", \"Weight\": \"NaN\","
                + " \"Tenth\": \"Infinity\"}");
        assertEquals(List.of("Ratio: must be at least 0 and at most 1, but is NaN",
                "Tenth: must be at most 0.1, but is Infinity", "Weight: must be at least 0.5, but is NaN"),
                violations(bad));
    }
}
