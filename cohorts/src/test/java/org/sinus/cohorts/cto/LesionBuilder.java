package org.sinus.cohorts.cto;

import org.sinus.cohorts.cto.CtoLesion.Calcification;
import org.sinus.cohorts.cto.CtoLesion.CtCalcium;
import org.sinus.cohorts.cto.CtoLesion.Duration;
import org.sinus.cohorts.cto.CtoLesion.ProximalCap;
import org.sinus.cohorts.cto.CtoLesion.Tortuosity;
import org.sinus.cohorts.cto.CtoLesion.Vessel;

/**
 * Test helper: a mutable lesion description whose defaults score 0 on all six scores (a short, tapered, non-calcified
 * first-attempt LAD occlusion of under 12 months with interventional collaterals, in a 50-year-old without CABG or
 * MI).
 */
final class LesionBuilder {
    double ageYears = 50;
    boolean priorCabg;
    boolean priorMi;
    boolean previousFailedAttempt;
    Duration duration = Duration.UNDER_12_MONTHS;
    Vessel vessel = Vessel.LAD;
    double lengthMm = 10;
    ProximalCap cap = ProximalCap.TAPERED;
    boolean sideBranchAtCap;
    boolean bendOver45Deg;
    boolean multipleOcclusions;
    Calcification calcification = Calcification.NONE;
    CtCalcium ctCalcium = CtCalcium.UNDER_HALF_AREA;
    Tortuosity tortuosity = Tortuosity.NONE_OR_MILD;
    boolean interventionalCollaterals = true;

    /** The maximal lesion: every item of every score present. */
    static LesionBuilder worst() {
        final LesionBuilder b = new LesionBuilder();
        b.ageYears = 80;
        b.priorCabg = true;
        b.priorMi = true;
        b.previousFailedAttempt = true;
        b.duration = Duration.UNKNOWN;
        b.vessel = Vessel.LCX;
        b.lengthMm = 40;
        b.cap = ProximalCap.AMBIGUOUS;
        b.sideBranchAtCap = true;
        b.bendOver45Deg = true;
        b.multipleOcclusions = true;
        b.calcification = Calcification.SEVERE;
        b.ctCalcium = CtCalcium.WHOLE_LUMEN;
        b.tortuosity = Tortuosity.SEVERE;
        b.interventionalCollaterals = false;
        return b;
    }

    CtoLesion build() {
        return new CtoLesion(new CtoLesion.Clinical(ageYears, priorCabg, priorMi, previousFailedAttempt, duration),
                vessel, new CtoLesion.Occlusion(lengthMm, cap, sideBranchAtCap, bendOver45Deg, multipleOcclusions),
                calcification, ctCalcium, new CtoLesion.Access(tortuosity, interventionalCollaterals));
    }
}
