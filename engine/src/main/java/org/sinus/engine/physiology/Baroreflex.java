package org.sinus.engine.physiology;

import java.util.Locale;

/**
 * The arterial (carotid sinus) baroreflex of Ursino (Am J Physiol 1998;275:H1733, "Interaction between carotid
 * baroregulation and the pulsating heart: a mathematical model"), updated once per beat; {@code docs/model.md}
 * section 1.1 gives the equations, every constant's source and the qualification before and after. A mutable
 * structure-of-arrays workspace owned by the {@link Kernel}'s thread.
 *
 * <p>The afferent firing is a sigmoid of the beat's mean aortic pressure passed through Ursino's lead-lag filter; the
 * sympathetic efferent firing falls exponentially with it; each effector (LV and RV end-systolic elastance, systemic
 * resistance, systemic venous unstressed volume) follows the logarithm of the sympathetic firing above its threshold
 * through a first-order lag. The sigmoid and its saturation limits are Ursino's, centred on his set point: a patient
 * whose own mean pressure is low (shock) sits on its flat, saturated flank. The patient's own parameters are the
 * effectors' values at its own mean pressure at the end of the warm-up (its operating point), so a patient without a
 * device stays where the cohort put it; the reflex scales each parameter by Ursino's effector over its value at the
 * operating point (the elastances and resistance), or shifts the venous unstressed volume by Ursino's absolute change
 * (the model's venous compliance is his).
 *
 * <p>It acts from the device's start (the first beat end at or after the warm-up), not during the warm-up: the
 * shared warm-up, the priming that solves each patient's blood volume and right ventricle, and so each patient's
 * baseline, are those without a reflex. Per-beat scalar work shared by both kernel paths, so the vector path stays
 * bit for bit the scalar one.
 *
 * <p>Not modelled: the heart period (Ursino's sympathetic and vagal effect; the kernel's beats are timed at multiples
 * of a fixed period by the activation law and the devices' consoles), the pure delays (each is added to its
 * effector's time constant), the cardiopulmonary (low-pressure) reflexes, resetting.
 */
public final class Baroreflex {
    /**
     * System property switching the reflex on ({@code on}) or off ({@code off}); unset means {@link #DEFAULT}.
     */
    public static final String PROPERTY = "sinus.baroreflex";
    /**
     * Off by default: with it on, the qualification moves both ways (docs/model.md section 9.6: C14's pressure-time
     * index leaves its range and C34's ECMO mortality check turns to a miss, while the pumps' pressure rises and C16's
     * unloading come closer), so the kernel's results stay those it was calibrated with until that is settled.
     */
    public static final boolean DEFAULT = false;

    // Ursino 1998, afferent pathway and lead-lag filter of the carotid sinus pressure.
    /** Set point (centre of the afferent sigmoid), mmHg. */
    static final double SET_POINT_MMHG = 92;
    /** Slope factor of the afferent sigmoid, mmHg. */
    static final double SLOPE_MMHG = 11.758;
    /** Lower and upper saturation of the afferent firing, spikes/s. */
    static final double AFFERENT_MIN = 2.52;
    static final double AFFERENT_MAX = 47.78;
    /** Zero (derivative) and pole time constants of the pressure filter, s. */
    static final double TAU_Z_S = 6.37;
    static final double TAU_P_S = 2.076;
    // Sympathetic efferent pathway.
    /** Sympathetic firing at zero afferent firing and at infinite afferent firing, spikes/s. */
    static final double SYMPATHETIC_0 = 16.11;
    static final double SYMPATHETIC_INF = 2.10;
    /** Exponential decay of the sympathetic firing with the afferent firing, s (per spikes/s). */
    static final double SYMPATHETIC_K = 0.0675;
    /** Threshold of the sympathetic firing below which the effectors get no drive, spikes/s. */
    static final double SYMPATHETIC_MIN = 2.66;
    // Effectors: theta = theta0 + G ln(fes - fesmin + 1), each through a lag (time constant + delay, s).
    static final double EMAX_LV_0 = 2.392;
    static final double EMAX_LV_GAIN = 0.475;
    static final double EMAX_RV_0 = 1.412;
    static final double EMAX_RV_GAIN = 0.282;
    static final double EMAX_LAG_S = 8 + 2;
    static final double R_SPLANCHNIC_0 = 2.49;
    static final double R_SPLANCHNIC_GAIN = 0.695;
    static final double R_EXTRASPLANCHNIC_0 = 0.78;
    static final double R_EXTRASPLANCHNIC_GAIN = 0.53;
    static final double RESISTANCE_LAG_S = 6 + 2;
    /** Splanchnic plus extrasplanchnic venous unstressed volume gain, ml (-265.4 - 132.5). */
    static final double UNSTRESSED_VOLUME_GAIN_ML = -265.4 - 132.5;
    static final double UNSTRESSED_VOLUME_LAG_S = 20 + 5;

    private final double[] filtered;
    private final double[] driveAtOperatingPoint;
    private final double[] contractilityDrive;
    private final double[] resistanceDrive;
    private final double[] venousDrive;
    private final double[] emaxBase;
    private final double[] rvEmaxBase;
    private final double[] rsysBase;

    /** @param capacity columns, the kernel's padded batch width */
    Baroreflex(int capacity) {
        filtered = new double[capacity];
        driveAtOperatingPoint = new double[capacity];
        contractilityDrive = new double[capacity];
        resistanceDrive = new double[capacity];
        venousDrive = new double[capacity];
        emaxBase = new double[capacity];
        rvEmaxBase = new double[capacity];
        rsysBase = new double[capacity];
    }

