package org.sinus.engine.devices;

import org.sinus.engine.physiology.CardiovascularModel;

/**
 * A key for a patient's random stream that does not depend on the patient's position in the batch. A device's
 * draws (an operator's reaction delays, say) must be the same whether the patient is simulated first, last, alone or
 * in another partition (STYLE.md principle 7), but a {@link org.sinus.engine.physiology.Controller} knows a patient
 * only by its slot in the batch: it sees neither the patient id nor the {@code PatientParameters}. So the key is
 * hashed from what the model loaded from the parameters and never changes: the beat period, the four layer masses
 * and the at-risk territory's arteriolar resistances (which carry the right atrial pressure and the area at risk;
 * that territory does not autoregulate, {@code docs/model.md} section 1.2). Two patients with the same heart rate,
 * LV mass, area at risk and right atrial pressure share a key; in a cohort of continuous covariates that is
 * improbable, and would only make their device draws equal, not wrong. A kernel-provided patient key would be
 * better (asked of the kernel's owner).
 */
final class PatientKey {
    private PatientKey() {
    }

    /** The key of the patient in slot {@code i}; read at or after the patient's start. */
    static long of(CardiovascularModel model, int i) {
        long h = Double.doubleToLongBits(model.periodS(i));
        for (int l = 0; l < 4; l++) {
            h = 31 * h + Double.doubleToLongBits(model.layerMassG(l, i));
        }
        h = 31 * h + Double.doubleToLongBits(model.arteriolarResistance[CardiovascularModel.RISK_ENDO][i]);
        return 31 * h + Double.doubleToLongBits(model.arteriolarResistance[CardiovascularModel.RISK_EPI][i]);
    }
}
