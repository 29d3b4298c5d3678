package dev.shapegen.behaviour;

import static dev.shapegen.behaviour.FixtureBehaviourTest.read;
import static dev.shapegen.behaviour.FixtureBehaviourTest.roundTrip;
import static dev.shapegen.behaviour.FixtureBehaviourTest.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.testing.CompiledCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Members of the JSON that the code does not know, as a newer model's responses have them: kept by the record that
 * holds them, at any depth, and written back, so that code generated from an older model loses nothing.
 */
class UnknownMembersTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void unknownMembersAreKeptAtEveryLevelAndWrittenBack() throws Exception {
        String json = "{\"Name\": \"root\", \"Added\": {\"a\": [1, 2.50, \"x\"]}, \"Gone\": null, \"__type\": \"T\","
                + " \"Children\": [{\"Name\": \"kid\", \"Since\": 1737014400}],"
                + " \"ByKey\": {\"k\": {\"Name\": \"val\", \"Flag\": true}},"
                + " \"Partner\": {\"Back\": {\"Name\": \"back\"}, \"Note\": \"n\"}}";
        Object node = roundTrip("recursive-structure", "Node", json);
        Object unknown = CompiledCode.call(node, "unknownMembers");
        assertEquals(Set.of("Added", "Gone", "__type"), CompiledCode.call(unknown, "names"));
        assertEquals(List.of("Added", "Gone", "__type"), List.copyOf((Set<?>) CompiledCode.call(unknown, "names")),
                "in the order the JSON had them");
        assertEquals("null", CompiledCode.call(unknown, "get", "Gone").toString(), "JSON null is kept as a value");
        Object kid = ((List<?>) CompiledCode.call(node, "children")).get(0);
        assertEquals(Set.of("Since"), CompiledCode.call(CompiledCode.call(kid, "unknownMembers"), "names"));
        Object partner = CompiledCode.call(node, "partner");
        assertEquals(Set.of("Note"), CompiledCode.call(CompiledCode.call(partner, "unknownMembers"), "names"));
        // validate() does not look at them.
        assertEquals(List.of(), violations(node));
    }

    @Test
    void aValueWithoutThemHasNoneAndTheyTakePartInEquality() throws Exception {
        Object plain = read("recursive-structure", "Node", "{\"Name\": \"a\"}");
        assertNull(CompiledCode.call(plain, "unknownMembers"));
        Object more = read("recursive-structure", "Node", "{\"Name\": \"a\", \"Added\": 1}");
        Object same = read("recursive-structure", "Node", "{\"Added\": 1.0, \"Name\": \"a\"}");
        assertNotEquals(plain, more);
        assertEquals(more, same, "numbers compare by value, as in documents");
        assertEquals(more.hashCode(), same.hashCode());
        // A builder made from a value carries them through.
        Object rebuilt = CompiledCode.call(CompiledCode.call(CompiledCode.call(more, "toBuilder"), "name", "b"),
                "build");
        assertEquals("{\"Name\":\"b\",\"Added\":1}", MAPPER.writeValueAsString(rebuilt));
        // A value made in code has none; the constructor without them is there for that.
        Class<?> type = plain.getClass();
        Class<?> partner = Fixtures.compiled("recursive-structure").load(Fixtures.packageOf("recursive-structure")
                + ".Partner");
        Object made = type.getConstructor(String.class, List.class, Map.class, List.class, partner)
                .newInstance("a", null, null, null, null);
        assertEquals(plain, made);
    }

    /** Their values may be sensitive in the newer model, so toString() shows their names only. */
    @Test
    void toStringShowsTheirNamesOnly() throws Exception {
        Object node = read("recursive-structure", "Node", "{\"Name\": \"a\", \"Password\": \"hunter2\"}");
        String text = node.toString();
        assertTrue(text.endsWith("unknownMembers=UnknownMembers[Password]]"), text);
        assertFalse(text.contains("hunter2"), text);
        Object envelope = read("union-members", "Envelope", "{\"Payload\": {\"NewSecret\": \"hunter2\"}}");
        assertTrue(envelope.toString().contains("payload=Unknown[name=NewSecret]"), envelope.toString());
        Object credentials = read("sensitive-member", "Credentials", "{\"UserName\": \"u\", \"Pin2\": \"1234\"}");
        assertTrue(credentials.toString().endsWith("unknownMembers=UnknownMembers[Pin2]]"), credentials.toString());
        assertFalse(credentials.toString().contains("1234"), credentials.toString());
    }

    /** A name that comes again replaces its value, in place: duplicates hold no memory. */
    @Test
    void aRepeatedNameKeepsItsLastValue() throws Exception {
        StringBuilder json = new StringBuilder("{\"Name\": \"a\"");
        for (int i = 0; i < 100_000; i++) {
            json.append(", \"u\": ").append(i);
        }
        Object node = read("recursive-structure", "Node", json.append(", \"v\": 0}").toString());
        Object unknown = CompiledCode.call(node, "unknownMembers");
        assertEquals(List.of("u", "v"), List.copyOf((Set<?>) CompiledCode.call(unknown, "names")));
        assertEquals("99999", CompiledCode.call(unknown, "get", "u").toString());
    }

    /** Once a record holds them they do not change: reading more on top of them gives new ones. */
    @Test
    void theMembersARecordHoldsNeverChange() throws Exception {
        Object node = read("recursive-structure", "Node", "{\"Name\": \"a\", \"X\": 1}");
        Object unknown = CompiledCode.call(node, "unknownMembers");
        JsonParser p = MAPPER.createParser("2");
        p.nextToken();
        Object more = unknown.getClass().getMethod("read", unknown.getClass(), String.class, JsonParser.class)
                .invoke(null, unknown, "Y", p);
        assertEquals(List.of("X", "Y"), List.copyOf((Set<?>) CompiledCode.call(more, "names")));
        assertEquals(List.of("X"), List.copyOf((Set<?>) CompiledCode.call(unknown, "names")));
        assertEquals("{\"Name\":\"a\",\"X\":1}", MAPPER.writeValueAsString(node));
    }

    /** Jackson reads and writes them on their own too, as the map of documents they are. */
    @Test
    void aPlainObjectMapperReadsAndWritesThemOnTheirOwn() throws Exception {
        Object unknown = CompiledCode.call(read("recursive-structure", "Node", "{\"Name\": \"a\", \"X\": [1, {}]}"),
                "unknownMembers");
        String json = MAPPER.writeValueAsString(unknown);
        assertEquals("{\"X\":[1,{}]}", json);
        assertEquals(unknown, MAPPER.readValue(json, unknown.getClass()));
    }

    /** Each one read costs the same however many came before, so a hostile object of many is no slower per member. */
    @Test
    void manyUnknownMembersReadInLinearTime() throws Exception {
        StringBuilder json = new StringBuilder("{\"Name\": \"a\"");
        for (int i = 0; i < 200_000; i++) {
            json.append(", \"u").append(i).append("\": ").append(i);
        }
        String text = json.append('}').toString();
        Object node = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> read("recursive-structure", "Node", text));
        assertEquals(200_000, ((Set<?>) CompiledCode.call(CompiledCode.call(node, "unknownMembers"), "names")).size());
        assertEquals(MAPPER.readTree(text), MAPPER.readTree(MAPPER.writeValueAsString(node)));
    }
}
