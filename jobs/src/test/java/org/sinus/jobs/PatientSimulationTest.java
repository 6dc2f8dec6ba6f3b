package org.sinus.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.StemiPresentation;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.cohorts.stemi.StemiOutcomes;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.DeliverySpec;
import org.sinus.engine.scenario.NoDevice;
import org.sinus.engine.scenario.PicsoSpec;

/** The per-patient simulation without Spark. */
class PatientSimulationTest {
    private static final long SEED = 20261121;
    private static final Cohort COHORT = Cohorts.of("anterior-stemi");
    private static final List<ArmSpec> ARMS = List.of(new ArmSpec("control", new NoDevice()),
            new ArmSpec("picso", PicsoSpec.defaults()));

    @Test
    void rowsArePatientMajorWithCovariatesEndpointAndDeviceMetrics() {
        PatientSimulation sim = new PatientSimulation(SEED, COHORT, ARMS);
        PartitionResult r = sim.simulate(new IdRange(0, 0, 12));
        ResultColumns cols = sim.columns();
        assertEquals(2 * (12 - r.failures().stream().mapToLong(FailureRecord::patientId).distinct().count()),
                r.rows());
        int infarct = cols.index(StemiOutcomes.INFARCT);
        int dose = cols.index(StemiOutcomes.DOSE);
        int picsoCycles = cols.index("picso_cycles");
        for (int row = 0; row < r.rows(); row += 2) {
            long id = r.patientIds()[row];
            assertEquals(id, r.patientIds()[row + 1]);
            assertEquals(0, r.armIndices()[row]);
            assertEquals(1, r.armIndices()[row + 1]);
            VirtualPatient p = COHORT.sample(RandomStreams.of(SEED), id);
            for (int c = 0; c < cols.covariates(); c++) {
                assertEquals(p.covariate(c), r.values()[c][row]);
                assertEquals(p.covariate(c), r.values()[c][row + 1]);
            }
            double aar = ((StemiPresentation) p.presentation()).areaAtRiskPercentLv();
            assertTrue(r.values()[infarct][row] > 0 && r.values()[infarct][row] <= aar);
            assertTrue(r.values()[infarct][row + 1] <= r.values()[infarct][row], "PICSO never enlarges the infarct");
            assertEquals(0, r.values()[dose][row]);
            assertTrue(r.values()[dose][row + 1] >= 0);
            assertTrue(Double.isNaN(r.values()[picsoCycles][row]));
            assertTrue(r.values()[picsoCycles][row + 1] >= 2);
            assertEquals(0, r.values()[cols.metricIndex(Metric.OCCLUSION_FRACTION)][row]);
            assertTrue(r.values()[cols.metricIndex(Metric.OCCLUSION_FRACTION)][row + 1] > 0);
        }
        assertTrue(r.kernelRuns() >= r.rows());
    }

    /**
     * The physics switches travel with the simulation (a Spark task gets the driver's, not its executor's): with the
     * collateral recruitment on, the PICSO arm's collateral-fed flow differs, the control arm (sinus below its knee)
     * does not.
     */
    @Test
    void thePhysicsSwitchesAreTheSimulations() {
        PatientSimulation off = new PatientSimulation(SEED, COHORT, ARMS, new PhysicsSwitches(false, 0));
        PatientSimulation on = new PatientSimulation(SEED, COHORT, ARMS, new PhysicsSwitches(false,
                org.sinus.engine.physiology.ModelConstants.FITTED_COLLATERAL_RECRUITMENT_PER_MMHG));
        PartitionResult a = off.simulate(new IdRange(0, 0, 4));
        PartitionResult b = on.simulate(new IdRange(0, 0, 4));
        int flow = off.columns().metricIndex(Metric.EPICARDIAL_MEAN_MMHG);
        boolean picsoDiffers = false;
        for (int row = 0; row < a.rows(); row++) {
            if (a.armIndices()[row] == 0) {
                assertEquals(a.values()[flow][row], b.values()[flow][row], "control: sinus below the knee");
            } else {
                picsoDiffers |= a.values()[flow][row] != b.values()[flow][row];
            }
        }
        assertTrue(picsoDiffers, "PICSO's occlusions recruit collaterals");
    }

    /**
     * Partial delivery scales each patient's PICSO dose by the fraction it received: none started gives dose 0 and
     * the control infarct; a half-delivered arm gets, patient by patient, the full arm's dose times 0 (not started),
     * 1 (completed) or the patient's uniform fraction, the same draws whatever the arm.
     */
    @Test
    void deliveryScalesThePicsoDose() {
        List<ArmSpec> arms = List.of(new ArmSpec("control", new NoDevice()), new ArmSpec("picso", PicsoSpec.defaults()),
                new ArmSpec("never", PicsoSpec.defaults(), new DeliverySpec(0, 0)),
                new ArmSpec("partial", PicsoSpec.defaults(), new DeliverySpec(0.6, 0.3)));
        PatientSimulation sim = new PatientSimulation(SEED, COHORT, arms);
        PartitionResult r = sim.simulate(new IdRange(0, 0, 8));
        int dose = sim.columns().index(StemiOutcomes.DOSE);
        int infarct = sim.columns().index(StemiOutcomes.INFARCT);
        double[][] v = r.values();
        int fractions = 0;
        for (int row = 0; row < r.rows(); row += 4) {
            assertEquals(0, v[dose][row + 2]);
            assertEquals(v[infarct][row], v[infarct][row + 2], "never delivered: the control infarct");
            double full = v[dose][row + 1];
            double part = v[dose][row + 3];
            assertTrue(full > 0);
            assertTrue(part >= 0 && part <= full * (1 + 1e-12), "a fraction of the full dose");
            fractions += part > 0 && part < full * (1 - 1e-12) ? 1 : 0;
        }
        assertTrue(r.rows() >= 24, "most of 8 patients simulated");
        System.out.println("partially delivered patients among " + r.rows() / 4 + ": " + fractions);
    }

    @Test
    void aPatientsRowsDoNotDependOnItsBatch() {
        PatientSimulation sim = new PatientSimulation(SEED, COHORT, ARMS);
        PartitionResult whole = sim.simulate(new IdRange(0, 0, 9));
        PartitionResult part = sim.simulate(new IdRange(1, 5, 8));
        int offset = -1;
        for (int row = 0; row < whole.rows(); row++) {
            if (whole.patientIds()[row] == 5) {
                offset = row;
                break;
            }
        }
        for (int row = 0; row < part.rows(); row++) {
            assertEquals(whole.patientIds()[offset + row], part.patientIds()[row]);
            for (int c = 0; c < part.values().length; c++) {
                assertEquals(Double.doubleToRawLongBits(whole.values()[c][offset + row]),
                        Double.doubleToRawLongBits(part.values()[c][row]), "column " + c + ", row " + row);
            }
        }
    }

    @Test
    void idRangesCoverTheCohortContiguously() {
        List<IdRange> ranges = IdRange.split(60, 7);
        assertEquals(7, ranges.size());
        assertEquals(0, ranges.get(0).from());
        assertEquals(60, ranges.get(6).to());
        for (int i = 1; i < 7; i++) {
            assertEquals(ranges.get(i - 1).to(), ranges.get(i).from());
            assertEquals(i, ranges.get(i).index());
        }
        assertArrayEquals(new long[] {8, 9, 8, 9, 8, 9, 9},
                ranges.stream().mapToLong(IdRange::size).toArray());
    }
}
