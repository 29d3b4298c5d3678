package dev.shapegen.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.shapegen.bench.model.ListTrainingPlansResponse;
import dev.shapegen.bench.model.ReservedCapacitySummary;
import dev.shapegen.bench.model.SageMakerResourceName;
import dev.shapegen.bench.model.TrainingPlanSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A hand-written streaming writer of ListTrainingPlans responses from the generated records: the floor for writing
 * them with databind. It writes byte for byte what databind writes (the benchmark checks that): members in model
 * order, absent members left out, timestamps as epoch seconds with only the fraction digits needed.
 */
public final class StreamingWriter {
    private final JsonFactory factory;

    /**
     * @param factory the factory to create generators with; shared, as an application would share it
     */
    public StreamingWriter(JsonFactory factory) {
        this.factory = factory;
    }

    /** Writes a whole response as UTF-8 bytes. */
    public byte[] write(ListTrainingPlansResponse response) throws IOException {
        // The same output buffer as ObjectMapper.writeValueAsBytes, used the same way, so only the writing differs.
        try (ByteArrayBuilder out = new ByteArrayBuilder(factory._getBufferRecycler())) {
            try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                string(g, "NextToken", response.nextToken());
                if (response.trainingPlanSummaries() != null) {
                    g.writeArrayFieldStart("TrainingPlanSummaries");
                    for (TrainingPlanSummary plan : response.trainingPlanSummaries()) {
                        plan(g, plan);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            byte[] bytes = out.toByteArray();
            out.release();
            return bytes;
        }
    }

    private static void plan(JsonGenerator g, TrainingPlanSummary s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "TrainingPlanArn", s.trainingPlanArn());
        string(g, "TrainingPlanName", s.trainingPlanName());
        string(g, "Status", s.status() == null ? null : s.status().value());
        string(g, "StatusMessage", s.statusMessage());
        number(g, "DurationHours", s.durationHours());
        number(g, "DurationMinutes", s.durationMinutes());
        timestamp(g, "StartTime", s.startTime());
        timestamp(g, "EndTime", s.endTime());
        string(g, "UpfrontFee", s.upfrontFee());
        string(g, "CurrencyCode", s.currencyCode());
        number(g, "TotalInstanceCount", s.totalInstanceCount());
        number(g, "AvailableInstanceCount", s.availableInstanceCount());
        number(g, "InUseInstanceCount", s.inUseInstanceCount());
        List<SageMakerResourceName> targets = s.targetResources();
        if (targets != null) {
            g.writeArrayFieldStart("TargetResources");
            for (SageMakerResourceName t : targets) {
                if (t == null) {
                    g.writeNull();
                } else {
                    g.writeString(t.value());
                }
            }
            g.writeEndArray();
        }
        List<ReservedCapacitySummary> capacities = s.reservedCapacitySummaries();
        if (capacities != null) {
            g.writeArrayFieldStart("ReservedCapacitySummaries");
            for (ReservedCapacitySummary c : capacities) {
                capacity(g, c);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void capacity(JsonGenerator g, ReservedCapacitySummary c) throws IOException {
        if (c == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "ReservedCapacityArn", c.reservedCapacityArn());
        string(g, "InstanceType", c.instanceType() == null ? null : c.instanceType().value());
        number(g, "TotalInstanceCount", c.totalInstanceCount());
        string(g, "Status", c.status() == null ? null : c.status().value());
        string(g, "AvailabilityZone", c.availabilityZone());
        number(g, "DurationHours", c.durationHours());
        number(g, "DurationMinutes", c.durationMinutes());
        timestamp(g, "StartTime", c.startTime());
        timestamp(g, "EndTime", c.endTime());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void number(JsonGenerator g, String name, Number value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeNumber(value.longValue());
        }
    }

    private static void timestamp(JsonGenerator g, String name, Instant t) throws IOException {
        if (t == null) {
            return;
        }
        g.writeFieldName(name);
        long seconds = t.getEpochSecond();
        int nanos = t.getNano();
        if (nanos == 0) {
            g.writeNumber(seconds);
        } else if (seconds >= 0) {
            g.writeNumber(seconds + "." + fraction(nanos));
        } else {
            // Before the epoch the integer part is not getEpochSecond(); rare enough to leave to BigDecimal.
            g.writeNumber(BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros());
        }
    }

    /** The nine fraction digits of {@code nanos} without trailing zeros ({@code 500_000_000} is {@code "5"}). */
    private static String fraction(int nanos) {
        char[] digits = new char[9];
        int value = nanos;
        for (int i = 8; i >= 0; i--) {
            digits[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        int length = 9;
        while (digits[length - 1] == '0') {
            length--;
        }
        return new String(digits, 0, length);
    }
}
