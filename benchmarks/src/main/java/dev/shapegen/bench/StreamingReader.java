package dev.shapegen.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.shapegen.bench.model.ListTrainingPlansResponse;
import dev.shapegen.bench.model.ReservedCapacityInstanceType;
import dev.shapegen.bench.model.ReservedCapacityStatus;
import dev.shapegen.bench.model.ReservedCapacitySummary;
import dev.shapegen.bench.model.SageMakerResourceName;
import dev.shapegen.bench.model.TrainingPlanStatus;
import dev.shapegen.bench.model.TrainingPlanSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written streaming reader of ListTrainingPlans responses into the generated records: the floor for reading
 * them with databind. It builds the same values (the benchmark checks that), accepts the same timestamp forms
 * (epoch seconds, with or without a fraction, and ISO 8601 strings) and skips unknown members.
 */
public final class StreamingReader {
    private final JsonFactory factory;

    /**
     * @param factory the factory to create parsers with; shared, as an application would share it
     */
    public StreamingReader(JsonFactory factory) {
        this.factory = factory;
    }

    /** Reads a whole response. */
    public ListTrainingPlansResponse read(byte[] json) throws IOException {
        try (JsonParser p = factory.createParser(json)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            String nextToken = null;
            List<TrainingPlanSummary> plans = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "NextToken" -> nextToken = p.getValueAsString();
                    case "TrainingPlanSummaries" -> plans = plans(p);
                    default -> p.skipChildren();
                }
            }
            return new ListTrainingPlansResponse(nextToken, plans);
        }
    }

    private static List<TrainingPlanSummary> plans(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p, p.currentToken(), JsonToken.START_ARRAY);
        List<TrainingPlanSummary> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(plan(p));
        }
        return out;
    }

    private static TrainingPlanSummary plan(JsonParser p) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_OBJECT);
        TrainingPlanSummary.Builder b = TrainingPlanSummary.builder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "TrainingPlanArn" -> b.trainingPlanArn(p.getValueAsString());
                case "TrainingPlanName" -> b.trainingPlanName(p.getValueAsString());
                case "Status" -> b.status(isNull(p) ? null : TrainingPlanStatus.fromValue(p.getText()));
                case "StatusMessage" -> b.statusMessage(p.getValueAsString());
                case "DurationHours" -> b.durationHours(isNull(p) ? null : p.getLongValue());
                case "DurationMinutes" -> b.durationMinutes(isNull(p) ? null : p.getLongValue());
                case "StartTime" -> b.startTime(timestamp(p));
                case "EndTime" -> b.endTime(timestamp(p));
                case "UpfrontFee" -> b.upfrontFee(p.getValueAsString());
                case "CurrencyCode" -> b.currencyCode(p.getValueAsString());
                case "TotalInstanceCount" -> b.totalInstanceCount(isNull(p) ? null : p.getIntValue());
                case "AvailableInstanceCount" -> b.availableInstanceCount(isNull(p) ? null : p.getIntValue());
                case "InUseInstanceCount" -> b.inUseInstanceCount(isNull(p) ? null : p.getIntValue());
                case "TargetResources" -> b.targetResources(targets(p));
                case "ReservedCapacitySummaries" -> b.reservedCapacitySummaries(capacities(p));
                default -> p.skipChildren();
            }
        }
        return b.build();
    }

    private static List<SageMakerResourceName> targets(JsonParser p) throws IOException {
        if (isNull(p)) {
            return null;
        }
        expect(p, p.currentToken(), JsonToken.START_ARRAY);
        List<SageMakerResourceName> out = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(isNull(p) ? null : SageMakerResourceName.fromValue(p.getText()));
        }
        return out;
    }

    private static List<ReservedCapacitySummary> capacities(JsonParser p) throws IOException {
        if (isNull(p)) {
            return null;
        }
        expect(p, p.currentToken(), JsonToken.START_ARRAY);
        List<ReservedCapacitySummary> out = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(capacity(p));
        }
        return out;
    }

    private static ReservedCapacitySummary capacity(JsonParser p) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_OBJECT);
        ReservedCapacitySummary.Builder b = ReservedCapacitySummary.builder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "ReservedCapacityArn" -> b.reservedCapacityArn(p.getValueAsString());
                case "InstanceType" -> b.instanceType(
                        isNull(p) ? null : ReservedCapacityInstanceType.fromValue(p.getText()));
                case "TotalInstanceCount" -> b.totalInstanceCount(isNull(p) ? null : p.getIntValue());
                case "Status" -> b.status(isNull(p) ? null : ReservedCapacityStatus.fromValue(p.getText()));
                case "AvailabilityZone" -> b.availabilityZone(p.getValueAsString());
                case "DurationHours" -> b.durationHours(isNull(p) ? null : p.getLongValue());
                case "DurationMinutes" -> b.durationMinutes(isNull(p) ? null : p.getLongValue());
                case "StartTime" -> b.startTime(timestamp(p));
                case "EndTime" -> b.endTime(timestamp(p));
                default -> p.skipChildren();
            }
        }
        return b.build();
    }

    private static Instant timestamp(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> Instant.ofEpochSecond(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> fromSeconds(p.getDecimalValue());
            case VALUE_STRING -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(p.getText(), Instant::from);
            default -> throw new JsonParseException(p, "not a timestamp: " + p.currentToken());
        };
    }

    private static Instant fromSeconds(BigDecimal seconds) {
        // Floor, not truncation, so that -0.5 is half a second before the epoch.
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        long nanos = seconds.subtract(whole).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }

    private static boolean isNull(JsonParser p) {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new JsonParseException(p, "expected " + expected + " but found " + actual);
        }
    }
}
