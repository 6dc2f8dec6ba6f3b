package org.sinus.cohorts.mr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.cohorts.calibration.MrCalibration;
import org.sinus.cohorts.calibration.MrCalibration.Measure;
import org.sinus.cohorts.calibration.MrCalibration.Population;
import org.sinus.cohorts.mr.MrOutcomeParameters.Response;
import org.sinus.engine.random.RandomStreams;

/**
 * {@link MrCalibration}'s fit recovers known parameters from synthetic targets (the model's own figures for chosen
 * parameters on a population of 1,000 sampled patients whose regurgitant reduction is 26% of the covariate volume,
 * the kernel's mean response, so no kernel runs), and its analytic expectations match the outcome model simulated
 * patient by patient. Deterministic (fixed seeds).
 */
class MrCalibrationTest {
    private static Population synthetic() {
        RandomStreams streams = RandomStreams.of(3);
        List<VirtualPatient> ps = new ArrayList<>();
        for (long id = 0; id < 1000; id++) {
            ps.add(MrCohortSampler.sample(streams, id).patient());
        }
        int n = ps.size();
        Population pop = new Population(new int[n], new double[n], new double[n], new boolean[n], new double[n],
                new double[n]);
        for (int i = 0; i < n; i++) {
            MrPresentation p = (MrPresentation) ps.get(i).presentation();
            pop.nyha()[i] = p.nyhaClass();
            pop.walkM()[i] = p.sixMinuteWalkM();
            pop.kccq()[i] = p.kccqScore();
            pop.crossing()[i] = p.crossingWithin(0, 100);
            pop.reductionMl()[i] = 0.26 * ps.get(i).covariate(MrCovariates.REGURGITANT_VOLUME);
            pop.reductionPct()[i] = 26;
        }
        return pop;
    }

    @Test
    void theFitRecoversKnownParameters() {
        Population pop = synthetic();
        Response[] truth = {new Response(-20, 8, 100), new Response(5, 1.2, 16), new Response(0.3, 0.06, 0.7)};
        double[][] tolerance = {{0.5, 0.05}, {0.05, 0.005}, {0.002, 0.0002}};
        for (Measure m : Measure.values()) {
            Response t = truth[m.ordinal()];
            double[] f = MrCalibration.figures(pop, m, t);
            Response fit = MrCalibration.fit(pop, m, new double[] {f[0], f[1]}, t.sd());
            assertEquals(t.nonSpecific(), fit.nonSpecific(), tolerance[m.ordinal()][0], m + " nonSpecific");
            assertEquals(t.slopePerMl(), fit.slopePerMl(), tolerance[m.ordinal()][1], m + " slopePerMl");
        }
    }

    @Test
    void analyticExpectationsMatchTheSimulatedModel() {
        Population pop = synthetic();
        Response walk = new Response(-20, 8, 100);
        double[] f = MrCalibration.figures(pop, Measure.WALK, walk);
        // simulate follow-up walk and responders with the model's own equation and many draws per patient
        RandomStreams streams = RandomStreams.of(5);
        double followUp = 0;
        double device = 0;
        int reps = 40;
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < pop.size(); i++) {
                double z = MrOutcomes.Draws.of(streams, (long) r * pop.size() + i).walk();
                double change = walk.mean(true, pop.reductionMl()[i]) + walk.sd() * z;
                double w = Math.max(0, pop.walkM()[i] + change);
                followUp += w;
                device += w - pop.walkM()[i] >= 30 ? 1 : 0;
            }
        }
        int n = reps * pop.size();
        // SE of the mean about 100 / sqrt(40000) = 0.5 m; of the share about 0.0025: bands of 5 SE (false failure
        // below 1e-6)
        assertEquals(f[0], followUp / n, 2.5, "follow-up walk");
        assertEquals(f[2], device / n, 0.0125, "device responders");
    }

    @Test
    void wilsonIntervalAndClippedMeanHaveTheirKnownValues() {
        double[] ci = MrCalibration.wilson(0, 10); // Wilson 1927: 0 of 10 -> [0, 0.2775]
        assertEquals(0, ci[0], 1e-12);
        assertEquals(0.2775, ci[1], 1e-4);
        assertEquals(0.3989423, MrCalibration.clippedMean(0, 1, 0, Double.POSITIVE_INFINITY), 1e-6);
        assertEquals(0, MrCalibration.clippedMean(0, 1, -1, 1), 1e-12);
        assertEquals(50, MrCalibration.clippedMean(50, 1, 0, 100), 1e-9);
    }
}
