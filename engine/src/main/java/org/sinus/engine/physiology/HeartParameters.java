package org.sinus.engine.physiology;

/**
 * The left heart of one virtual patient, as the kernel sees it.
 *
 * <p>The left ventricle is a time-varying elastance (Suga and Sagawa, Circ Res 1974): {@code P = E(t) (V - V0)},
 * with {@code E} between {@code eminMmHgPerMl} in diastole and {@code emaxMmHgPerMl} at end systole. Filling comes from
 * a left atrium held at {@code laPressureMmHg}; the coronary sinus and the systemic veins drain into a right atrium
 * held at {@code raPressureMmHg}. Sources and ranges: {@code docs/model.md}, section "Heart".
 *
 * @param heartRateBpm heart rate, beats per minute, in [30, 200]
 * @param emaxMmHgPerMl end-systolic elastance, mmHg/ml, in [0.3, 6]
 * @param eminMmHgPerMl end-diastolic elastance, mmHg/ml, in [0.02, 0.5]
 * @param v0Ml unstressed ventricular volume, ml, in [0, 80]
 * @param laPressureMmHg mean left atrial (filling) pressure, mmHg, in [2, 40]
 * @param raPressureMmHg mean right atrial pressure, mmHg, in [0, 25]
 */
public record HeartParameters(double heartRateBpm, double emaxMmHgPerMl, double eminMmHgPerMl, double v0Ml,
        double laPressureMmHg, double raPressureMmHg) {

    public HeartParameters {
        Checks.range("heartRateBpm", heartRateBpm, 30, 200);
        Checks.range("emaxMmHgPerMl", emaxMmHgPerMl, 0.3, 6);
        Checks.range("eminMmHgPerMl", eminMmHgPerMl, 0.02, 0.5);
        Checks.range("v0Ml", v0Ml, 0, 80);
        Checks.range("laPressureMmHg", laPressureMmHg, 2, 40);
        Checks.range("raPressureMmHg", raPressureMmHg, 0, 25);
    }
}
