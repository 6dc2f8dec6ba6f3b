package org.sinus.engine.physiology;

/**
 * The left heart of one virtual patient, as the kernel sees it.
 *
 * <p>The left ventricle is a time-varying elastance (Suga and Sagawa, Circ Res 1974): {@code P = E(t) (V - V0)},
 * with {@code E} between {@code eminMmHgPerMl} in diastole and {@code emaxMmHgPerMl} at end systole. The circulation
 * is a closed loop: {@code laPressureMmHg} and {@code raPressureMmHg} are the patient's measured filling pressures
 * without a device, which the kernel's priming reproduces by choosing the blood volume and the right ventricle's
 * contractility; devices then move them. Sources and ranges: {@code docs/model.md}, section "Heart".
 *
 * @param heartRateBpm heart rate, beats per minute, in [30, 200]
 * @param emaxMmHgPerMl end-systolic elastance, mmHg/ml, in [0.3, 6]
 * @param eminMmHgPerMl end-diastolic elastance, mmHg/ml, in [0.02, 0.5]
 * @param v0Ml unstressed ventricular volume, ml, in [0, 80]
 * @param laPressureMmHg mean left atrial (filling) pressure, mmHg, in [2, 40]
 * @param raPressureMmHg mean right atrial pressure, mmHg, in [0, 25]
 * @param mitralEroaCm2 effective regurgitant orifice area of the mitral valve, cm^2, in [0, 1] (0: competent)
 */
public record HeartParameters(double heartRateBpm, double emaxMmHgPerMl, double eminMmHgPerMl, double v0Ml,
        double laPressureMmHg, double raPressureMmHg, double mitralEroaCm2) {

    /** A heart with a competent mitral valve. */
    public HeartParameters(double heartRateBpm, double emaxMmHgPerMl, double eminMmHgPerMl, double v0Ml,
            double laPressureMmHg, double raPressureMmHg) {
        this(heartRateBpm, emaxMmHgPerMl, eminMmHgPerMl, v0Ml, laPressureMmHg, raPressureMmHg, 0);
    }

    public HeartParameters {
        Checks.range("heartRateBpm", heartRateBpm, 30, 200);
        Checks.range("emaxMmHgPerMl", emaxMmHgPerMl, 0.3, 6);
        Checks.range("eminMmHgPerMl", eminMmHgPerMl, 0.02, 0.5);
        Checks.range("v0Ml", v0Ml, 0, 80);
        Checks.range("laPressureMmHg", laPressureMmHg, 2, 40);
        Checks.range("raPressureMmHg", raPressureMmHg, 0, 25);
        Checks.range("mitralEroaCm2", mitralEroaCm2, 0, 1);
    }
}
