package org.sinus.cohorts.cto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.cto.CtoLesion.Calcification;
import org.sinus.cohorts.cto.CtoLesion.ProximalCap;
import org.sinus.cohorts.cto.CtoLesion.Tortuosity;
import org.sinus.cohorts.cto.CtoLesion.Vessel;
import org.sinus.cohorts.cto.CtoProcedureResult.Rescue;
import org.sinus.cohorts.cto.CtoProcedureResult.Strategy;
import org.sinus.engine.random.RandomStreams;

/**
 * The procedure model: a pure keyed function of its inputs, harder lesions fail more and take longer (per item, on
 * paired draws, and across the score groups), every output within physical bounds, and the strategy order of the
 * algorithm.
 *
 * <p><b>False failures.</b> None by chance: every population is fixed (run seed {@value #SEED}), so each check is
 * deterministic. The association checks compare paired simulations (the same draws with and without an item) or
 * score groups of a 10,000-lesion population, where the expected differences exceed 5 standard errors.
 */
class CtoProcedureModelTest {
    private static final long SEED = 20_250_301L;
    private static final int N = 10_000;
    private static final CtoProcedureModel MODEL = CtoProcedureModel.defaults();
    private static CtoLesion[] lesions;
    private static CtoProcedureResult[] results;

    @BeforeAll
    static void simulate() {
        final RandomStreams streams = RandomStreams.of(SEED);
        lesions = new CtoLesion[N];
        results = new CtoProcedureResult[N];
        for (int i = 0; i < N; i++) {
            lesions[i] = CtoLesionSampler.allComers().sample(streams, i);
            results[i] = MODEL.simulate(streams, i, lesions[i]);
        }
    }

    @Test
    void sameInputsGiveTheSameResultAndIdsAndSeedsDiffer() {
        final RandomStreams streams = RandomStreams.of(SEED);
        final RandomStreams other = RandomStreams.of(SEED + 1);
        final Set<Double> times = new HashSet<>();
        int differentSeed = 0;
        for (int i = 0; i < 200; i++) {
            MODEL.simulate(other, i + 7, lesions[i]); // another run in between must not matter
            assertEquals(results[i], MODEL.simulate(streams, i, lesions[i]), "patient " + i);
            assertEquals(results[i], CtoProcedureModel.of(CtoProcedureParameters.defaults()).simulate(streams, i,
                    lesions[i]), "patient " + i + ", new model with equal parameters");
            times.add(MODEL.simulate(streams, 1_000 + i, lesions[0]).procedureTimeMin());
            differentSeed += MODEL.simulate(other, i, lesions[i]).procedureTimeMin() != results[i].procedureTimeMin()
                    ? 1 : 0;
        }
        assertEquals(200, times.size(), "one lesion, 200 patient ids: every procedure time differs");
        assertEquals(200, differentSeed, "another run seed changes every procedure time");
        assertArrayEquals(CtoProcedureModel.draws(streams, 5), CtoProcedureModel.draws(streams, 5));
        assertEquals(CtoProcedureModel.DRAWS, CtoProcedureModel.draws(streams, 5).length);
    }

    @Test
    void everyOutputIsWithinPhysicalBounds() {
        final double budget = MODEL.parameters().crossing().budgetMin();
        for (int i = 0; i < N; i++) {
            final CtoProcedureResult r = results[i];
            final String at = "patient " + i + ": " + r;
            assertTrue(r.crossingTimeMin() >= 0 && r.crossingTimeMin() <= budget + 1e-9, at);
            assertTrue(r.procedureTimeMin() > r.crossingTimeMin() && r.procedureTimeMin() < 600, at);
            assertTrue(r.fluoroscopyMin() > 0 && r.fluoroscopyMin() <= r.procedureTimeMin(), at);
            assertTrue(r.contrastMl() > 0 && r.contrastMl() < 1_500, at);
            assertTrue(r.ischaemicMin() >= 0 && r.ischaemicMin() <= r.procedureTimeMin(), at);
            assertEquals(r.crossed(), r.crossingStrategy() != Strategy.NONE, at);
            assertTrue(!r.technicalSuccess() || r.crossed(), at);
            assertTrue(!r.tamponade() || r.perforation(), at);
            assertTrue(!(r.tamponade() || r.periproceduralMi()) || r.inHospitalMace(), at);
            assertEquals(r.rescueUsed() != Rescue.NONE, r.deviceUncrossable() || r.balloonUndilatable(), at);
            assertTrue(r.crossingStrategy() != Strategy.ADR || r.adrAttempted(), at);
            assertTrue(!(r.crossingStrategy() == Strategy.RWE || r.crossingStrategy() == Strategy.RDR)
                    || r.retrogradeAttempted(), at);
            assertTrue(!r.retrogradeAttempted() || lesions[i].access().interventionalCollaterals(), at);
        }
    }

