package org.sinus.engine.devices;

import org.sinus.engine.physiology.CardiovascularModel;

/**
 * A key for a patient's random stream that does not depend on the patient's position in the batch. A device's
 * draws (an operator's reaction delays, whether an annuloplasty device compresses the circumflex) must be the same
 * whether the patient is simulated first, last, alone or in another partition (STYLE.md principle 7), but a
 * {@link org.sinus.engine.physiology.Controller} knows a patient only by its slot in the batch: it sees neither the
 * patient id nor the {@code PatientParameters}. So the key is hashed from what the model loaded from the parameters
 * and never changes afterwards: the beat period, the four layer masses and the at-risk territory's arteriolar
 * resistances at maximal dilation (which carry the right atrial pressure and the area at risk; unlike the arteriolar
 * resistances themselves, which autoregulation moves every beat in both territories, they are fixed at load, so the
 * key does not depend on the simulated state, the kernel path or the time it is read). Two patients with the same
 * heart rate, LV mass, area at risk and right atrial pressure share a key; in a cohort of continuous covariates that
 * is improbable, and would only make their device draws equal, not wrong. A kernel-provided patient key would be
 * better (asked of the kernel's owner).
 */
final class PatientKey {
    private PatientKey() {
    }

    /** The key of the patient in slot {@code i}; the same at any time after the patient was loaded. */
    static long of(CardiovascularModel model, int i) {
        long h = Double.doubleToLongBits(model.periodS(i));
        for (int l = 0; l < 4; l++) {
            h = 31 * h + Double.doubleToLongBits(model.layerMassG(l, i));
        }
        h = 31 * h + Double.doubleToLongBits(model.minimalArteriolarResistance(CardiovascularModel.RISK_ENDO, i));
        return 31 * h + Double.doubleToLongBits(model.minimalArteriolarResistance(CardiovascularModel.RISK_EPI, i));
    }
}
