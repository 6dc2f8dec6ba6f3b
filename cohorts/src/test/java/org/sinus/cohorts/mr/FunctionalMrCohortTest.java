package org.sinus.cohorts.mr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.CsAnnuloplastySpec;
import org.sinus.engine.scenario.NoDevice;

/** The functional-MR cohort as a scenario names it: registered, serialisable by name, and its outcome model. */
class FunctionalMrCohortTest {

    @Test
    void isRegisteredAndSerialisesByName() throws Exception {
        Cohort c = Cohorts.of("functional-mr");
        assertEquals(FunctionalMrCohort.NAME, c.name());
        assertEquals(MrCovariates.COVARIATES, c.covariates());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertSame(c, in.readObject());
        }
        RandomStreams streams = RandomStreams.of(5);
        assertEquals(c.sample(streams, 17), c.sample(streams, 17));
    }

    @Test
    void outcomesAreTheArmsRegurgitantVolumesAndTheirChange() {
        Cohort c = Cohorts.of("functional-mr");
        List<ArmSpec> arms = List.of(new ArmSpec("control", new NoDevice()),
                new ArmSpec("annuloplasty", CsAnnuloplastySpec.defaults()));
        ArmPhysiology control = physiology(40);
        ArmPhysiology device = physiology(30);
        double[][] out = new double[2][c.outcomes().columns().size()];
        c.outcomes().compute(c.sample(RandomStreams.of(5), 1), control, new ArmPhysiology[] {control, device}, arms,
                RandomStreams.of(5), out);
        assertEquals(40, out[0][0]);
        assertEquals(0, out[0][1]);
        // the device's volume if it was left implanted, the control's after a failed attempt (device withdrawn)
        boolean implanted = out[1][MrOutcomes.COL_IMPLANTED] == 1;
        assertEquals(implanted ? 30 : 40, out[1][0]);
        assertEquals(implanted ? -25 : 0, out[1][1], 1e-12);
        int seen = 0;
        for (long id = 0; id < 40; id++) {
            c.outcomes().compute(c.sample(RandomStreams.of(5), id), control, new ArmPhysiology[] {control, device},
                    arms, RandomStreams.of(5), out);
            seen += out[1][MrOutcomes.COL_IMPLANTED] == 1 ? 1 : 0;
            assertEquals(out[1][MrOutcomes.COL_IMPLANTED] == 1 ? 30 : 40, out[1][0], "patient " + id);
        }
        assertTrue(seen > 0 && seen < 40, seen + " of 40 implanted: both branches are exercised");
        assertThrows(IllegalArgumentException.class, () -> c.outcomes().compute(c.sample(RandomStreams.of(5), 1),
                physiology(0), new ArmPhysiology[] {physiology(0), physiology(0)}, arms, RandomStreams.of(5), out));
    }

    private static ArmPhysiology physiology(double regurgitantMl) {
        double[] m = new double[Metric.values().length];
        m[Metric.REGURGITANT_VOLUME_ML.ordinal()] = regurgitantMl;
        return new ArmPhysiology(m, new double[0], null);
    }
}
