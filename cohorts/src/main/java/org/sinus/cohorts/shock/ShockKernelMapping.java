package org.sinus.cohorts.shock;

import org.sinus.cohorts.KernelMappings;
import org.sinus.engine.physiology.CoronaryParameters;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.physiology.VascularParameters;

/**
 * The one place where cardiogenic-shock covariates become kernel parameters: the ventricular-arterial coupling of
 * the STEMI mapping ({@code docs/cohorts.md}, "Mapping") on the shock patient's own haemodynamics, so that a low
 * output at a low pressure and a high filling pressure give a weak (low {@code Emax}), stiff-filling ventricle.
 * Equations and constants: {@code docs/cohort-cardiogenic-shock.md}, "Mapping".
 * <pre>
 *   SV   = CO / HR,  EDV = SV / EF,  ESV = EDV - SV                 (ShockCovariates)
 *   Emax = 0.9 SBP / (ESV - V0),  V0 = 15 ml                        Kelly 1992; Suga and Sagawa 1974
 *   Emin = (PCWP - 0) / (EDV - V0)                                  linear EDPVR through V0; LVEDP = PCWP
 *   R    = (MAP - RAP) / (CO / 60)                                  (mmHg s/ml)
 *   C    = 0.65 SV / (SBP - DBP)                                    Chemla 1998; factor assumption
 *   at-risk fraction = the culprit's territory; CFI 0.10; microvascular resistance x3 with TIMI flow < 3 after PCI;
 *   culprit artery open (revascularised)
 * </pre>
 *
 * <p>The haemodynamics are those at randomisation, on the vasoactive drugs the patient receives; the kernel has no
 * drug model, so the drugs are part of the mapped contractility and resistance. The criteria of the sampler keep
 * only patients whose parameters are all inside the records' ranges ({@link #representable(double[])}), so no
 * parameter is clamped.
 */
public final class ShockKernelMapping {
    /**
     * LV end-diastolic pressure below the wedge pressure, mmHg: 0, as in the functional-MR mapping (the kernel's
     * passive left atrium equilibrates with the ventricle by end-diastole; ShockKernelFidelityTest).
     */
    public static final double FILLING_OFFSET_MMHG = 0;
    /** Collateral flow index of the culprit territory (assumption: acute MI, mostly 0.05 to 0.25; not drawn). */
    public static final double COLLATERAL_FLOW_INDEX = 0.10;
    /**
     * Microvascular resistance factor with TIMI flow below 3 after PCI (no-reflow; assumption: the median of the
     * STEMI cohort's microvascular obstruction, docs/cohorts.md).
     */
    public static final double NO_REFLOW_RESISTANCE_FACTOR = 3;

    /** Index of each derived value in {@link #raw(double[])}, with the record's range. */
    static final String[] NAMES = {"heartRateBpm", "emaxMmHgPerMl", "eminMmHgPerMl", "laPressureMmHg",
        "raPressureMmHg", "systemicResistanceMmHgSPerMl", "arterialComplianceMlPerMmHg", "lvMassG"};
    static final double[] MIN = {30, 0.3, 0.02, 2, 0, 0.3, 0.3, 60};
    static final double[] MAX = {200, 6, 0.5, 40, 25, 4, 4, 400};

    private ShockKernelMapping() {
    }

    /**
     * The derived kernel values before any range check, in {@link #NAMES} order.
     *
     * @param c covariates indexed as in {@link ShockCovariates}; not modified
     * @return a new array
     */
    static double[] raw(double[] c) {
        final double edv = c[ShockCovariates.END_DIASTOLIC_VOLUME];
        final double esv = c[ShockCovariates.END_SYSTOLIC_VOLUME];
        final double sv = edv - esv;
        final double sbp = c[ShockCovariates.SYSTOLIC];
        final double dbp = c[ShockCovariates.DIASTOLIC];
        final double ra = c[ShockCovariates.RIGHT_ATRIAL_PRESSURE];
        final double coMlPerS = 1000 * c[ShockCovariates.CARDIAC_OUTPUT] / 60;
        return new double[] {
            c[ShockCovariates.HEART_RATE],
            KernelMappings.PES_OVER_SBP * sbp / (esv - KernelMappings.V0_ML),
            (c[ShockCovariates.WEDGE_PRESSURE] - FILLING_OFFSET_MMHG) / (edv - KernelMappings.V0_ML),
            c[ShockCovariates.WEDGE_PRESSURE],
            ra,
            (c[ShockCovariates.MEAN_ARTERIAL] - ra) / coMlPerS,
            KernelMappings.COMPLIANCE_OVER_SV_PP * sv / (sbp - dbp),
            c[ShockCovariates.LV_MASS],
        };
    }

    /**
     * Whether the kernel can represent the patient: every derived value finite and inside its record's range
     * (positive where the range starts at 0), so nothing would be clamped.
     *
     * @param c covariates indexed as in {@link ShockCovariates}
     * @return whether {@link #map} would clamp nothing
     */
    public static boolean representable(double[] c) {
        final double[] r = raw(c);
        for (int i = 0; i < r.length; i++) {
            if (!(r[i] >= MIN[i] && r[i] <= MAX[i] && r[i] > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Maps one patient's covariates.
     *
     * @param patientId the patient id, for messages
     * @param c covariates indexed as in {@link ShockCovariates}; not modified
     * @return the kernel parameters
     * @throws IllegalArgumentException if the patient is not {@link #representable(double[])}; the message names
     *     the patient, the parameter, its value and the allowed range
     */
    public static PatientParameters map(long patientId, double[] c) {
        final double[] r = raw(c);
        final KernelMappings.Clamp k = new KernelMappings.Clamp(CardiogenicShockCohort.NAME, patientId);
        final double[] v = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            v[i] = k.apply(NAMES[i], r[i], MIN[i], MAX[i]);
        }
        if (k.count() > 0) {
            for (int i = 0; i < r.length; i++) {
                if (!(r[i] >= MIN[i] && r[i] <= MAX[i])) {
                    throw new IllegalArgumentException(CardiogenicShockCohort.NAME + " patient " + patientId
                            + " cannot be mapped: derived " + NAMES[i] + " = " + r[i] + " is outside the allowed"
                            + " range [" + MIN[i] + ", " + MAX[i] + "]");
                }
            }
        }
        final HeartParameters heart = new HeartParameters(v[0], v[1], v[2], KernelMappings.V0_ML, v[3], v[4]);
        final VascularParameters vascular = new VascularParameters(v[5], v[6]);
        final int culprit = (int) c[ShockCovariates.CULPRIT];
        final CoronaryParameters coronary = new CoronaryParameters(v[7], ShockCovariates.territoryFraction(culprit),
                COLLATERAL_FLOW_INDEX, c[ShockCovariates.TIMI_BELOW_3] == 1 ? NO_REFLOW_RESISTANCE_FACTOR : 1, false);
        return new PatientParameters(heart, vascular, coronary);
    }
}
