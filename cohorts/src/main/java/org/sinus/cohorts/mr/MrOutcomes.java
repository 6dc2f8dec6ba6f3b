package org.sinus.cohorts.mr;

import java.util.List;
import org.sinus.cohorts.OutcomeColumn;
import org.sinus.cohorts.OutcomeModel;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.Endpoint;

/**
 * The outcome models of functional mitral regurgitation, so far physiological only: the mitral regurgitant volume per
 * beat as the kernel simulates it in each arm (the quantitative MR measure of the annuloplasty studies, targets.md#C19
 * via {@code docs/model.md} section 8.8), and its change against the patient's own control. The clinical endpoints of
 * C19 (NYHA class, 6-minute walk, KCCQ) need a model from regurgitation to symptoms, not made yet; the caveat says so.
 * No random draws.
 */
public final class MrOutcomes implements OutcomeModel {
    /** Column: mitral regurgitant volume per beat, ml (the endpoint). */
    public static final String REGURGITANT = "mitral_regurgitant_volume_ml";
    /** Column: its change against the patient's control physiology, %. */
    public static final String CHANGE = "regurgitant_volume_change_pct";

    private static final List<OutcomeColumn> COLUMNS = List.of(
            new OutcomeColumn(REGURGITANT, "ml", "mitral regurgitant volume per beat, as simulated in the arm",
                    Endpoint.REGURGITANT_VOLUME),
            new OutcomeColumn(CHANGE, "%", "regurgitant volume against the patient's own control, %", null));

    @Override
    public List<OutcomeColumn> columns() {
        return COLUMNS;
    }

    @Override
    public void compute(VirtualPatient p, ArmPhysiology control, ArmPhysiology[] byArm, List<ArmSpec> arms,
            RandomStreams streams, double[][] out) {
        double reference = control.get(Metric.REGURGITANT_VOLUME_ML);
        if (!(reference > 0)) {
            throw new IllegalArgumentException("functional-mr patient " + p.id() + ": control regurgitant volume "
                    + reference + " ml is not positive; allowed: a regurgitant mitral valve");
        }
        for (int a = 0; a < arms.size(); a++) {
            double volume = byArm[a].get(Metric.REGURGITANT_VOLUME_ML);
            out[a][0] = volume;
            out[a][1] = 100 * (volume / reference - 1);
        }
    }

    @Override
    public String caveat() {
        return "regurgitant volume is the kernel's physiology (the annuloplasty's orifice reduction is set from"
                + " AMADEUS, docs/model.md section 8.8); the clinical endpoints of targets.md#C19 (NYHA, 6-minute walk,"
                + " KCCQ) are not modelled yet";
    }
}
