package org.sinus.cohorts.stemi;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.sinus.cohorts.OutcomeColumn;
import org.sinus.cohorts.OutcomeModel;
import org.sinus.cohorts.StemiPresentation;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.outcome.InfarctInputs;
import org.sinus.engine.outcome.InfarctSizeModel;
import org.sinus.engine.outcome.PicsoDose;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.CombinedSpec;
import org.sinus.engine.scenario.DeviceSpec;
import org.sinus.engine.scenario.Endpoint;
import org.sinus.engine.scenario.ObservedIcsoSpec;
import org.sinus.engine.scenario.PicsoSpec;

/**
 * The outcome models of anterior STEMI after primary PCI ({@code docs/model.md}, section 5): final infarct size from
 * the presentation, the {@link InfarctSizeModel} in force and, for arms with PICSO or pICSO (alone or in a
 * combination), the PICSO dose: the rise of the at-risk venous pressure over the patient's control physiology times
 * the therapy minutes the patient received (the arm's {@link org.sinus.engine.scenario.DeliverySpec}); then, from the
 * arm's infarct, the MVO extent and the one-year risks and events of death and heart-failure admission
 * ({@link StemiEvents}). Per patient, shared by every arm (common random numbers): from the {@code OUTCOME} stream the
 * infarct residual and the MVO share (two standard normals), then the death and heart-failure uniforms; from the
 * {@code DELIVERY} stream two delivery draws. An arm's event happens when its uniform is below the arm's risk, so a
 * lower risk never adds an event.
 */
public final class StemiOutcomes implements OutcomeModel {
    /** Column: final infarct size, % LV. */
    public static final String INFARCT = "infarct_size_pct_lv";
    /** Column: PICSO dose, mmHg h. */
    public static final String DOSE = "picso_dose_mmhg_h";

    private static final List<OutcomeColumn> COLUMNS = List.of(
            new OutcomeColumn(INFARCT, "% LV", "final infarct size, % of left-ventricular mass", Endpoint.INFARCT_SIZE),
            new OutcomeColumn(DOSE, "mmHg h", "PICSO dose delivered to the at-risk territory (0 without PICSO)", null),
            new OutcomeColumn("mvo_pct_lv", "% LV", "extent of microvascular obstruction (0 without MVO)",
                    Endpoint.MVO_EXTENT),
            new OutcomeColumn("death_1y_risk", "probability", "risk of death within one year", null),
            new OutcomeColumn("death_1y", "0/1", "death within one year", Endpoint.DEATH_1Y),
            new OutcomeColumn("hf_admission_1y_risk", "probability", "risk of heart-failure admission within one year",
                    null),
            new OutcomeColumn("hf_admission_1y", "0/1", "heart-failure admission within one year",
                    Endpoint.HF_ADMISSION_1Y));

    private final InfarctSizeModel infarct;
    private final StemiEvents events;

    /** @param infarct the infarct-size model, with the event model in force ({@link StemiEvents#defaults()}) */
    public StemiOutcomes(InfarctSizeModel infarct) {
        this(infarct, StemiEvents.defaults());
    }

    /**
     * @param infarct the infarct-size model
     * @param events the one-year event model
     */
    public StemiOutcomes(InfarctSizeModel infarct, StemiEvents events) {
        this.infarct = infarct;
        this.events = events;
    }

    @Override
    public List<OutcomeColumn> columns() {
        return COLUMNS;
    }

    @Override
    public void compute(VirtualPatient p, ArmPhysiology control, ArmPhysiology[] byArm, List<ArmSpec> arms,
            RandomStreams streams, double[][] out) {
        StemiPresentation s = (StemiPresentation) p.presentation();
        InfarctInputs in = new InfarctInputs(s.areaAtRiskPercentLv(), s.ischaemiaTimeMin(), s.collateralFlowIndex());
        UniformRandomProvider outcome = streams.stream(p.id(), Purpose.OUTCOME);
        NormalizedGaussianSampler normal = Samplers.standardNormal(outcome);
        double z = normal.sample();
        double zMvo = normal.sample();
        double uDeath = outcome.nextDouble();
        double uHeartFailure = outcome.nextDouble();
        UniformRandomProvider delivery = streams.stream(p.id(), Purpose.DELIVERY);
        double u = delivery.nextDouble();
        double v = delivery.nextDouble();
        for (int a = 0; a < arms.size(); a++) {
            double minutes = pressureControlledMinutes(arms.get(a).device()) * arms.get(a).delivery().fraction(u, v);
            double dose = minutes > 0 ? PicsoDose.of(byArm[a], control, minutes) : 0;
            double size = infarct.infarctSizePercentLv(in, dose, z);
            double mvo = events.mvoPercentLv(s.microvascularObstruction(), size, zMvo);
            double death = events.deathRisk(size, mvo);
            double heartFailure = events.heartFailureRisk(size);
            out[a][0] = size;
            out[a][1] = dose;
            out[a][2] = mvo;
            out[a][3] = death;
            out[a][4] = uDeath < death ? 1 : 0;
            out[a][5] = heartFailure;
            out[a][6] = uHeartFailure < heartFailure ? 1 : 0;
        }
    }

    @Override
    public String caveat() {
        return "the effect of a device on infarct size rests on an assumed dose-response (PICSO: half-effect dose "
                + fmt(infarct.dose50MmHgH()) + " mmHg h, preventable share " + fmt(100 * infarct.reperfusionInjuryShare())
                + "%), not yet calibrated against targets.md#C12; the confidence intervals cover simulation noise only"
                + " (docs/model.md, sections 5 and 6)";
    }

    private static String fmt(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /**
     * Minutes of pressure-controlled sinus occlusion an arm delivers, the therapy time of its PICSO dose: PICSO's and
     * pICSO's therapy time, also inside a combination; 0 for devices without a dose in the outcome model yet.
     */
    public static double pressureControlledMinutes(DeviceSpec spec) {
        if (spec instanceof PicsoSpec picso) {
            return picso.therapyMin();
        }
        if (spec instanceof ObservedIcsoSpec observed) {
            return observed.console().therapyMin();
        }
        if (spec instanceof CombinedSpec combined) {
            double minutes = 0;
            for (DeviceSpec part : combined.devices()) {
                minutes = Math.max(minutes, pressureControlledMinutes(part));
            }
            return minutes;
        }
        return 0;
    }
}
