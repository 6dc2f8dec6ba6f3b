package org.sinus.cohorts.cto;

import java.util.Map;

/**
 * The parameters of {@link CtoOutcomes}' kernel link, read from {@value #PARAMETER_FILE} (a resource beside this
 * class; keys {@code mi.halfDoseMin} and so on). Sources and reasons: the file and {@code docs/cto-lesions.md}.
 *
 * @param mi the ischaemic part of a periprocedural MI
 * @param collapse haemodynamic collapse during ischaemic minutes
 */
public record CtoOutcomeParameters(Mi mi, Collapse collapse) {
    /** The parameter file, a resource beside this class. */
    public static final String PARAMETER_FILE = "cto-outcomes.properties";

    private static final CtoOutcomeParameters DEFAULTS = CtoParameterFile.read(CtoOutcomeParameters.class,
            CtoParameterFile.load(PARAMETER_FILE), PARAMETER_FILE);

    public CtoOutcomeParameters {
        if (mi == null || collapse == null) {
            throw new IllegalArgumentException("CtoOutcomeParameters: mi and collapse are required");
        }
    }

    /**
     * The parameters of {@value #PARAMETER_FILE}.
     *
     * @return the defaults
     */
    public static CtoOutcomeParameters defaults() {
        return DEFAULTS;
    }

    /**
     * Every parameter by its key.
     *
     * @return key to value
     */
    public Map<String, Double> toProperties() {
        return CtoParameterFile.flatten(this);
    }

    /**
     * Ischaemic MI: hazard {@code ln 2 (E / halfDoseMin)^doseShape} for a dose {@code E} of equivalent minutes of
     * complete subendocardial ischaemia.
     *
     * @param halfDoseMin dose of probability 1/2, min, in (0, 600]
     * @param doseShape Weibull shape, in [0.5, 10]
     */
    public record Mi(double halfDoseMin, double doseShape) {
        public Mi {
            require("mi.halfDoseMin", halfDoseMin, 1e-3, 600);
            require("mi.doseShape", doseShape, 0.5, 10);
        }
    }

    /**
     * Collapse: per ischaemic minute, hazard {@code maxHazardPerMin logistic((criticalPowerW - CPO_isch) /
     * powerScaleW)}.
     *
     * @param akineticDeficit unmet O2 share at which the territory stops contracting, in (0, 1]
     * @param criticalPowerW critical cardiac power output, W, in (0, 3]
     * @param powerScaleW logistic width, W, in (0, 1]
     * @param maxHazardPerMin largest hazard, per min, in [0, 1]
     * @param abortShare share of collapses that end an unfinished procedure, in [0, 1]
     */
    public record Collapse(double akineticDeficit, double criticalPowerW, double powerScaleW, double maxHazardPerMin,
            double abortShare) {
        public Collapse {
            require("collapse.akineticDeficit", akineticDeficit, 1e-3, 1);
            require("collapse.criticalPowerW", criticalPowerW, 1e-3, 3);
            require("collapse.powerScaleW", powerScaleW, 1e-3, 1);
            require("collapse.maxHazardPerMin", maxHazardPerMin, 0, 1);
            require("collapse.abortShare", abortShare, 0, 1);
        }
    }

    static void require(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("CtoOutcomeParameters." + name + " = " + value + " is outside ["
                    + min + ", " + max + "]");
        }
    }
}
