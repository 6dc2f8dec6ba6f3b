package org.sinus.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Devices;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.CoronaryParameters;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.Observation;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.physiology.VascularParameters;
import org.sinus.engine.scenario.PicsoSpec;
import org.sinus.engine.trial.PatientTraceView;
import org.sinus.engine.trial.RunInfo;

/**
 * Real traces for the patient page's tests and pictures: the engine's kernel runs one reference patient (the
 * kernel tests' stable-angina patient, LAD open, heart rate 70 bpm) under control and default PICSO, sampled every
 * 5 ms as {@code sinus patient} does (the production collector lives in the jobs module, which the dashboard must
 * not depend on; this one keeps only what the page reads).
 */
final class FakePatient {
    private FakePatient() {
    }

    static PatientTraceView traces() {
        PatientParameters p = new PatientParameters(new HeartParameters(70, 2.4, 0.08, 15, 9, 3),
                new VascularParameters(1.15, 1.4), new CoronaryParameters(150, 0.4, 0.15, 1.0, false));
        List<Device> devices = List.of(new Control(), Devices.of(PicsoSpec.defaults()));
        List<List<double[]>> rows = new ArrayList<>();
        for (int k = 0; k <= devices.size(); k++) {
            rows.add(new ArrayList<>());
        }
        double[] period = {0};
        Kernel.Trace trace = (device, i, t, obs, model) -> {
            long step = Math.round(t / Kernel.DEFAULT_STEP_S);
            if (step % 5 != 0 || device < 0 && t < 5) {
                return;
            }
            period[0] = model.periodS(i);
            rows.get(device + 1).add(sample(Math.rint(t * 1e6) / 1e6, obs, model, i));
        };
        ArmPhysiology[][] phys = new Kernel(ModelConstants.defaults(), 1, Kernel.DEFAULT_STEP_S).run(List.of(p),
                devices, trace);
        PatientTraceView.Arm warmup = arm("warm-up", "warm-up", rows.get(0), null);
        List<PatientTraceView.Arm> arms = List.of(arm("control", "none", rows.get(1), phys[0][0]),
                arm("picso", "picso", rows.get(2), phys[1][0]));
        List<PatientTraceView.Quantity> covariates = List.of(new PatientTraceView.Quantity("age_years", "years", 61),
                new PatientTraceView.Quantity("female", "0/1", 0),
                new PatientTraceView.Quantity("heart_rate_bpm", "beats/min", 70),
                new PatientTraceView.Quantity("ejection_fraction_percent", "%", 55),
                new PatientTraceView.Quantity("lv_mass_g", "g", 150),
                new PatientTraceView.Quantity("area_at_risk_percent_lv", "% LV", 40),
                new PatientTraceView.Quantity("collateral_flow_index", "1", 0.15),
                new PatientTraceView.Quantity("microvascular_obstruction", "0/1", 0));
        return new PatientTraceView(FakeRun.RUN, 22, "closest to the cohort medians among patients 0 to 199",
                covariates, period[0], warmup, arms);
    }

    private static final String[][] SERIES = {
        {"time_s", "s"}, {"lv_pressure_mmhg", "mmHg"}, {"lv_volume_ml", "ml"}, {"aortic_pressure_mmhg", "mmHg"},
        {"cs_pressure_mmhg", "mmHg"}, {"risk_endo_flow_ml_per_min_per_g", "ml/min/g"},
        {"risk_epi_flow_ml_per_min_per_g", "ml/min/g"}, {"cs_occluded", "0/1"}};

    private static double[] sample(double t, double[] obs, CardiovascularModel model, int i) {
        return new double[] {t, obs[Observation.LV_PRESSURE], obs[Observation.LV_VOLUME],
            obs[Observation.AORTIC_PRESSURE], obs[Observation.SINUS_PRESSURE],
            obs[Observation.LAYER_FLOW] * 60 / model.layerMassG(0, i),
            obs[Observation.LAYER_FLOW + 1] * 60 / model.layerMassG(1, i), 1 - model.csOstiumOpen[i]};
    }

    private static PatientTraceView.Arm arm(String name, String device, List<double[]> rows, ArmPhysiology phys) {
        List<PatientTraceView.Series> series = new ArrayList<>();
        for (int c = 0; c < SERIES.length; c++) {
            double[] v = new double[rows.size()];
            for (int r = 0; r < v.length; r++) {
                v[r] = rows.get(r)[c];
            }
            series.add(new PatientTraceView.Series(SERIES[c][0], SERIES[c][1], v));
        }
        List<PatientTraceView.Quantity> summary = new ArrayList<>();
        if (phys != null) {
            for (Metric m : Metric.values()) {
                summary.add(new PatientTraceView.Quantity(m.column(), "", phys.get(m)));
            }
        }
        return new PatientTraceView.Arm(name, device, phys == null ? null : phys.failure(), summary, series);
    }

    /** Writes the JSON to stdout, for looking at the page by hand. */
    public static void main(String[] args) {
        System.out.println(PatientJson.of(traces()).encode().length() + " characters of JSON");
    }
}
