package dev.shapegen.behaviour;

import static dev.shapegen.behaviour.FixtureBehaviourTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import dev.shapegen.testing.CompiledCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jackson features users turn on around generated types: type ids (default typing, as caches and session stores
 * configure it), updating a value in place, a union's variant as a declared type, documents in fields of their own.
 */
class JacksonFeaturesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ENVELOPE = "{\"Payload\":{\"Nested\":{\"Inner\":{\"Text\":\"a\"}}},"
            + "\"Payloads\":[{\"Free\":{\"x\":[1,{\"y\":2}]}},{\"Tags\":[\"t\"]}]}";

    private static Class<?> type(String name) {
        return Fixtures.compiled("union-members").load(Fixtures.packageOf("union-members") + "." + name);
    }

    @Test
    void recordsAndUnionsRoundTripWithTypeIds() throws Exception {
        // Every value carries its class: the records' and unions' own braces hold the id, nested objects stay whole.
        ObjectMapper typed = JsonMapper.builder().activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
                .allowIfBaseType(Object.class).build(), ObjectMapper.DefaultTyping.EVERYTHING).build();
        Object envelope = read("union-members", "Envelope", ENVELOPE);
        ClassLoader loader = envelope.getClass().getClassLoader();
        typed.setTypeFactory(typed.getTypeFactory().withClassLoader(loader));
        String json = typed.writeValueAsString(envelope);
        JsonNode tree = MAPPER.readTree(json);
        assertTrue(tree.isArray() && tree.get(0).asText().endsWith(".Envelope"), json);
        assertEquals(MAPPER.readTree(ENVELOPE), tree.get(1), json);
        assertEquals(envelope, typed.readValue(json, Object.class));
        ObjectMapper property = JsonMapper.builder().activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
                .allowIfBaseType(Object.class).build(), ObjectMapper.DefaultTyping.EVERYTHING,
                com.fasterxml.jackson.annotation.JsonTypeInfo.As.PROPERTY).build();
        property.setTypeFactory(property.getTypeFactory().withClassLoader(loader));
        String withProperty = property.writeValueAsString(envelope);
        assertTrue(withProperty.startsWith("{\"@class\":\"" + envelope.getClass().getName() + "\",\"Payload\":{"),
                withProperty);
        assertEquals(envelope, property.readValue(withProperty, Object.class));
    }

    @Test
    void updatingAnImmutableValueInPlaceIsRefusedNotSilentlyReplaced() throws Exception {
        Object envelope = read("union-members", "Envelope", ENVELOPE);
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
                () -> MAPPER.readerForUpdating(envelope).readValue("{\"Payloads\": []}"));
        assertTrue(e.getMessage().contains("toBuilder()"), e.getMessage());
    }

    /** A field of a variant's type. */
    public static final class Holder {
        public Object text;
        public List<String> other;
    }

    @Test
    void aVariantTypeReadsItsOwnMemberAndRefusesAnother() throws Exception {
        Class<?> text = type("Payload$Text");
        Object value = MAPPER.readValue("{\"Text\": \"abc\"}", text);
        assertEquals(text, value.getClass());
        assertEquals("abc", CompiledCode.call(value, "value"));
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> MAPPER.readValue("{\"Number\": 1}", text));
        assertTrue(e.getMessage().contains("expected a Payload.Text, but found a Payload.Number"), e.getMessage());
    }

    @Test
    void aDocumentInAFieldOfOurOwnKeepsEveryNumberAsWritten() throws Exception {
        Class<?> document = type("runtime.Document");
        String json = "{\"price\":19.990000000000000001,\"big\":1E+400,\"qty\":2.50}";
        Object read = MAPPER.readValue(json, document);
        assertEquals(json, MAPPER.writeValueAsString(read));
        Map<?, ?> map = MAPPER.readValue("{\"d\": " + json + "}", MAPPER.getTypeFactory()
                .constructMapType(Map.class, String.class, document));
        assertEquals("{\"d\":" + json + "}", MAPPER.writeValueAsString(map));
    }
}
