package org.sinus.engine.outcome;

import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;

/**
 * The PICSO dose a patient received, from the simulated physiology: how much the therapy raised the at-risk
 * territory's mean venous pressure (the drive of both flow redistribution and wash-out, seed 000) times how long it
 * was given, mmHg h. Like the console's "PICSO quantity" (seed 000, figure 5) it integrates the pressure the balloon
 * builds up, but at the territory that matters rather than at the catheter tip.
 */
public final class PicsoDose {
    private PicsoDose() {
    }

    /**
     * @param therapy the patient's physiology under the therapy arm
     * @param control the same patient's physiology under control
     * @param deliveredMin minutes of therapy delivered
     * @return the dose, mmHg h, non-negative
     */
    public static double of(ArmPhysiology therapy, ArmPhysiology control, double deliveredMin) {
        double rise = therapy.get(Metric.RISK_VEIN_MEAN_MMHG) - control.get(Metric.RISK_VEIN_MEAN_MMHG);
        return Math.max(0, rise) * deliveredMin / 60;
    }
}
