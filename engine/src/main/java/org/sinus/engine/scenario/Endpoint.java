package org.sinus.engine.scenario;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
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
    /** Mitral regurgitant volume per beat, ml (functional mitral regurgitation). */
    REGURGITANT_VOLUME("regurgitant-volume", "ml", "Mitral regurgitant volume", Kind.CONTINUOUS,
            new BinLayout(0, 5, 30), new BinLayout(0, 0.1, 2000)),
    /** Extent of microvascular obstruction on late-enhancement CMR after STEMI, % of left-ventricular mass. */
    MVO_EXTENT("mvo-extent", "% LV", "Microvascular obstruction", Kind.CONTINUOUS, new BinLayout(0, 0.5, 40),
            new BinLayout(0, 0.01, 5000)),
    /** Death from any cause within one year of STEMI. */
    DEATH_1Y("death-1y", "Death within one year"),
    /** Hospital admission for heart failure within one year of STEMI. */
    HF_ADMISSION_1Y("hf-admission-1y", "Heart-failure admission within one year");

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

    Endpoint(String key, String unit, String label, Kind kind, BinLayout display, BinLayout fine) {
        this.key = key;
        this.unit = unit;
        this.label = label;
        this.kind = kind;
        this.display = display;
        this.fine = fine;
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