    /** A middling lesion (J-CTO 2): blunt cap, 25 mm, mild calcium, RCA, 60 years, collaterals. */
    private static LesionBuilder middling() {
        final LesionBuilder b = new LesionBuilder();
        b.cap = ProximalCap.BLUNT;
        b.lengthMm = 25;
        b.calcification = Calcification.MILD;
        b.vessel = Vessel.RCA;
        b.ageYears = 60;
        return b;
    }

    @Test
    void eachDifficultyItemRaisesFailureAndTimeOnPairedDraws() {
        final List<Item> items = List.of(new Item("previous failure", b -> b.previousFailedAttempt = true, true),
            new Item("ambiguous cap", b -> b.cap = ProximalCap.AMBIGUOUS, true),
            new Item("severe calcium", b -> b.calcification = Calcification.SEVERE, true),
            new Item("length 50 mm", b -> b.lengthMm = 50, true),
            new Item("bend", b -> b.bendOver45Deg = true, true),
            new Item("severe tortuosity", b -> b.tortuosity = Tortuosity.SEVERE, true),
            new Item("prior CABG", b -> b.priorCabg = true, true),
            new Item("age 80", b -> b.ageYears = 80, true),
            new Item("circumflex", b -> b.vessel = Vessel.LCX, true),
            new Item("no interventional collaterals", b -> b.interventionalCollaterals = false, false));
        final RandomStreams streams = RandomStreams.of(SEED);
        final int n = 4_000;
        final double[][] draws = new double[n][];
        for (int i = 0; i < n; i++) {
            draws[i] = CtoProcedureModel.draws(streams, i);
        }
        final double[] base = summary(middling().build(), draws);
        for (Item item : items) {
            final LesionBuilder b = middling();
            item.change().accept(b);
            final double[] harder = summary(b.build(), draws);
            System.out.printf(Locale.ROOT, "%-30s failure %.3f -> %.3f, procedure time %.1f -> %.1f min%n",
                    item.name(), base[0], harder[0], base[1], harder[1]);
            assertTrue(harder[0] > base[0], item.name() + ": technical failure " + harder[0] + " vs " + base[0]);
            if (item.longer()) {
                assertTrue(harder[1] > base[1], item.name() + ": procedure time " + harder[1] + " vs " + base[1]);
            }
        }
    }

    private record Item(String name, Consumer<LesionBuilder> change, boolean longer) {
    }

    /** Technical failure rate and mean procedure time of one lesion over the given draws. */
    private static double[] summary(CtoLesion lesion, double[][] draws) {
        double failures = 0;
        double time = 0;
        for (double[] d : draws) {
            final CtoProcedureResult r = MODEL.simulate(lesion, d);
            failures += r.technicalSuccess() ? 0 : 1;
            time += r.procedureTimeMin();
        }
        return new double[] {failures / draws.length, time / draws.length};
    }

    @Test
    void harderScoreGroupsFailMoreAndTakeLonger() {
        final double[] failure = new double[4];
        final double[] time = new double[4];
        final double[] quick = new double[4];
        final double[] castleFailure = new double[4];
        for (int g = 0; g < 4; g++) {
            final int group = g;
            final IntPredicate jCto = i -> Math.min(CtoScores.jCto(lesions[i]), 3) == group;
            failure[g] = mean(jCto, i -> results[i].technicalSuccess() ? 0 : 1);
            time[g] = mean(jCto, i -> results[i].procedureTimeMin());
            quick[g] = mean(jCto, i -> results[i].wireCrossedWithin30Min() ? 1 : 0);
            castleFailure[g] = mean(i -> CtoScores.castleGroup(CtoScores.castle(lesions[i])).ordinal() == group,
                    i -> results[i].technicalSuccess() ? 0 : 1);
        }
        for (int g = 1; g < 4; g++) {
            assertTrue(failure[g] > failure[g - 1], "J-CTO group " + g + " failure");
            assertTrue(time[g] > time[g - 1] + 5, "J-CTO group " + g + " procedure time");
            assertTrue(quick[g] < quick[g - 1], "J-CTO group " + g + " 30-min crossing");
            assertTrue(castleFailure[g] > castleFailure[g - 1], "CASTLE group " + g + " failure");
        }
        final IntPredicate calcified = i -> CtoProcedureModel.moderateOrSevereCalcium(lesions[i]);
        for (String outcome : List.of("perforation", "uncrossable", "mace", "retrograde")) {
            final java.util.function.IntToDoubleFunction f = switch (outcome) {
                case "perforation" -> i -> results[i].perforation() ? 1 : 0;
                case "uncrossable" -> i -> results[i].deviceUncrossable() ? 1 : 0;
                case "mace" -> i -> results[i].inHospitalMace() ? 1 : 0;
                default -> i -> results[i].retrogradeAttempted() ? 1 : 0;
            };
            assertTrue(mean(calcified, f) > mean(calcified.negate(), f), "moderate/severe calcium raises " + outcome);
        }
    }

