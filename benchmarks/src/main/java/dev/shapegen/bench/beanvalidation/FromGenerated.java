package dev.shapegen.bench.beanvalidation;

import java.util.List;
import java.util.function.Function;

/** Copies generated Training Plan values into these types, so that both validators check the same data. */
public final class FromGenerated {
    private FromGenerated() {}

    /** The same response in these types. */
    public static ListTrainingPlansResponse response(dev.shapegen.bench.model.ListTrainingPlansResponse r) {
        return new ListTrainingPlansResponse(r.nextToken(), map(r.trainingPlanSummaries(), FromGenerated::plan));
    }

    private static TrainingPlanSummary plan(dev.shapegen.bench.model.TrainingPlanSummary s) {
        return new TrainingPlanSummary(s.trainingPlanArn(), s.trainingPlanName(),
                s.status() == null ? null : TrainingPlanStatus.valueOf(s.status().known().name()),
                s.statusMessage(), s.durationHours(), s.durationMinutes(), s.startTime(), s.endTime(),
                s.upfrontFee(), s.currencyCode(), s.totalInstanceCount(), s.availableInstanceCount(),
                s.inUseInstanceCount(),
                map(s.targetResources(), t -> SageMakerResourceName.valueOf(t.known().name())),
                map(s.reservedCapacitySummaries(), FromGenerated::capacity));
    }

    private static ReservedCapacitySummary capacity(dev.shapegen.bench.model.ReservedCapacitySummary c) {
        return new ReservedCapacitySummary(c.reservedCapacityArn(),
                c.instanceType() == null ? null : ReservedCapacityInstanceType.valueOf(c.instanceType().known().name()),
                c.totalInstanceCount(),
                c.status() == null ? null : ReservedCapacityStatus.valueOf(c.status().known().name()),
                c.availabilityZone(), c.durationHours(), c.durationMinutes(), c.startTime(), c.endTime());
    }

    private static <A, B> List<B> map(List<A> list, Function<A, B> f) {
        return list == null ? null : list.stream().map(f).toList();
    }
}
