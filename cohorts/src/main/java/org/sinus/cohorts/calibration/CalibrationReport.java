package org.sinus.cohorts.calibration;

import java.util.List;
import java.util.Map;

/**
 * What one calibration found: the fitted parameters and every target compared.
 *
 * @param model the outcome model, as named in its parameter file (for example {@code infarct-size})
 * @param parameterFile the resource that carries the model's parameters, relative to the source root; null for a
 *     model whose parameters are still in code (its fit is reported, not stored)
 * @param fitted the fitted parameters by key, in fit order
 * @param checks the targets compared, fitted and validation
 * @param method how the fit was made (optimiser, loss, population, seed)
 */
public record CalibrationReport(String model, String parameterFile, Map<String, Double> fitted,
        List<TargetCheck> checks, String method) {

    public CalibrationReport {
        fitted = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fitted));
        checks = List.copyOf(checks);
    }

    /** Whether every fitted target passes (a validation may miss and is reported). */
    public boolean fitsPass() {
        return checks.stream().filter(TargetCheck::fitted).allMatch(TargetCheck::pass);
    }
}
