package dev.shapegen.bench.beanvalidation;

/** Kinds of SageMaker resource that can use a plan. Closed, as hand-written and OpenAPI-generated enums are. */
public enum SageMakerResourceName {
    TRAINING_JOB, HYPERPOD_CLUSTER
}
