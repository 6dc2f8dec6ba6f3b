package org.sinus.cohorts.shock;

import java.util.Properties;
import org.sinus.engine.outcome.ParameterFiles;

/**
 * The parameters of the cardiogenic-shock outcome models ({@link ShockOutcomes}), all on the log-odds scale unless
 * named a probability; values, units and sources in {@value #PARAMETER_FILE} and
 * {@code docs/cohort-cardiogenic-shock.md}. The fitted ones are rewritten by {@code ./sinus calibrate --write}
 * ({@code calibration.ShockCalibration}).
 *
 * @param death 30-day death
 * @param bleeding major bleeding as IABP-SHOCK II defined it
 * @param bleedingEclsDefinition added to the bleeding log-odds of ECLS-SHOCK patients: that trial counted moderate
 *     or severe bleeding (BARC 3 to 5), a wider definition than IABP-SHOCK II's (fitted)
 * @param vascular peripheral vascular complication needing intervention
 * @param stroke stroke
 * @param haemolysisAxialPump probability of haemolysis with an axial pump (Impella)
 * @param haemolysisCircuit probability of haemolysis with a centrifugal circuit (VA-ECMO, TandemHeart)
 */
public record ShockOutcomeParameters(DeathModel death, EventModel bleeding, double bleedingEclsDefinition,
        EventModel vascular, EventModel stroke, double haemolysisAxialPump, double haemolysisCircuit) {
    /** The parameter file, a resource next to this class. */
    public static final String PARAMETER_FILE = "shock-outcomes.properties";
    /** The age the per-decade terms are centred on, years. */
    public static final double REFERENCE_AGE_YEARS = 65;

    private static final ShockOutcomeParameters DEFAULTS = fromProperties(load());

    public ShockOutcomeParameters {
        if (death == null || bleeding == null || vascular == null || stroke == null) {
            throw new IllegalArgumentException("death, bleeding, vascular and stroke models are required");
        }
        finite("bleedingEclsDefinition", bleedingEclsDefinition);
        probability("haemolysisAxialPump", haemolysisAxialPump);
        probability("haemolysisCircuit", haemolysisCircuit);
    }

    /**
     * The model of 30-day death: {@code logit p = intercept + perScorePoint S - perLogCpo ln(CPO / 1 W) + bleeding B
     * + vascular V + stroke K + haemolysis H}, with {@code S} the IABP-SHOCK II score and {@code B, V, K, H} the
     * patient's complications in the arm (0 or 1).
     *
     * @param intercept log-odds at score 0, CPO 1 W, no complication (fitted)
     * @param perScorePoint per IABP-SHOCK II score point ({@code >= 0})
     * @param perLogCpo per unit of the natural log of cardiac power output, subtracted ({@code >= 0}: a higher CPO
     *     never raises the risk)
     * @param bleeding added with major bleeding
     * @param vascular added with a vascular complication
     * @param stroke added with a stroke
     * @param haemolysis added with haemolysis
     */
    public record DeathModel(double intercept, double perScorePoint, double perLogCpo, double bleeding,
            double vascular, double stroke, double haemolysis) {
        /**
         * The lowest cardiac power the death model distinguishes, W (assumption: about the lowest CPO in Fincke et
         * al.'s shock cohort, JACC 2004; a log-linear term must stop somewhere, and 0 W, a non-ejecting heart on
         * VA-ECMO, would give certain death).
         */
        public static final double CPO_FLOOR_W = 0.1;

        public DeathModel {
            finite("death.intercept", intercept);
            nonNegative("death.perScorePoint", perScorePoint);
            nonNegative("death.perLogCpo", perLogCpo);
            finite("death.bleeding", bleeding);
            finite("death.vascular", vascular);
            finite("death.stroke", stroke);
            finite("death.haemolysis", haemolysis);
        }

        /**
         * The probability of death given the complications.
         *
         * @param score IABP-SHOCK II score, points
         * @param cpoW the heart's cardiac power output in the arm, W, {@code >= 0}; below {@link #CPO_FLOOR_W} it counts
         *     as that floor (a heart that no longer opens its aortic valve under VA-ECMO has power 0)
         * @param events bit 0 bleeding, 1 vascular, 2 stroke, 3 haemolysis
         * @return the probability
         */
        public double probability(int score, double cpoW, int events) {
            return logistic(intercept + perScorePoint * score - perLogCpo * Math.log(Math.max(CPO_FLOOR_W, cpoW))
                    + ((events & 1) != 0 ? bleeding : 0) + ((events & 2) != 0 ? vascular : 0)
                    + ((events & 4) != 0 ? stroke : 0) + ((events & 8) != 0 ? haemolysis : 0));
        }
    }

    /**
     * A complication's logistic model: {@code logit p = intercept + perFr Fr + female [woman] + per10Years (age - 65)
     * / 10 + resuscitated [resuscitated] + priorStroke [prior stroke] + circuit [centrifugal circuit]}.
     *
     * @param intercept log-odds of a 65-year-old man without the risk factors and without added access
     * @param perFr per French of added arterial access ({@link DeviceAccess})
     * @param female added for a woman
     * @param per10Years per decade of age above 65
     * @param resuscitated added after resuscitation before randomisation
     * @param priorStroke added with a stroke before
     * @param circuit added with a centrifugal extracorporeal circuit
     */
    public record EventModel(double intercept, double perFr, double female, double per10Years, double resuscitated,
            double priorStroke, double circuit) {
        public EventModel {
            finite("intercept", intercept);
            nonNegative("perFr", perFr);
            finite("female", female);
            finite("per10Years", per10Years);
            finite("resuscitated", resuscitated);
            finite("priorStroke", priorStroke);
            finite("circuit", circuit);
        }

        /** The log-odds of one patient with one device. */
        double logOdds(ShockPresentation p, DeviceAccess a) {
            return intercept + perFr * a.arterialFr() + (p.female() ? female : 0)
                    + per10Years * (p.ageYears() - REFERENCE_AGE_YEARS) / 10 + (p.resuscitated() ? resuscitated : 0)
                    + (p.priorStroke() ? priorStroke : 0) + (a.centrifugalCircuit() ? circuit : 0);
        }
    }

    /**
     * The model in force: the parameters of {@value #PARAMETER_FILE}.
     *
     * @return the defaults
     */
    public static ShockOutcomeParameters defaults() {
        return DEFAULTS;
    }

    /**
     * The four complication probabilities of one patient with one device.
     *
     * @param p the presentation
     * @param a the device's access
     * @param out receives bleeding, vascular complication, stroke, haemolysis; length at least 4
     */
    public void complicationProbabilities(ShockPresentation p, DeviceAccess a, double[] out) {
        out[0] = logistic(bleeding.logOdds(p, a)
                + (p.population() == ShockPopulation.ECLS_SHOCK ? bleedingEclsDefinition : 0));
        out[1] = logistic(vascular.logOdds(p, a));
        out[2] = logistic(stroke.logOdds(p, a));
        final double axial = a.axialPump() ? haemolysisAxialPump : 0;
        final double circuit = a.centrifugalCircuit() ? haemolysisCircuit : 0;
        out[3] = 1 - (1 - axial) * (1 - circuit);
    }

    /**
     * The probability of death averaged over the complications (independent given the patient and device).
     *
     * @param p the presentation
     * @param cpoW cardiac power output in the arm, W
     * @param a the device's access
     * @return the marginal probability of death
     */
    public double deathRisk(ShockPresentation p, double cpoW, DeviceAccess a) {
        final double[] q = new double[4];
        complicationProbabilities(p, a, q);
        double risk = 0;
        for (int events = 0; events < 16; events++) {
            double weight = 1;
            for (int k = 0; k < 4; k++) {
                weight *= (events & (1 << k)) != 0 ? q[k] : 1 - q[k];
            }
            if (weight > 0) {
                risk += weight * death.probability(p.riskScore(), cpoW, events);
            }
        }
        return risk;
    }

    /** {@code 1 / (1 + exp(-x))}. */
    public static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /**
     * Reads the parameters.
     *
     * @param p properties with every key of {@value #PARAMETER_FILE}
     * @return the parameters
     * @throws IllegalArgumentException naming a missing or malformed key
     */
    public static ShockOutcomeParameters fromProperties(Properties p) {
        return new ShockOutcomeParameters(
                new DeathModel(number(p, "death.intercept"), number(p, "death.perScorePoint"),
                        number(p, "death.perLogCpo"), number(p, "death.bleeding"), number(p, "death.vascular"),
                        number(p, "death.stroke"), number(p, "death.haemolysis")),
                event(p, "bleeding"), number(p, "bleeding.eclsShockDefinition"), event(p, "vascular"),
                event(p, "stroke"), number(p, "haemolysis.axialPump"), number(p, "haemolysis.circuit"));
    }

    private static EventModel event(Properties p, String prefix) {
        return new EventModel(number(p, prefix + ".intercept"), number(p, prefix + ".perFr"),
                number(p, prefix + ".female"), number(p, prefix + ".per10Years"), number(p, prefix + ".resuscitated"),
                number(p, prefix + ".priorStroke"), number(p, prefix + ".circuit"));
    }

    private static Properties load() {
        return ParameterFiles.load(ShockOutcomeParameters.class, PARAMETER_FILE);
    }

    private static double number(Properties p, String key) {
        return ParameterFiles.number(p, key, PARAMETER_FILE);
    }

    private static void finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " = " + v + " must be finite");
        }
    }

    private static void nonNegative(String field, double v) {
        if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(field + " = " + v + " must be finite and >= 0");
        }
    }

    private static void probability(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(field + " = " + v + " is outside the allowed range [0, 1]");
        }
    }
}
