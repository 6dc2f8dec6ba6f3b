package org.sinus.cohorts.cto;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.cto.CtoLesion.Calcification;
import org.sinus.cohorts.cto.CtoLesion.CtCalcium;
import org.sinus.cohorts.cto.CtoLesion.Duration;
import org.sinus.cohorts.cto.CtoLesion.ProximalCap;
import org.sinus.cohorts.cto.CtoLesion.Tortuosity;
import org.sinus.cohorts.cto.CtoLesion.Vessel;
import org.sinus.cohorts.cto.CtoScores.Difficulty;

/**
 * The six scores, exactly: each item's points in every score (one item switched on in a lesion that scores 0
 * everywhere, so cross-talk between scores shows too), then hand-worked lesions including each score's minimum and
 * maximum, then the difficulty groups. Points are those of {@code docs/cto-lesions.md}, "Scores".
 */
class CtoScoresTest {

    /** One item switched on, and the points it must add to J-CTO, PROGRESS-CTO, CL, CASTLE, KCCT, CT-RECTOR. */
    private record Item(String name, Consumer<LesionBuilder> change, double... points) {
    }

    private static final List<Item> ITEMS = List.of(
        new Item("previous failed attempt", b -> b.previousFailedAttempt = true, 1, 0, 0, 0, 1, 1),
        new Item("blunt cap", b -> b.cap = ProximalCap.BLUNT, 1, 0, 1, 1, 1, 1),
        new Item("ambiguous cap", b -> b.cap = ProximalCap.AMBIGUOUS, 1, 1, 1, 1, 1, 1),
        new Item("mild calcification", b -> b.calcification = Calcification.MILD, 1, 0, 0, 0, 0, 0),
        new Item("moderate calcification", b -> b.calcification = Calcification.MODERATE, 1, 0, 0, 0, 0, 0),
        new Item("severe calcification", b -> b.calcification = Calcification.SEVERE, 1, 0, 2, 1, 0, 0),
        new Item("CT calcium >= 50% CSA, arc < 180", b -> b.ctCalcium = CtCalcium.HALF_AREA, 0, 0, 0, 0, 0, 1),
        new Item("CT peripheral calcium", b -> b.ctCalcium = CtCalcium.PERIPHERAL, 0, 0, 0, 0, 1, 1),
        new Item("CT whole-lumen calcium", b -> b.ctCalcium = CtCalcium.WHOLE_LUMEN, 0, 0, 0, 0, 2, 1),
        new Item("bend > 45 degrees", b -> b.bendOver45Deg = true, 1, 0, 0, 0, 1, 1),
        new Item("length 20 mm", b -> b.lengthMm = 20, 1, 0, 1.5, 1, 1, 0),
        new Item("length 19.9 mm", b -> b.lengthMm = 19.9, 0, 0, 0, 0, 1, 0),
        new Item("length 15 mm", b -> b.lengthMm = 15, 0, 0, 0, 0, 1, 0),
        new Item("length 14.9 mm", b -> b.lengthMm = 14.9, 0, 0, 0, 0, 0, 0),
        new Item("circumflex", b -> b.vessel = Vessel.LCX, 0, 1, 1, 0, 0, 0),
        new Item("right coronary", b -> b.vessel = Vessel.RCA, 0, 0, 1, 0, 0, 0),
        new Item("moderate tortuosity", b -> b.tortuosity = Tortuosity.MODERATE, 0, 1, 0, 0, 0, 0),
        new Item("severe tortuosity", b -> b.tortuosity = Tortuosity.SEVERE, 0, 1, 0, 1, 0, 0),
        new Item("unseen tortuosity", b -> b.tortuosity = Tortuosity.UNSEEN, 0, 0, 0, 1, 0, 0),
        new Item("no interventional collaterals", b -> b.interventionalCollaterals = false, 0, 1, 0, 0, 0, 0),
        new Item("prior CABG", b -> b.priorCabg = true, 0, 0, 1.5, 1, 0, 0),
        new Item("prior MI", b -> b.priorMi = true, 0, 0, 1, 0, 0, 0),
        new Item("age 70", b -> b.ageYears = 70, 0, 0, 0, 1, 0, 0),
        new Item("age 69.99", b -> b.ageYears = 69.99, 0, 0, 0, 0, 0, 0),
        new Item("duration 12 months or more", b -> b.duration = Duration.AT_LEAST_12_MONTHS, 0, 0, 0, 0, 1, 1),
        new Item("duration unknown", b -> b.duration = Duration.UNKNOWN, 0, 0, 0, 0, 1, 1),
        new Item("side branch at cap", b -> b.sideBranchAtCap = true, 0, 0, 0, 0, 1, 0),
        new Item("multiple occlusions", b -> b.multipleOcclusions = true, 0, 0, 0, 0, 0, 1));

