package org.sinus.engine.trial;

import java.util.List;

/**
 * One patient looked at: the beat-resolved traces of one virtual patient under every arm, for the dashboard's
 * patient page ({@code sinus patient}). Immutable; the arrays are copied in and out.
 *
 * <p>Series are named as the columns of {@code patient-<id>.arrow} (snake_case, unit last), for example
 * {@code time_s}, {@code cs_pressure_mmhg}, {@code cs_occluded}. Every series of one arm has the same length.
 *
 * @param run the run's identity (scenario, seed, code version)
 * @param patientId the virtual patient's id
 * @param selection how the patient was chosen, in words
 * @param covariates the patient's covariates, in the cohort's order
 * @param periodS the patient's beat period, s: beats start at whole multiples of it
 * @param warmup the end of the shared open warm-up (control steady state before any device starts)
 * @param arms one trace per arm, in the scenario's order (so arm {@code k} has the main page's colour {@code k});
 *     an arm without a device shows the control run
 */
public record PatientTraceView(RunInfo run, long patientId, String selection, List<Quantity> covariates,
        double periodS, Arm warmup, List<Arm> arms) {

    public PatientTraceView {
        if (run == null || selection == null || warmup == null || arms == null || arms.isEmpty()) {
            throw new IllegalArgumentException("patient trace: run, selection, warm-up and at least one arm are required");
        }
        if (!(periodS > 0)) {
            throw new IllegalArgumentException("patient trace: periodS = " + periodS + " must be > 0");
        }
        covariates = List.copyOf(covariates);
        arms = List.copyOf(arms);
    }

    /**
     * A named value with its unit.
     *
     * @param name snake_case name, unit last
     * @param unit unit, {@code 1} for a ratio, {@code 0/1} for an indicator
     * @param value the value; NaN when unknown
     */
    public record Quantity(String name, String unit, double value) {
        public Quantity {
            if (name == null || unit == null) {
                throw new IllegalArgumentException("quantity: name and unit are required");
            }
        }
    }

    /**
     * One sampled signal.
     *
     * @param name snake_case name, unit last, as the Arrow column
     * @param unit unit
     * @param values samples, in time order
     */
    public record Series(String name, String unit, double[] values) {
        public Series {
            if (name == null || unit == null || values == null) {
                throw new IllegalArgumentException("series: name, unit and values are required");
            }
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** @return the number of samples */
        public int size() {
            return values.length;
        }

        /** @return sample {@code k}, without copying */
        public double get(int k) {
            return values[k];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Series s && s.name.equals(name) && s.unit.equals(unit)
                    && java.util.Arrays.equals(s.values, values);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + java.util.Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Series[" + name + " (" + unit + "), " + values.length + " samples]";
        }
    }

    /**
     * The trace of one arm.
     *
     * @param arm the arm's name, as in the scenario ({@code warm-up} for the shared warm-up)
     * @param device the device's name ({@code none} for control, {@code warm-up} for the warm-up)
     * @param failure why the kernel stopped this patient in this arm, or null
     * @param summary the kernel's metrics over the arm's measured window (empty for the warm-up)
     * @param series the signals, the first being {@code time_s}
     */
    public record Arm(String arm, String device, String failure, List<Quantity> summary, List<Series> series) {
        public Arm {
            if (arm == null || device == null || series == null || series.isEmpty()) {
                throw new IllegalArgumentException("arm trace: arm, device and series are required");
            }
            int n = series.get(0).size();
            for (Series s : series) {
                if (s.size() != n) {
                    throw new IllegalArgumentException("arm trace " + arm + ": series " + s.name() + " has "
                            + s.size() + " samples, " + series.get(0).name() + " has " + n);
                }
            }
            summary = List.copyOf(summary);
            series = List.copyOf(series);
        }

        /** @return the number of samples of each series */
        public int samples() {
            return series.get(0).size();
        }

        /** @return the series named {@code name} */
        public Series series(String name) {
            for (Series s : series) {
                if (s.name().equals(name)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("arm trace " + arm + " has no series " + name);
        }
    }
}
