package org.sinus.jobs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Covariate;
import org.sinus.cohorts.OutcomeColumn;
import org.sinus.engine.devices.Devices;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.Endpoint;

/**
 * The numeric columns of the per-patient results, after {@code patient_id} and {@code arm}: the cohort's
 * covariates, the clamped-parameter count, the outcome model's columns (endpoints and their inputs, such as a dose),
 * every kernel {@link Metric}, and the
 * union of the arms' device metrics (NaN in arms whose device does not report them). Immutable.
 *
 * @param columns the columns, in file order
 * @param covariates how many leading columns are covariates
 * @param outcomes the outcome model's columns, after the clamped-parameter count
 * @param deviceMetrics the device metric names, in column order (the last columns)
 */
record ResultColumns(List<Column> columns, int covariates, List<OutcomeColumn> outcomes, List<String> deviceMetrics) {
    static final String CLAMPED = "clamped_parameters";

    /**
     * One numeric column.
     *
     * @param name column name
     * @param unit unit, {@code 1} for a ratio, {@code 0/1} for an indicator
     * @param description what it is
     * @param integer whether the values are integers (written as int32)
     */
    record Column(String name, String unit, String description, boolean integer) {
    }

    ResultColumns {
        columns = List.copyOf(columns);
        outcomes = List.copyOf(outcomes);
        deviceMetrics = List.copyOf(deviceMetrics);
    }

    static ResultColumns of(Cohort cohort, List<ArmSpec> arms) {
        List<Column> cols = new ArrayList<>();
        for (Covariate c : cohort.covariates()) {
            cols.add(new Column(snakeCase(c.name()), c.unit(), "covariate: " + c.description() + " (" + c.source() + ")",
                    false));
        }
        cols.add(new Column(CLAMPED, "count", "kernel parameters the cohort mapping clamped into range", true));
        List<OutcomeColumn> outcomes = cohort.outcomes().columns();
        for (OutcomeColumn o : outcomes) {
            cols.add(new Column(o.name(), o.unit(), o.description(), false));
        }
        for (Metric m : Metric.values()) {
            cols.add(new Column(m.column(), unitOf(m.column()), "kernel metric " + m.name(),
                    m == Metric.MEASURED_BEATS));
        }
        Set<String> device = new LinkedHashSet<>();
        for (ArmSpec arm : arms) {
            device.addAll(Devices.of(arm.device()).metricNames());
        }
        for (String name : device) {
            cols.add(new Column(name, unitOf(name), "device metric (NaN in arms without this device)", false));
        }
        return new ResultColumns(cols, cohort.covariates().size(), outcomes, List.copyOf(device));
    }

    int size() {
        return columns.size();
    }

    int index(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    /** Column of the {@code k}-th outcome column. */
    int outcomeIndex(int k) {
        return covariates + 1 + k;
    }

    /**
     * Column of an endpoint: a physiological endpoint's kernel metric, or the outcome model's column; -1 if the
     * cohort's outcome model does not produce it.
     */
    int endpointIndex(Endpoint e) {
        if (e.metric() != null) {
            return metricIndex(e.metric());
        }
        for (int k = 0; k < outcomes.size(); k++) {
            if (outcomes.get(k).endpoint() == e) {
                return outcomeIndex(k);
            }
        }
        return -1;
    }

    int metricIndex(Metric m) {
        return covariates + 1 + outcomes.size() + m.ordinal();
    }

    int deviceMetricIndex(int k) {
        return covariates + 1 + outcomes.size() + Metric.values().length + k;
    }

    /** {@code ejectionFractionPercent} to {@code ejection_fraction_percent}: one naming style in result files. */
    static String snakeCase(String name) {
        return name.replace("MmHg", "Mmhg").replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The unit a metric's name ends with (names carry their unit, STYLE.md "Names"). */
    static String unitOf(String name) {
        if (name.endsWith("_ml_per_min_per_g")) {
            return "ml/min/g";
        } else if (name.endsWith("_l_per_min")) {
            return "L/min";
        } else if (name.endsWith("_mmhg")) {
            return "mmHg";
        } else if (name.endsWith("_ml")) {
            return "ml";
        } else if (name.endsWith("_s")) {
            return "s";
        } else if (name.endsWith("_beats")) {
            return "beats";
        } else if (name.endsWith("fraction")) {
            return "1";
        } else {
            return "count";
        }
    }
}