    @Test
    void eachItemAddsItsPointsToEveryScore() {
        assertAll(ITEMS.stream().map(item -> () -> {
            final LesionBuilder b = new LesionBuilder();
            item.change().accept(b);
            assertScores(item.name(), b.build(), item.points());
        }));
    }

    @Test
    void minimumLesionScoresZeroEverywhere() {
        assertScores("minimum", new LesionBuilder().build(), 0, 0, 0, 0, 0, 0);
    }

    @Test
    void maximumLesionScoresTheMaximumEverywhere() {
        // J-CTO 5 items, PROGRESS 4, CL 1.5+1+2+1.5+1+1 = 8, CASTLE 6, KCCT 6 single items + 2 for calcium = 8,
        // CT-RECTOR 6.
        assertScores("maximum", LesionBuilder.worst().build(), 5, 4, 8, 6, 8, 6);
    }

    @Test
    void typicalRightCoronaryOcclusion() {
        final LesionBuilder b = new LesionBuilder();
        b.ageYears = 72;
        b.priorMi = true;
        b.duration = Duration.AT_LEAST_12_MONTHS;
        b.vessel = Vessel.RCA;
        b.lengthMm = 25;
        b.cap = ProximalCap.BLUNT;
        b.bendOver45Deg = true;
        b.calcification = Calcification.MODERATE;
        b.ctCalcium = CtCalcium.HALF_AREA;
        b.tortuosity = Tortuosity.MODERATE;
        // J-CTO: blunt + calcium + bend + length = 4. PROGRESS: moderate tortuosity = 1.
        // CL: MI 1 + length 1.5 + non-LAD 1 + blunt 1 = 4.5. CASTLE: age + stump + length = 3.
        // KCCT: blunt + bend + length >= 15 + duration = 4 (CSA >= 50% with arc < 180 scores nothing).
        // CT-RECTOR: blunt + CSA >= 50% + bend + duration = 4.
        assertScores("typical RCA", b.build(), 4, 1, 4.5, 3, 4, 4);
    }

    @Test
    void heavilyCalcifiedCircumflexAfterCabg() {
        final LesionBuilder b = new LesionBuilder();
        b.ageYears = 74;
        b.priorCabg = true;
        b.priorMi = true;
        b.duration = Duration.UNKNOWN;
        b.vessel = Vessel.LCX;
        b.lengthMm = 35;
        b.cap = ProximalCap.AMBIGUOUS;
        b.sideBranchAtCap = true;
        b.calcification = Calcification.SEVERE;
        b.ctCalcium = CtCalcium.PERIPHERAL;
        b.tortuosity = Tortuosity.SEVERE;
        b.interventionalCollaterals = false;
        // J-CTO: cap + calcium + length = 3 (first attempt, no bend). PROGRESS: all four = 4.
        // CL: 1.5 + 1 + 2 + 1.5 + 1 + 1 = 8. CASTLE: all six = 6.
        // KCCT: cap + side branch + length + peripheral calcium 1 + duration = 5.
        // CT-RECTOR: cap + CSA >= 50% + duration = 3.
        assertScores("calcified LCx after CABG", b.build(), 3, 4, 8, 6, 5, 3);
    }

