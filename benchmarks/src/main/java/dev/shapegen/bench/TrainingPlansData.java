package dev.shapegen.bench;

import dev.shapegen.bench.model.ListTrainingPlansResponse;
import dev.shapegen.bench.model.ReservedCapacityInstanceType;
import dev.shapegen.bench.model.ReservedCapacityStatus;
import dev.shapegen.bench.model.ReservedCapacitySummary;
import dev.shapegen.bench.model.SageMakerResourceName;
import dev.shapegen.bench.model.TrainingPlanStatus;
import dev.shapegen.bench.model.TrainingPlanSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A large, valid ListTrainingPlans response with realistic values. The same seed gives the same data on every JVM,
 * so every run and every fork measures the same bytes.
 *
 * <p>About a quarter of the timestamps have a fraction of a second and about half of the plans have a status
 * message, so readers and writers go through their less common paths too.
 */
public final class TrainingPlansData {
    /** Plans in the benchmarks' response. */
    public static final int PLANS = 10_000;

    private static final long SEED = 20250116L;
    private static final long FIRST_START = Instant.parse("2025-01-16T00:00:00Z").getEpochSecond();
    private static final String[] REGIONS = {"us-east-1", "us-east-2", "us-west-2", "eu-west-1", "ap-northeast-1"};
    private static final String[] ACCOUNTS = {"123456789012", "210987654321", "555500001111"};
    private static final String[] WORKLOADS = {"llm-pretrain", "vision-finetune", "speech-asr", "recsys-train",
        "protein-fold", "code-llm-sft"};
    private static final long[] HOURS = {24, 48, 72, 168, 336, 720};
    private static final int[] INSTANCES = {1, 2, 4, 8, 16, 32};
    private static final String[] MESSAGES = {"Capacity is ready", "Waiting for capacity to become available",
        "The plan has ended", "Payment could not be processed"};
    private static final double[] HOURLY_USD = {32.77, 55.04, 60.00, 63.30, 21.50, 44.70};
    private static final List<ReservedCapacityInstanceType> TYPES = ReservedCapacityInstanceType.knownValues();

    private TrainingPlansData() {}

    /** The benchmarks' response: {@link #PLANS} plans, two reserved capacities each. */
    public static ListTrainingPlansResponse response() {
        return response(PLANS);
    }

    /** A response of {@code plans} plans, two reserved capacities each. */
    public static ListTrainingPlansResponse response(int plans) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<TrainingPlanSummary> summaries = new ArrayList<>(plans);
        for (int i = 0; i < plans; i++) {
            summaries.add(plan(i, random));
        }
        return new ListTrainingPlansResponse("eyJwYWdlIjogMn0=", summaries);
    }

    private static TrainingPlanSummary plan(int index, SplittableRandom random) {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
        String name = String.format(Locale.ROOT, "%s-q%d-%05d", WORKLOADS[random.nextInt(WORKLOADS.length)],
                1 + random.nextInt(4), index);
        long hours = HOURS[random.nextInt(HOURS.length)];
        long minutes = random.nextBoolean() ? 0 : 30;
        Instant start = timestamp(FIRST_START + index * 3600L + random.nextInt(86_400), random);
        Instant end = start.plusSeconds(hours * 3600 + minutes * 60 - 1);
        int[] counts = {INSTANCES[random.nextInt(INSTANCES.length)], INSTANCES[random.nextInt(INSTANCES.length)]};
        int total = counts[0] + counts[1];
        int inUse = random.nextInt(total + 1);
        String status = planStatus(random);
        List<ReservedCapacitySummary> capacities = new ArrayList<>(2);
        double fee = 0;
        for (int c = 0; c < 2; c++) {
            int type = random.nextInt(TYPES.size());
            fee += HOURLY_USD[type % HOURLY_USD.length] * counts[c] * (hours + minutes / 60.0);
            capacities.add(new ReservedCapacitySummary(
                    "arn:aws:sagemaker:" + region + ":" + account + ":reserved-capacity/rc-"
                            + Long.toHexString(0x1000000000L + random.nextLong(0xEFFFFFFFFL)),
                    TYPES.get(type), counts[c], ReservedCapacityStatus.fromValue(status),
                    region + (char) ('a' + random.nextInt(4)), hours, minutes, start, end));
        }
        return TrainingPlanSummary.builder()
                .trainingPlanArn("arn:aws:sagemaker:" + region + ":" + account + ":training-plan/" + name)
                .trainingPlanName(name)
                .status(TrainingPlanStatus.fromValue(status))
                .statusMessage(random.nextBoolean() ? MESSAGES[random.nextInt(MESSAGES.length)] : null)
                .durationHours(hours)
                .durationMinutes(minutes)
                .startTime(start)
                .endTime(end)
                .upfrontFee(String.format(Locale.ROOT, "%.2f", fee))
                .currencyCode("USD")
                .totalInstanceCount(total)
                .availableInstanceCount(total - inUse)
                .inUseInstanceCount(inUse)
                .targetResources(targets(random))
                .reservedCapacitySummaries(capacities)
                .build();
    }

    private static Instant timestamp(long seconds, SplittableRandom random) {
        int roll = random.nextInt(8);
        // Fractions as the service sends them: whole seconds mostly, sometimes quarter or half seconds.
        long nanos = roll == 0 ? 500_000_000L : roll == 1 ? 250_000_000L : 0;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static String planStatus(SplittableRandom random) {
        int roll = random.nextInt(20);
        return roll < 8 ? "Active" : roll < 12 ? "Scheduled" : roll < 17 ? "Expired" : roll < 19 ? "Pending"
                : "Failed";
    }

    private static List<SageMakerResourceName> targets(SplittableRandom random) {
        int roll = random.nextInt(4);
        return roll == 0 ? List.of(SageMakerResourceName.TRAINING_JOB, SageMakerResourceName.HYPERPOD_CLUSTER)
                : roll == 1 ? List.of(SageMakerResourceName.HYPERPOD_CLUSTER)
                : List.of(SageMakerResourceName.TRAINING_JOB);
    }
}