    private static double mean(IntPredicate in, java.util.function.IntToDoubleFunction f) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < N; i++) {
            if (in.test(i)) {
                sum += f.applyAsDouble(i);
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void strategiesFollowTheAlgorithm() {
        final LesionBuilder b = middling();
        b.interventionalCollaterals = false;
        assertArrayEquals(new Strategy[] {Strategy.AWE, Strategy.ADR}, CtoProcedureModel.order(b.build()));
        b.interventionalCollaterals = true;
        assertArrayEquals(new Strategy[] {Strategy.AWE, Strategy.RWE, Strategy.ADR, Strategy.RDR},
                CtoProcedureModel.order(b.build()), "25 mm: ADR before RDR");
        b.lengthMm = 12;
        assertArrayEquals(new Strategy[] {Strategy.AWE, Strategy.RWE, Strategy.RDR, Strategy.ADR},
                CtoProcedureModel.order(b.build()), "short, clear cap: RDR before ADR");
        b.calcification = Calcification.SEVERE;
        assertArrayEquals(new Strategy[] {Strategy.AWE, Strategy.RDR, Strategy.ADR}, CtoProcedureModel.order(b.build()),
                "severe calcium: no RWE");
        b.cap = ProximalCap.AMBIGUOUS;
        assertArrayEquals(new Strategy[] {Strategy.AWE, Strategy.ADR, Strategy.RDR}, CtoProcedureModel.order(b.build()),
                "ambiguous cap: ADR (BASE) before RDR");
    }

    @Test
    void difficultyPointsAreTheTabledWeights() {
        final CtoProcedureParameters p = CtoProcedureParameters.defaults();
        assertEquals(0, CtoProcedureModel.lesionDifficulty(new LesionBuilder().build(), p.difficulty()), 1e-12,
                "a 10 mm tapered lesion with nothing else");
        // worst: 1 + 1 + 0.5 + 1.4 + 0.6 + 2 (40 mm) + 1 + 0.3 + 0.3 + 0.3
        assertEquals(8.4, CtoProcedureModel.lesionDifficulty(LesionBuilder.worst().build(), p.difficulty()), 1e-12);
        final LesionBuilder b = new LesionBuilder();
        b.ageYears = 66;
        assertEquals(0, CtoProcedureModel.accessDifficulty(b.build(), p.access()), 1e-12, "66-year-old, LAD");
        // worst: severe 1.2 + LCx 0.6 + CABG 0.8 + age 80 0.42 + MI 0.2
        assertEquals(3.22, CtoProcedureModel.accessDifficulty(LesionBuilder.worst().build(), p.access()), 1e-12);
    }

    @Test
    void badValuesAreRejectedWithTheFieldName() {
        final IllegalArgumentException share = assertThrows(IllegalArgumentException.class,
                () -> new CtoProcedureParameters.Attempt(1.5, 10));
        assertTrue(share.getMessage().contains("attempt.difficultyShare = 1.5"), share.getMessage());
        final IllegalArgumentException tamponade = assertThrows(IllegalArgumentException.class,
                () -> new CtoProcedureResult(true, true, Strategy.AWE, 10, true, false, false, false, false,
                        Rescue.NONE, 60, 20, 150, 2, false, true, false, true));
        assertTrue(tamponade.getMessage().contains("CtoProcedureResult.tamponade"), tamponade.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CtoProcedureModel.of(null));
    }
}
