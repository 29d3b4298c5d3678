package dev.shapegen.bench.beanvalidation;

/** Instance types that capacity can be reserved for. Closed, as hand-written and OpenAPI-generated enums are. */
public enum ReservedCapacityInstanceType {
    ML_P4D_24XLARGE, ML_P5_48XLARGE, ML_P5E_48XLARGE, ML_P5EN_48XLARGE, ML_TRN1_32XLARGE, ML_TRN2_48XLARGE
}
