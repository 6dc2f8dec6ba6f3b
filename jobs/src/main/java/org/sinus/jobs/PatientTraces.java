package org.sinus.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.Observation;
import org.sinus.engine.trial.PatientTraceView;

/**
 * Collects the kernel's per-step trace of one patient (a batch of one) under several devices, downsampled to every
 * {@link #SAMPLE_S}: the last {@link #WARMUP_KEPT_S} of the shared warm-up (control steady state), and per device
 * everything from its start to the end of its measured window (where the kernel stops tracing it) or
 * {@link #ARM_MAX_S}, whichever comes first. Layer flows are converted from ml/s to ml/min per gram of the layer.
 *
 * <p>A mutable workspace owned by the thread running the kernel; {@link #record} allocates only when a segment's
 * arrays grow.
 */
final class PatientTraces implements Kernel.Trace {
    static final double SAMPLE_S = 0.005;
    static final double WARMUP_KEPT_S = 10;
    static final double ARM_MAX_S = 60;

    /**
     * One column of the trace files, after {@code arm}.
     *
     * @param name snake_case, unit last
     * @param unit unit
     * @param description what it is
     */
    record Column(String name, String unit, String description) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("time_s", "s", "simulated time since the start of the warm-up"),
            new Column("lv_pressure_mmhg", "mmHg", "left-ventricular pressure"),
            new Column("lv_volume_ml", "ml", "left-ventricular volume"),
            new Column("aortic_pressure_mmhg", "mmHg", "aortic pressure"),
            new Column("cs_pressure_mmhg", "mmHg", "coronary sinus pressure"),
            new Column("epicardial_pressure_mmhg", "mmHg", "culprit epicardial artery pressure"),
            new Column("risk_endo_flow_ml_per_min_per_g", "ml/min/g", "arterial inflow, at-risk subendocardium"),
            new Column("risk_epi_flow_ml_per_min_per_g", "ml/min/g", "arterial inflow, at-risk subepicardium"),
            new Column("remote_endo_flow_ml_per_min_per_g", "ml/min/g", "arterial inflow, remote subendocardium"),
            new Column("remote_epi_flow_ml_per_min_per_g", "ml/min/g", "arterial inflow, remote subepicardium"),
            new Column("risk_endo_retrograde_ml_per_min_per_g", "ml/min/g",
                    "retrograde (vein to microcirculation) flow, at-risk subendocardium"),
            new Column("risk_epi_retrograde_ml_per_min_per_g", "ml/min/g",
                    "retrograde (vein to microcirculation) flow, at-risk subepicardium"),
            new Column("thebesian_flow_ml_per_s", "ml/s", "Thebesian flow into the LV"),
            new Column("cs_occluded", "0/1", "1 while the coronary sinus balloon occludes the ostium"));
    private static final int C_TIME = 0;
    private static final int C_LAYER = 6;
    private static final int C_RETRO = 10;

    private final double stepS;
    private final long every;
    private final double keepFromS;
    private final Segment warmup = new Segment();
    private final Segment[] devices;
    private double periodS = Double.NaN;

    /**
     * @param devices how many devices the kernel runs
     * @param warmupS the devices' shared warm-up, s
     * @param stepS the kernel's integration step, s; {@link #SAMPLE_S} must be a whole multiple of it
     */
    PatientTraces(int devices, double warmupS, double stepS) {
        this.stepS = stepS;
        this.every = Math.round(SAMPLE_S / stepS);
        if (every < 1 || Math.abs(every * stepS - SAMPLE_S) > 1e-12) {
            throw new IllegalArgumentException("trace sample " + SAMPLE_S + " s is not a multiple of the step "
                    + stepS + " s");
        }
        this.keepFromS = warmupS - WARMUP_KEPT_S;
        this.devices = new Segment[devices];
        for (int k = 0; k < devices; k++) {
            this.devices[k] = new Segment();
        }
    }

    @Override
    public void record(int device, int patient, double timeS, double[] obs, CardiovascularModel model) {
        if (patient != 0 || Math.round(timeS / stepS) % every != 0) {
            return;
        }
        Segment s = device < 0 ? warmup : devices[device];
        if (device < 0 ? timeS < keepFromS - stepS / 2 : s.size > 0 && timeS >= s.startS + ARM_MAX_S - stepS / 2) {
            return;
        }
        periodS = model.periodS(patient);
        double[] row = s.next(timeS);
        row[1] = obs[Observation.LV_PRESSURE];
        row[2] = obs[Observation.LV_VOLUME];
        row[3] = obs[Observation.AORTIC_PRESSURE];
        row[4] = obs[Observation.SINUS_PRESSURE];
        row[5] = obs[Observation.EPICARDIAL_PRESSURE];
        for (int l = 0; l < 4; l++) {
            row[C_LAYER + l] = obs[Observation.LAYER_FLOW + l] * 60 / model.layerMassG(l, patient);
        }
        for (int l = 0; l < 2; l++) {
            row[C_RETRO + l] = obs[Observation.RETROGRADE_FLOW + l] * 60 / model.layerMassG(l, patient);
        }
        row[12] = obs[Observation.THEBESIAN_FLOW];
        row[13] = 1 - model.csOstiumOpen[patient];
        s.commit();
    }

    /** The patient's beat period, s (NaN before any step was recorded). */
    double periodS() {
        return periodS;
    }

    /** The warm-up's trace. */
    PatientTraceView.Arm warmup() {
        return warmup.arm("warm-up", "warm-up", null, List.of());
    }

    /**
     * The trace of device {@code k}, named {@code arm}, with its measured-window summary.
     *
     * @param phys the kernel's result for the patient under the device
     */
    PatientTraceView.Arm device(int k, String arm, String device, ArmPhysiology phys) {
        return devices[k].arm(arm, device, phys.failure(), summary(phys));
    }

    /** The kernel metrics a clinician reads first, over the measured window. */
    static List<PatientTraceView.Quantity> summary(ArmPhysiology phys) {
        List<PatientTraceView.Quantity> q = new ArrayList<>();
        for (Metric m : new Metric[] {Metric.CS_MEAN_MMHG, Metric.CS_SYSTOLIC_MMHG, Metric.CS_DIASTOLIC_MMHG,
            Metric.MEAN_AORTIC_MMHG, Metric.LVEDP_MMHG, Metric.STROKE_VOLUME_ML, Metric.EJECTION_FRACTION,
            Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G, Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G,
            Metric.RISK_EPI_FLOW_ML_PER_MIN_PER_G, Metric.OCCLUSION_FRACTION}) {
            q.add(new PatientTraceView.Quantity(m.column(), ResultColumns.unitOf(m.column()), phys.get(m)));
        }
        return q;
    }

    /** One growable column store of samples. */
    private static final class Segment {
        private double[][] columns = new double[COLUMNS.size()][1024];
        private final double[] row = new double[COLUMNS.size()];
        private int size;
        private double startS;

        double[] next(double timeS) {
            if (size == 0) {
                startS = timeS;
            }
            row[C_TIME] = Math.rint(timeS * 1e6) / 1e6; // 14.995, not 14995 * 0.001 = 14.995000000000001
            return row;
        }

        void commit() {
            if (size == columns[0].length) {
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = Arrays.copyOf(columns[c], 2 * size);
                }
            }
            for (int c = 0; c < columns.length; c++) {
                columns[c][size] = row[c];
            }
            size++;
        }

        PatientTraceView.Arm arm(String arm, String device, String failure, List<PatientTraceView.Quantity> summary) {
            List<PatientTraceView.Series> series = new ArrayList<>(COLUMNS.size());
            for (int c = 0; c < COLUMNS.size(); c++) {
                series.add(new PatientTraceView.Series(COLUMNS.get(c).name(), COLUMNS.get(c).unit(),
                        Arrays.copyOf(columns[c], size)));
            }
            return new PatientTraceView.Arm(arm, device, failure, summary, series);
        }
    }
}