    /**
     * Whether {@link #PROPERTY} asks for the reflex: {@code on} yes, {@code off} no, unset or blank {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static boolean configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "on":
                return true;
            case "off":
                return false;
            default:
                throw new IllegalArgumentException("system property " + PROPERTY + " is '" + value
                        + "'; allowed: on, off");
        }
    }

    /** Columns that change from the device's start on, for the kernel's warm-up snapshot. */
    double[][] columns() {
        return new double[][] {filtered, driveAtOperatingPoint, contractilityDrive, resistanceDrive, venousDrive,
            emaxBase, rvEmaxBase, rsysBase};
    }

    /**
     * Ursino's sympathetic drive of the effectors, {@code ln(fes - fesmin + 1)} (0 below the threshold), at filtered
     * carotid sinus pressure {@code pressureMmHg}; between 0 and its saturation, about 2.51, reached as the afferent
     * firing falls to its minimum.
     */
    static double drive(double pressureMmHg) {
        double afferent = AFFERENT_MIN + (AFFERENT_MAX - AFFERENT_MIN)
                / (1 + Math.exp((SET_POINT_MMHG - pressureMmHg) / SLOPE_MMHG));
        double sympathetic = SYMPATHETIC_INF + (SYMPATHETIC_0 - SYMPATHETIC_INF) * Math.exp(-SYMPATHETIC_K * afferent);
        return sympathetic > SYMPATHETIC_MIN ? Math.log(sympathetic - SYMPATHETIC_MIN + 1) : 0;
    }

    /** Ursino's LV end-systolic elastance at drive {@code s}, mmHg/ml. */
    static double lvElastance(double s) {
        return EMAX_LV_0 + EMAX_LV_GAIN * s;
    }

    /** Ursino's RV end-systolic elastance at drive {@code s}, mmHg/ml. */
    static double rvElastance(double s) {
        return EMAX_RV_0 + EMAX_RV_GAIN * s;
    }

    /** Ursino's splanchnic and extrasplanchnic peripheral resistances in parallel at drive {@code s}, mmHg s/ml. */
    static double resistance(double s) {
        double splanchnic = R_SPLANCHNIC_0 + R_SPLANCHNIC_GAIN * s;
        double extra = R_EXTRASPLANCHNIC_0 + R_EXTRASPLANCHNIC_GAIN * s;
        return splanchnic * extra / (splanchnic + extra);
    }

    /**
     * Fixes patient {@code i}'s operating point at the device's start: its mean aortic pressure over the last beat of
     * the warm-up and its parameters then.
     */
    void start(int i, double meanAorticMmHg, CardiovascularModel model) {
        filtered[i] = meanAorticMmHg;
        double s = drive(meanAorticMmHg);
        driveAtOperatingPoint[i] = s;
        contractilityDrive[i] = s;
        resistanceDrive[i] = s;
        venousDrive[i] = s;
        emaxBase[i] = model.emax[i];
        rvEmaxBase[i] = model.rvEmax[i];
        rsysBase[i] = model.rsys[i];
    }

    /**
     * One beat of patient {@code i}: the beat's mean aortic pressure through the filter and the sigmoid, each
     * effector's lag over the beat's length (exact for a drive constant over the beat), and the new parameters
     * written into the model; the unstressed volume's change moves the systemic venous pressure in {@code y}.
     *
     * @param meanAorticMmHg the beat's mean aortic pressure, mmHg
     * @param beatS the beat's length, s
     */
    void beat(int i, double meanAorticMmHg, double beatS, CardiovascularModel model, double[][] y) {
        // Lead-lag (1 + tz s) / (1 + tp s) as tz/tp x input + (1 - tz/tp) x lag(input, tp).
        double lag = filtered[i] + (1 - Math.exp(-beatS / TAU_P_S)) * (meanAorticMmHg - filtered[i]);
        filtered[i] = lag;
        double sensed = TAU_Z_S / TAU_P_S * meanAorticMmHg + (1 - TAU_Z_S / TAU_P_S) * lag;
        double s = drive(sensed);
        contractilityDrive[i] += (1 - Math.exp(-beatS / EMAX_LAG_S)) * (s - contractilityDrive[i]);
        resistanceDrive[i] += (1 - Math.exp(-beatS / RESISTANCE_LAG_S)) * (s - resistanceDrive[i]);
        double venousBefore = venousDrive[i];
        venousDrive[i] += (1 - Math.exp(-beatS / UNSTRESSED_VOLUME_LAG_S)) * (s - venousDrive[i]);

        double s0 = driveAtOperatingPoint[i];
        model.emax[i] = emaxBase[i] * lvElastance(contractilityDrive[i]) / lvElastance(s0);
        model.rvEmax[i] = rvEmaxBase[i] * rvElastance(contractilityDrive[i]) / rvElastance(s0);
        model.rsys[i] = rsysBase[i] * resistance(resistanceDrive[i]) / resistance(s0);
        // A smaller unstressed volume at the same total volume is more stressed volume: higher venous pressure.
        y[CardiovascularModel.VENOUS][i] -= UNSTRESSED_VOLUME_GAIN_ML * (venousDrive[i] - venousBefore)
                / model.constants().circulation().venousComplianceMlPerMmHg();
    }
}
