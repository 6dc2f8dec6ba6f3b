package org.sinus.engine.scenario;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.trial.BinLayout;

/**
 * Outcomes a trial can report, with their unit, their kind (a measurement, or an event a patient has or has not) and
 * the histogram bins they are shown and summarised in.
 *
 * <p>A binary endpoint's per-patient value is 1 (the event happened, or the response was reached) or 0; its arm mean
 * is the proportion, its paired difference the risk difference, and simulated trials test it with Fisher's exact
 * test rather than Welch's t-test.
 */
public enum Endpoint {
    /** Final infarct size as a percentage of left-ventricular mass (as measured by late-enhancement CMR). */
    INFARCT_SIZE("infarct-size", "% LV", "Infarct size", Kind.CONTINUOUS, BinLayout.infarctDisplay(),
            BinLayout.infarctFine()),
    /** CTO PCI technical success: the occlusion crossed, dilated and stented, not abandoned after a collapse. */
    CTO_SUCCESS("cto-success", "CTO technical success"),
    /** In-hospital MACE of CTO PCI: death, MI, stroke, urgent repeat revascularisation or tamponade (C30). */
    CTO_MACE("cto-mace", "In-hospital MACE"),
    /** Major adverse events of high-risk PCI: in-hospital MACE or haemodynamic collapse (PROTECT II-like). */
    PCI_MAE("pci-mae", "MACE or haemodynamic collapse"),
    /** Periprocedural myocardial infarction of PCI. */
    PERIPROCEDURAL_MI("periprocedural-mi", "Periprocedural MI"),
    /** Haemodynamic collapse during PCI: sustained hypotension needing treatment (BCIS-1-like). */
    HAEMODYNAMIC_COLLAPSE("haemodynamic-collapse", "Haemodynamic collapse"),
    /** Ischaemic burden of a PCI: procedural ischaemic minutes times the territory's unmet O2 share, min. */
    ISCHAEMIC_BURDEN("ischaemic-burden", "min", "Ischaemic burden", Kind.CONTINUOUS, new BinLayout(0, 1, 30),
            new BinLayout(0, 0.01, 20000)),
    /** CCS angina class improved by at least 2 classes from baseline to 6 months (COSIRA's primary endpoint). */
    CCS_IMPROVED_2("ccs-improved-2", "CCS class improved by >= 2"),
    /** CCS angina class improved by at least 1 class from baseline to 6 months. */
    CCS_IMPROVED_1("ccs-improved-1", "CCS class improved by >= 1"),
    /** CCS angina class at baseline minus at 6 months, classes (positive is better; refractory angina). */
    CCS_IMPROVEMENT("ccs-improvement", "classes", "CCS class improvement", Kind.CONTINUOUS,
            new BinLayout(-1.5, 1, 5), new BinLayout(-1.5, 1, 5)),
    /** Change of the Seattle Angina Questionnaire quality-of-life score, baseline to 6 months, points. */
    SAQ_QOL_CHANGE("saq-qol-change", "points", "SAQ quality-of-life change", Kind.CONTINUOUS,
            new BinLayout(-50, 5, 20), new BinLayout(-100, 0.1, 2000)),
    /** Mitral regurgitant volume per beat, ml (functional mitral regurgitation). */
    REGURGITANT_VOLUME("regurgitant-volume", "ml", "Mitral regurgitant volume", Kind.CONTINUOUS,
            new BinLayout(0, 5, 30), new BinLayout(0, 0.1, 2000)),
    /** Change of NYHA class from baseline to follow-up, classes (negative is better; functional MR). */
    NYHA_CHANGE("nyha-change", "class", "NYHA class change", Kind.CONTINUOUS, new BinLayout(-3.5, 1, 6),
            new BinLayout(-3.5, 1, 6)),
    /** Change of the 6-minute walk distance from baseline to follow-up, m (functional MR). */
    SIX_MINUTE_WALK_CHANGE("six-minute-walk-change", "m", "6-minute walk change", Kind.CONTINUOUS,
            new BinLayout(-300, 50, 20), new BinLayout(-500, 1, 1500)),
    /** Change of the KCCQ overall score from baseline to follow-up, points (functional MR). */
    KCCQ_CHANGE("kccq-change", "points", "KCCQ change", Kind.CONTINUOUS, new BinLayout(-60, 10, 16),
            new BinLayout(-100, 0.1, 2000)),
    /** A device left implanted after the attempt (CS annuloplasty). */
    IMPLANT_SUCCESS("implant-success", "Implant success"),
    /** Myocardial infarction related to the procedure (CS annuloplasty: a critical circumflex compression). */
    MI("mi", "Myocardial infarction"),
    /** Coronary sinus dissection or perforation during the procedure. */
    CS_COMPLICATION("cs-complication", "Coronary sinus dissection or perforation"),
    /** Extent of microvascular obstruction on late-enhancement CMR after STEMI, % of left-ventricular mass. */
    MVO_EXTENT("mvo-extent", "% LV", "Microvascular obstruction", Kind.CONTINUOUS, new BinLayout(0, 0.5, 40),
            new BinLayout(0, 0.01, 5000)),
    /** Death from any cause within one year of STEMI. */
    DEATH_1Y("death-1y", "Death within one year"),
    /** Hospital admission for heart failure within one year of STEMI. */
    HF_ADMISSION_1Y("hf-admission-1y", "Heart-failure admission within one year"),
    /** Death within 30 days (cardiogenic shock; targets.md#C33, #C34). */
    DEATH_30D("death-30d", "Death within 30 days"),
    /** Major bleeding (cardiogenic shock; the trial population's definition). */
    MAJOR_BLEEDING("major-bleeding", "Major bleeding"),
    /** Peripheral vascular complication needing intervention (cardiogenic shock). */
    VASCULAR_COMPLICATION("vascular-complication", "Vascular complication"),
    /** Stroke (cardiogenic shock). */
    STROKE("stroke", "Stroke"),
    /** Haemolysis (cardiogenic shock, pumps). */
    HAEMOLYSIS("haemolysis", "Haemolysis"),
    /** The kernel's mean coronary sinus pressure, mmHg: a physiological endpoint every cohort has. */
    CS_MEAN_PRESSURE("cs-mean-pressure", "mmHg", "Mean coronary sinus pressure", Metric.CS_MEAN_MMHG,
            new BinLayout(0, 2, 30), new BinLayout(0, 0.01, 10000)),
    /** The kernel's mean venous pressure of the territory at risk, mmHg (every cohort). */
    RISK_VEIN_MEAN_PRESSURE("risk-vein-mean-pressure", "mmHg", "Mean venous pressure of the territory at risk",
            Metric.RISK_VEIN_MEAN_MMHG, new BinLayout(0, 2, 30), new BinLayout(0, 0.01, 10000)),
    /** The kernel's oxygen supply over demand of the at-risk subendocardium (every cohort; below 1 is ischaemia). */
    RISK_ENDO_O2_BALANCE("risk-endo-o2-balance", "ratio", "Oxygen balance of the at-risk subendocardium",
            Metric.RISK_ENDO_O2_BALANCE, new BinLayout(0, 0.1, 30), new BinLayout(0, 0.001, 5000)),
    /** The kernel's cardiac power output, W (every cohort). */
    CARDIAC_POWER_OUTPUT("cardiac-power-output", "W", "Cardiac power output", Metric.CARDIAC_POWER_OUTPUT_W,
            new BinLayout(0, 0.1, 30), new BinLayout(0, 0.001, 5000)),
    /** The kernel's mean aortic pressure, mmHg (every cohort). */
    MEAN_ARTERIAL_PRESSURE("mean-arterial-pressure", "mmHg", "Mean arterial pressure", Metric.MEAN_AORTIC_MMHG,
            new BinLayout(0, 5, 30), new BinLayout(0, 0.01, 20000)),
    /** The kernel's left-ventricular end-diastolic pressure, mmHg (every cohort). */
    LVEDP("lvedp", "mmHg", "LV end-diastolic pressure", Metric.LVEDP_MMHG, new BinLayout(0, 2, 25),
            new BinLayout(0, 0.01, 10000));

