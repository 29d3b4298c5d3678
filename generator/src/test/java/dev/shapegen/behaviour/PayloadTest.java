package dev.shapegen.behaviour;

import static dev.shapegen.behaviour.FixtureBehaviourTest.read;
import static dev.shapegen.behaviour.FixtureBehaviourTest.roundTrip;
import static dev.shapegen.behaviour.FixtureBehaviourTest.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diff.Change;
import dev.shapegen.diff.Differ;
import dev.shapegen.parse.SpecParser;
import dev.shapegen.testing.CompiledCode;
import dev.shapegen.testing.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rest-json's {@code payload}: the HTTP body is one member's JSON, so a record whose payload is a structure, union or
 * document reads and writes that JSON as its own, and its URI and header members stay out of it. A payload of raw
 * bytes is not JSON and stays a property, with a warning; other protocols keep the member as a property too.
 */
class PayloadTest {
    private static final String FIXTURE = "rest-json-payload";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aStructurePayloadIsTheWholeBody() throws Exception {
        Object response = roundTrip(FIXTURE, "CreateAppResponse", "{\"Name\": \"shop\", \"Created\": 1.5}");
        Object app = CompiledCode.call(response, "app");
        assertEquals("shop", CompiledCode.call(app, "name"));
        assertNull(CompiledCode.call(response, "requestId"));
        assertEquals(List.of(), violations(response));
        // An empty body is an empty payload, whose own required members are missing.
        Object empty = roundTrip(FIXTURE, "CreateAppResponse", "{}");
        assertEquals(List.of("App.Name: is required"), violations(empty));
    }

    @Test
    void headerAndUriMembersStayOutOfTheJson() throws Exception {
        CompiledCode code = Fixtures.compiled(FIXTURE);
        String pkg = Fixtures.packageOf(FIXTURE);
        Object app = read(FIXTURE, "App", "{\"Name\": \"shop\"}");
        Object builder = CompiledCode.call(code.load(pkg + ".CreateAppRequest"), "builder");
        CompiledCode.call(builder, "team", "core");
        CompiledCode.call(builder, "token", "t-1");
        CompiledCode.call(builder, "app", app);
        Object request = CompiledCode.call(builder, "build");
        assertEquals("{\"Name\":\"shop\"}", MAPPER.writeValueAsString(request));
        // No payload: the body is JSON null, which reads back as no value at all.
        Object noBody = CompiledCode.call(CompiledCode.call(CompiledCode.call(code.load(pkg + ".CreateAppRequest"),
                "builder"), "team", "core"), "build");
        assertEquals("null", MAPPER.writeValueAsString(noBody));
    }

    @Test
    void aUnionPayloadIsTheWholeBodyToo() throws Exception {
        Object response = roundTrip(FIXTURE, "InvokeResponse", "{\"Note\": \"started\"}");
        assertEquals("Note", CompiledCode.call(CompiledCode.call(response, "event"), "memberName"));
        Object future = roundTrip(FIXTURE, "InvokeResponse", "{\"Stopped\": {\"At\": 1}}");
        assertEquals("Unknown", CompiledCode.call(future, "event").getClass().getSimpleName());
    }

    @Test
    void aBlobPayloadStaysAPropertyWithAWarning() throws Exception {
        Object request = roundTrip(FIXTURE, "InvokeRequest", "{\"Name\": \"f\", \"Payload\": \"aGk=\"}");
        assertEquals("f", CompiledCode.call(request, "name"));
        List<Diagnostic> warnings = Generator.emit("spec.json", Files.readAllBytes(TestPaths.fixture(FIXTURE)),
                GenerationRequest.all(TestPaths.fixture(FIXTURE), Path.of("unused"), "com.example.payload")).warnings();
        assertEquals(List.of("CreateAppRequest approx.http-binding", "CreateAppResponse approx.http-binding",
                "InvokeRequest approx.http-binding", "InvokeRequest approx.raw-payload"),
                warnings.stream().map(d -> d.location().shape() + " " + d.id()).toList());
        Diagnostic raw = warnings.get(3);
        assertEquals("/shapes/InvokeRequest/payload", raw.location().pointer());
        assertEquals("member Payload of InvokeRequest is the whole HTTP body, as raw blob rather than JSON (its "
                + "payload); the generated record reads and writes it as a JSON property named after the member, so "
                + "set it from the body's content instead of reading the body as JSON", raw.message());
        assertEquals("members Team (uri), Token (header) of CreateAppRequest are not in its HTTP body, which is member "
                + "App alone (its payload): the generated record's JSON is the JSON of App, without them",
                warnings.get(0).message());
    }

    /** A payload that comes or goes changes the record's JSON as a whole: a breaking change, in the diff too. */
    @Test
    void theDiffCallsAChangedPayloadBreaking(@TempDir Path dir) throws Exception {
        String spec = Files.readString(TestPaths.fixture(FIXTURE));
        Path without = Files.writeString(dir.resolve("without.json"),
                spec.replaceFirst("\"payload\": \"App\"\n    \\},\n    \"CreateAppResponse\"", "\"x\": 1},\n    \"CreateAppResponse\""));
        Differ.Result result = Differ.diff(without, SpecParser.parse("spec.json",
                Files.readAllBytes(TestPaths.fixture(FIXTURE)), new Diagnostics()).orElseThrow());
        assertEquals(List.of("type-changed CreateAppRequest.payload: - -> App (a rest-json record whose payload holds "
                + "JSON has that member's JSON as its own)"), result.changes().stream().map(Change::describe).toList());
        assertTrue(result.hasBreaking());
    }

    /** A payload whose shape has a payload of its own (here itself) keeps its members as properties: no recursion. */
    @Test
    void aPayloadThatIsItsOwnShapeIsAProperty(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("loop.json"), "{\"metadata\": {\"protocol\": \"rest-json\"}, "
                + "\"shapes\": {\"Loop\": {\"type\": \"structure\", \"payload\": \"Self\", \"members\": {\"Self\": "
                + "{\"shape\": \"Loop\"}, \"H\": {\"shape\": \"S\", \"location\": \"header\"}}}, "
                + "\"S\": {\"type\": \"string\"}}}");
        CompiledCode code = Fixtures.compile("payload-loop", spec, List.of(), List.of());
        String json = "{\"Self\":{\"H\":\"inner\"},\"H\":\"outer\"}";
        Object loop = MAPPER.readValue(json, code.load(Fixtures.packageOf("payload-loop") + ".Loop"));
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(loop)));
    }

    @Test
    void otherProtocolsKeepThePayloadAsAProperty(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, Files.readString(TestPaths.fixture(FIXTURE)).replace("\"rest-json\"",
                "\"rest-xml\""), StandardCharsets.UTF_8);
        CompiledCode code = Fixtures.compile("rest-xml-payload", spec, List.of(), List.of());
        Class<?> response = code.load(Fixtures.packageOf("rest-xml-payload") + ".CreateAppResponse");
        String json = "{\"App\":{\"Name\":\"shop\"},\"RequestId\":\"r-1\"}";
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(MAPPER.readValue(json,
                response))));
    }
}
