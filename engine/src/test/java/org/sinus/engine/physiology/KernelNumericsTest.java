package org.sinus.engine.physiology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Picso;

class KernelNumericsTest {
    private static final Picso PICSO = new Picso(1.0, 3, 20, 3, 90);

    /** Halving the step changes the reported physiology by far less than the tolerances we compare with targets. */
    @Test
    void resultsHaveConvergedAtTheDefaultStep() {
        List<PatientParameters> p = List.of(ReferencePatients.stableAngina(false));
        ArmPhysiology coarse = new Kernel(ModelConstants.defaults(), 1, Kernel.DEFAULT_STEP_S).run(p, new Control())[0];
        ArmPhysiology fine = new Kernel(ModelConstants.defaults(), 1, Kernel.DEFAULT_STEP_S / 2).run(p, new Control())[0];
        double worst = 0;
        Metric worstMetric = null;
        for (Metric m : List.of(Metric.MEAN_AORTIC_MMHG, Metric.CS_MEAN_MMHG, Metric.CS_PULSE_MMHG,
                Metric.STROKE_VOLUME_ML, Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G, Metric.LVEDP_MMHG)) {
            double rel = Math.abs(coarse.get(m) - fine.get(m)) / Math.abs(fine.get(m));
            if (rel > worst) {
                worst = rel;
                worstMetric = m;
            }
        }
        System.out.printf(Locale.ROOT, "step 1 ms vs 0.5 ms: worst relative difference %.2e (%s)%n", worst, worstMetric);
        assertTrue(worst < 5e-3, "worst relative difference " + worst + " in " + worstMetric);
    }

    /** The 15 s warm-up washes out the initial state: doubling it changes the physiology by under 0.5%. */
    @Test
    void warmupWashesOutTheInitialState() {
        Control control = new Control();
        Device longWarmup = new Device() {
            @Override
            public String name() {
                return "control-30s";
            }

            @Override
            public Protocol protocol() {
                Protocol p = control.protocol();
                return new Protocol(2 * p.warmupS(), p.skipCycles(), p.measureCycles(), p.maxS() + p.warmupS());
            }

            @Override
            public List<String> metricNames() {
                return List.of();
            }

            @Override
            public Controller controller(int capacity) {
                return control.controller(capacity);
            }
        };
        List<PatientParameters> p = List.of(ReferencePatients.stableAngina(false), ReferencePatients.stableAngina(true));
        Kernel kernel = new Kernel(ModelConstants.defaults(), 2, Kernel.DEFAULT_STEP_S);
        ArmPhysiology[] normal = kernel.run(p, control);
        ArmPhysiology[] doubled = kernel.run(p, longWarmup);
        double worst = 0;
        for (int i = 0; i < p.size(); i++) {
            for (Metric m : List.of(Metric.MEAN_AORTIC_MMHG, Metric.CS_MEAN_MMHG, Metric.STROKE_VOLUME_ML,
                    Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G, Metric.REMOTE_ENDO_FLOW_ML_PER_MIN_PER_G)) {
                worst = Math.max(worst, Math.abs(normal[i].get(m) - doubled[i].get(m)) / Math.abs(doubled[i].get(m)));
            }
        }
        System.out.printf(Locale.ROOT, "warm-up 15 s vs 30 s: worst relative difference %.2e%n", worst);
        assertTrue(worst < 5e-3, "worst relative difference " + worst);
    }

    /** A patient's results do not depend on the batch it is simulated in (partition independence). */
    @Test
    void patientResultsDoNotDependOnTheBatch() {
        PatientParameters a = ReferencePatients.stableAngina(false);
        PatientParameters b = ReferencePatients.stableAngina(true);
        Kernel kernel = new Kernel(ModelConstants.defaults(), 3, Kernel.DEFAULT_STEP_S);
        ArmPhysiology alone = kernel.run(List.of(a), PICSO)[0];
        ArmPhysiology inBatch = kernel.run(List.of(b, a, b), PICSO)[1];
        assertArrayEquals(alone.metrics(), inBatch.metrics());
        assertArrayEquals(alone.deviceMetrics(), inBatch.deviceMetrics());
    }

    /** Branching every device off one shared warm-up gives bit for bit the results of separate runs. */
    @Test
    void sharedWarmupChangesNoBit() {
        List<PatientParameters> p = List.of(ReferencePatients.stableAngina(false), ReferencePatients.stableAngina(true));
        Kernel kernel = new Kernel(ModelConstants.defaults(), 2, Kernel.DEFAULT_STEP_S);
        ArmPhysiology[][] together = kernel.run(p, List.of(new Control(), PICSO, new Control()));
        ArmPhysiology[] control = kernel.run(p, new Control());
        ArmPhysiology[] picso = kernel.run(p, PICSO);
        for (int i = 0; i < p.size(); i++) {
            assertArrayEquals(control[i].metrics(), together[0][i].metrics());
            assertArrayEquals(picso[i].metrics(), together[1][i].metrics());
            assertArrayEquals(picso[i].deviceMetrics(), together[1][i].deviceMetrics());
            assertArrayEquals(control[i].metrics(), together[2][i].metrics());
        }
    }

    /** A patient whose physiology fails goes to the ledger with its reason; its batch-mates are unaffected. */
    @Test
    void aFailingPatientIsReportedAndTheBatchGoesOn() {
        Device broken = new Device() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Protocol protocol() {
                return new Control().protocol();
            }

            @Override
            public List<String> metricNames() {
                return List.of();
            }

            @Override
            public Controller controller(int capacity) {
                Controller control = new Control().controller(capacity);
                return new Controller() {
                    @Override
                    public void start(int i, double timeS) {
                    }

                    @Override
                    public void act(double timeS, CardiovascularModel model, int from, int to) {
                        if (timeS > 16) {
                            model.csOstiumOpen[1] = Double.NaN; // patient 1's device misbehaves
                        }
                    }

                    @Override
                    public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
                        return control.onBeatEnd(i, timeS, csSystolicMmHg);
                    }

                    @Override
                    public void metrics(int i, double[] out) {
                    }
                };
            }
        };
        PatientParameters p = ReferencePatients.stableAngina(false);
        Kernel kernel = new Kernel(ModelConstants.defaults(), 3, Kernel.DEFAULT_STEP_S);
        ArmPhysiology[] r = kernel.run(List.of(p, p, p), broken);
        ArmPhysiology reference = kernel.run(List.of(p), new Control())[0];
        assertFalse(r[1].ok());
        assertNotNull(r[1].failure());
        assertTrue(r[1].failure().contains("non-finite"), r[1].failure());
        assertTrue(r[0].ok() && r[2].ok());
        assertArrayEquals(reference.metrics(), r[0].metrics());
        assertEquals(reference.get(Metric.CS_MEAN_MMHG), r[2].get(Metric.CS_MEAN_MMHG));
    }
}
