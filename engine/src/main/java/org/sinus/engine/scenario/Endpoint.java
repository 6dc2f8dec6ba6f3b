package org.sinus.engine.scenario;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Outcomes a trial can report, with their unit. */
public enum Endpoint {
    /** Final infarct size as a percentage of left-ventricular mass (as measured by late-enhancement CMR). */
    INFARCT_SIZE("infarct-size", "% LV", "Infarct size"),
    /** Mitral regurgitant volume per beat, ml (functional mitral regurgitation). */
    REGURGITANT_VOLUME("regurgitant-volume", "ml", "Mitral regurgitant volume");

    private final String key;
    private final String unit;
    private final String label;

    Endpoint(String key, String unit, String label) {
        this.key = key;
        this.unit = unit;
        this.label = label;
    }

    /** @return the name for people, e.g. {@code Infarct size} */
    public String label() {
        return label;
    }

    /** @return the name used in scenario files, e.g. {@code infarct-size} */
    public String key() {
        return key;
    }

    /** @return the unit of the endpoint's values, e.g. {@code % LV} */
    public String unit() {
        return unit;
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