    /** Whether an endpoint is a measurement or an event. */
    public enum Kind {
        /** A measurement on a continuous (or many-valued) scale; compared by means. */
        CONTINUOUS,
        /** An event or a response, 1 or 0 per patient; compared by proportions. */
        BINARY
    }

    private final String key;
    private final String unit;
    private final String label;
    private final Kind kind;
    private final BinLayout display;
    private final BinLayout fine;
    private final Metric metric;

    Endpoint(String key, String unit, String label, Kind kind, BinLayout display, BinLayout fine) {
        this(key, unit, label, kind, display, fine, null);
    }

    /** A physiological endpoint: a kernel metric, the same in every cohort. */
    Endpoint(String key, String unit, String label, Metric metric, BinLayout display, BinLayout fine) {
        this(key, unit, label, Kind.CONTINUOUS, display, fine, metric);
    }

    Endpoint(String key, String unit, String label, Kind kind, BinLayout display, BinLayout fine, Metric metric) {
        this.key = key;
        this.unit = unit;
        this.label = label;
        this.kind = kind;
        this.display = display;
        this.fine = fine;
        this.metric = metric;
    }

    /** A binary endpoint: unit "proportion", display and quantile bins with 0 and 1 each in a bin of its own. */
    Endpoint(String key, String label) {
        this(key, "proportion", label, Kind.BINARY, new BinLayout(-0.5, 1, 2), new BinLayout(-0.5, 1, 2));
    }

    /** @return the name for people, e.g. {@code Infarct size} */
    public String label() {
        return label;
    }

    /** @return the name used in scenario files, e.g. {@code infarct-size} */
    public String key() {
        return key;
    }

    /** @return the unit of the endpoint's values, e.g. {@code % LV}; {@code proportion} for a binary endpoint */
    public String unit() {
        return unit;
    }

    /**
     * @return the kernel metric a physiological endpoint reads (every cohort has it), or null for an endpoint of a
     *     cohort's outcome model
     */
    public Metric metric() {
        return metric;
    }

    /** @return whether the endpoint is a measurement or an event */
    public Kind kind() {
        return kind;
    }

    /** @return true if each patient's value is 0 or 1 */
    public boolean binary() {
        return kind == Kind.BINARY;
    }

    /** @return the bins of the histogram shown and written */
    public BinLayout displayBins() {
        return display;
    }

    /** @return the bins quantiles are read from; their width bounds the quantiles' error */
    public BinLayout fineBins() {
        return fine;
    }

    /**
     * Looks an endpoint up by its file name.
     *
     * @param key the name in the file
     * @return the endpoint, or empty if there is none of that name
     */
    public static Optional<Endpoint> fromKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }

    /** @return the allowed names, for error messages */
    static String allowed() {
        return "one of " + Arrays.stream(values()).map(Endpoint::key).collect(Collectors.joining(", "));
    }
}
