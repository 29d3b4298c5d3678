package dev.shapegen.behaviour;

import static dev.shapegen.behaviour.FixtureBehaviourTest.read;
import static dev.shapegen.behaviour.FixtureBehaviourTest.roundTrip;
import static dev.shapegen.testing.CompiledCode.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.shapegen.GenerationRequest;
import dev.shapegen.Generator;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.testing.CompiledCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Timestamps in the xml-timestamps fixture: the format each member writes, and every form that is read. */
class TimestampFormatsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void timestampsFollowProtocolAndMemberFormats() throws Exception {
        String json = "{\"Default\": \"2025-01-16T08:00:00Z\", \"Epoch\": 1737014400.125,"
                + " \"Http\": \"Thu, 16 Jan 2025 08:00:00 GMT\", \"Iso\": \"2025-01-16T08:00:00.500Z\","
                + " \"Series\": [[1, 2.5], []], \"ByName\": {\"a\": \"2025-01-16T08:00:00Z\"},"
                + " \"payload\": \"AQI=\", \"Header\": \"2025-01-16T08:00:00Z\"}";
        Object times = roundTrip("xml-timestamps", "Times", json);
        assertEquals(Instant.parse("2025-01-16T08:00:00Z"), call(times, "http"));
        JsonNode written = MAPPER.valueToTree(read("xml-timestamps", "Times",
                "{\"Default\": 1737014400, \"Http\": 1737014400, \"Iso\": 1737014400, \"Epoch\": \"2025-01-16T08:00:00Z\"}"));
        assertEquals("2025-01-16T08:00:00Z", written.get("Default").asText(), "any format is read; ISO is written");
        assertEquals("Thu, 16 Jan 2025 08:00:00 GMT", written.get("Http").asText());
        assertEquals(1737014400L, written.get("Epoch").asLong());
        // As botocore serializes: the list's member reference decides its elements' format; a format on a member
        // that holds a list is not passed down.
        JsonNode lists = MAPPER.valueToTree(read("xml-timestamps", "Times",
                "{\"IsoRows\": [1737014400], \"NotPassedDown\": [[\"2025-01-16T08:00:00Z\"]],"
                        + " \"IsoByName\": {\"a\": 1737014400}}"));
        assertEquals("2025-01-16T08:00:00Z", lists.get("IsoRows").get(0).asText());
        assertEquals("2025-01-16T08:00:00Z", lists.get("IsoByName").get("a").asText());
        assertEquals(1737014400L, lists.get("NotPassedDown").get(0).get(0).asLong());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-01-16T08:00:00Z | 2025-01-16T08:00:00Z",
        "2025-01-16T08:00:00+00:00 | 2025-01-16T08:00:00Z",
        "2025-01-16T08:00:00+0000 | 2025-01-16T08:00:00Z",
        "2025-01-16T09:30:00+0130 | 2025-01-16T08:00:00Z",
        "2025-01-16T06:00:00-02 | 2025-01-16T08:00:00Z",
        "2025-01-16T08:00:00.5+0000 | 2025-01-16T08:00:00.500Z",
        "1.7370144E9 | 2025-01-16T08:00:00Z",
        "17370144e2 | 2025-01-16T08:00:00Z",
        "Thu, 16 Jan 2025 08:00:00 GMT | 2025-01-16T08:00:00Z",
        "Thu, 16 Jan 2025 08:00:00 +0000 | 2025-01-16T08:00:00Z"})
    void timestampsAreReadInEveryFormSdksWrite(String text, String expected) throws Exception {
        // botocore and the AWS SDK for Java read offsets without a colon, and epoch seconds with an exponent.
        Object times = read("xml-timestamps", "Times", "{\"Default\": \"" + text + "\"}");
        assertEquals(Instant.parse(expected), call(times, "default_"));
    }

    /**
     * An unknown format on a member is warned of where it is written, and the member's timestamps take the next
     * format there is: the shape's, else the protocol's.
     */
    @Test
    void anUnknownMemberFormatIsWarnedOfAndTheShapesIsUsed(@TempDir Path dir) throws Exception {
        String json = "{\"metadata\": {\"protocol\": \"json\"}, \"shapes\": {\"T\": {\"type\": \"structure\", "
                + "\"members\": {\"At\": {\"shape\": \"Iso\", \"timestampFormat\": \"iso-8601\"}, "
                + "\"Since\": {\"shape\": \"Plain\", \"timestampFormat\": \"epoch\"}}}, "
                + "\"Iso\": {\"type\": \"timestamp\", \"timestampFormat\": \"iso8601\"}, "
                + "\"Plain\": {\"type\": \"timestamp\"}}}";
        Path spec = Files.writeString(dir.resolve("spec.json"), json);
        List<Diagnostic> warnings = Generator.emit("spec.json", json.getBytes(StandardCharsets.UTF_8),
                GenerationRequest.all(spec, dir.resolve("out"), "com.example.formats")).warnings();
        assertEquals(List.of("/shapes/T/members/At/timestampFormat", "/shapes/T/members/Since/timestampFormat"),
                warnings.stream().map(d -> d.location().pointer()).toList());
        assertEquals("unknown timestampFormat \"iso-8601\" (known: unixTimestamp, iso8601, rfc822); using the "
                + "shape's or the protocol's default", warnings.get(0).message());
        CompiledCode code = Fixtures.compile("unknown-member-format", spec, List.of(), List.of());
        Object t = new ObjectMapper().readValue("{\"At\": 0, \"Since\": 0}",
                code.load(Fixtures.packageOf("unknown-member-format") + ".T"));
        assertEquals("{\"At\":\"1970-01-01T00:00:00Z\",\"Since\":0}", new ObjectMapper().writeValueAsString(t));
    }

    /** A date that does not exist is refused in every text format, not moved to a nearby one. */
    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T12:00:00Z", "2024-04-31T00:00:00+01:00", "2023-02-29T12:00:00.5+0100",
        "Tue, 29 Feb 2023 08:00:00 GMT", "Mon, 31 Apr 2023 08:00:00 +0000", "Tue, 29 Feb 2023 08:00:00 +0000"})
    void impossibleDatesAreRefused(String text) {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> read("xml-timestamps", "Times", "{\"Default\": \"" + text + "\"}"));
        assertTrue(e.getMessage().contains("not a timestamp"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z"})
    void everyInstantRoundTripsThroughEachFormat(String instant) throws Exception {
        // An HTTP date's year is the proleptic one, so year 0 is 0000, not 1 BC written as 0001; beyond four digits
        // it is signed, and read back.
        String json = "{\"Default\": \"" + instant + "\", \"Http\": \"" + instant + "\"}";
        Object times = read("xml-timestamps", "Times", json);
        Object back = read("xml-timestamps", "Times", MAPPER.writeValueAsString(times));
        Instant seconds = Instant.parse(instant).truncatedTo(ChronoUnit.SECONDS);
        assertEquals(Instant.parse(instant), call(back, "default_"));
        assertEquals(seconds, call(back, "http"), MAPPER.writeValueAsString(times));
    }

    /** Epoch seconds are written plain, with the fraction digits needed: never an exponent, never trailing zeros. */
    @ParameterizedTest
    @CsvSource({"1970-01-01T00:00:00.000000001Z, 0.000000001", "1969-12-31T23:59:59.5Z, -0.5",
        "2025-01-16T00:00:00.250Z, 1736985600.25", "2025-01-16T00:00:00Z, 1736985600",
        "2025-01-16T00:00:00.123456789Z, 1736985600.123456789", "1969-12-31T23:59:59Z, -1"})
    void epochSecondsAreWrittenPlain(String instant, String written) throws Exception {
        String json = "{\"Payload\": {\"When\": \"" + instant + "\"}}";
        Object envelope = read("union-members", "Envelope", json);
        String out = MAPPER.writeValueAsString(envelope);
        assertEquals("{\"Payload\":{\"When\":" + written + "}}", out);
        assertEquals(envelope, read("union-members", "Envelope", out));
        // Through a tree (a token buffer) every digit stays too.
        assertEquals(envelope, MAPPER.treeToValue(MAPPER.valueToTree(envelope), envelope.getClass()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01T00:00:00.000000001Z", "+999999999-12-31T23:59:59.999999999Z",
        "2025-01-16T00:00:00.000000100Z"})
    void extremeInstantsRoundTripThroughTextAndTrees(String instant) throws Exception {
        Object envelope = read("union-members", "Envelope", "{\"Payload\": {\"When\": \"" + instant + "\"}}");
        assertEquals(envelope, read("union-members", "Envelope", MAPPER.writeValueAsString(envelope)));
        assertEquals(envelope, MAPPER.treeToValue(MAPPER.valueToTree(envelope), envelope.getClass()));
    }
}