    @Test
    void shortMildlyCalcifiedLad() {
        final LesionBuilder b = new LesionBuilder();
        b.ageYears = 55;
        b.lengthMm = 12;
        b.calcification = Calcification.MILD;
        // Only J-CTO counts mild calcification.
        assertScores("short LAD", b.build(), 1, 0, 0, 0, 0, 0);
    }

    @Test
    void difficultyGroups() {
        final Difficulty[] byPoint = {Difficulty.EASY, Difficulty.INTERMEDIATE, Difficulty.DIFFICULT,
            Difficulty.VERY_DIFFICULT, Difficulty.VERY_DIFFICULT, Difficulty.VERY_DIFFICULT};
        for (int s = 0; s <= 5; s++) {
            assertEquals(byPoint[s], CtoScores.jCtoDifficulty(s), "J-CTO " + s);
            assertEquals(byPoint[s], CtoScores.ctRectorDifficulty(s), "CT-RECTOR " + s);
        }
        assertEquals(Difficulty.VERY_DIFFICULT, CtoScores.ctRectorDifficulty(6));
        final Difficulty[] castle = {Difficulty.EASY, Difficulty.EASY, Difficulty.INTERMEDIATE,
            Difficulty.DIFFICULT, Difficulty.VERY_DIFFICULT, Difficulty.VERY_DIFFICULT, Difficulty.VERY_DIFFICULT};
        for (int s = 0; s <= 6; s++) {
            assertEquals(castle[s], CtoScores.castleGroup(s), "CASTLE " + s);
        }
        final double[] cl = {0, 1, 1.5, 2, 3, 3.5, 4.5, 5, 8};
        final Difficulty[] clGroup = {Difficulty.EASY, Difficulty.EASY, Difficulty.EASY, Difficulty.INTERMEDIATE,
            Difficulty.INTERMEDIATE, Difficulty.DIFFICULT, Difficulty.DIFFICULT, Difficulty.VERY_DIFFICULT,
            Difficulty.VERY_DIFFICULT};
        for (int i = 0; i < cl.length; i++) {
            assertEquals(clGroup[i], CtoScores.clDifficulty(cl[i]), "CL " + cl[i]);
        }
    }

    @Test
    void groupsRejectScoresOutsideTheirRange() {
        assertThrows(IllegalArgumentException.class, () -> CtoScores.jCtoDifficulty(6));
        assertThrows(IllegalArgumentException.class, () -> CtoScores.jCtoDifficulty(-1));
        assertThrows(IllegalArgumentException.class, () -> CtoScores.castleGroup(7));
        assertThrows(IllegalArgumentException.class, () -> CtoScores.ctRectorDifficulty(7));
        assertThrows(IllegalArgumentException.class, () -> CtoScores.clDifficulty(8.5));
        assertThrows(IllegalArgumentException.class, () -> CtoScores.clDifficulty(1.25));
        assertThrows(IllegalArgumentException.class, () -> CtoScores.clDifficulty(Double.NaN));
    }

    /** Checks all six scores; expected in the order J-CTO, PROGRESS-CTO, CL, CASTLE, KCCT, CT-RECTOR. */
    private static void assertScores(String name, CtoLesion lesion, double... expected) {
        assertAll(name,
            () -> assertEquals((int) expected[0], CtoScores.jCto(lesion), name + ": J-CTO"),
            () -> assertEquals((int) expected[1], CtoScores.progressCto(lesion), name + ": PROGRESS-CTO"),
            () -> assertEquals(expected[2], CtoScores.cl(lesion), 0.0, name + ": CL"),
            () -> assertEquals((int) expected[3], CtoScores.castle(lesion), name + ": CASTLE"),
            () -> assertEquals((int) expected[4], CtoScores.kcct(lesion), name + ": KCCT"),
            () -> assertEquals((int) expected[5], CtoScores.ctRector(lesion), name + ": CT-RECTOR"));
    }
}
