package org.sinus.cohorts.cto;

import org.sinus.cohorts.cto.CtoLesion.Calcification;
import org.sinus.cohorts.cto.CtoLesion.CtCalcium;
import org.sinus.cohorts.cto.CtoLesion.Duration;
import org.sinus.cohorts.cto.CtoLesion.ProximalCap;
import org.sinus.cohorts.cto.CtoLesion.Tortuosity;
import org.sinus.cohorts.cto.CtoLesion.Vessel;

/**
 * The six CTO difficulty scores named in the European CTO Club review of heavily calcified CTOs (Mashayekhi et al.,
 * EuroIntervention 2023, seed 001, Table 1), one pure function each, and the difficulty groups the papers report.
 *
 * <p>Item lists: from each paper's abstract where the stored abstract lists them (PROGRESS-CTO, CASTLE, KCCT), else
 * from secondary summaries and the seed (J-CTO, CL, CT-RECTOR); points from the seed's Table 1 where it gives them,
 * else as stated per method. What could not be checked against a full text is listed in {@code docs/cto-lesions.md},
 * "Open points".
 */
public final class CtoScores {
    /** Length threshold of J-CTO, CL and CASTLE, mm (scored when {@code >=}). */
    public static final double LONG_OCCLUSION_MM = 20;
    /** Length threshold of KCCT, mm (its abstract: "occlusion length >= 15 mm"). */
    public static final double KCCT_LONG_OCCLUSION_MM = 15;
    /** Age threshold of CASTLE, years ({@code >=}). */
    public static final double CASTLE_AGE_YEARS = 70;

    private CtoScores() {
    }

    /**
     * Four ordered difficulty groups. J-CTO, CL and CT-RECTOR name their groups this way; the CASTLE paper reports
     * groups 0-1, 2, 3, 4+ without names, and the names here are ours.
     */
    public enum Difficulty {
        EASY,
        INTERMEDIATE,
        DIFFICULT,
        VERY_DIFFICULT
    }

    /**
     * J-CTO score (Morino et al., JACC Cardiovasc Interv 2011;4:213-21; 494 native CTOs, end point guidewire
     * crossing within 30 min): 1 point each for a previously failed lesion, a blunt (not tapered) entry, any
     * calcification in the CTO segment, a bend over 45 degrees in the CTO segment, and an occlusion length of 20 mm
     * or more.
     *
     * @param lesion the lesion
     * @return 0 to 5
     */
    public static int jCto(CtoLesion lesion) {
        final CtoLesion.Occlusion o = lesion.occlusion();
        return point(lesion.clinical().previousFailedAttempt()) + point(o.cap() != ProximalCap.TAPERED)
                + point(lesion.calcification() != Calcification.NONE) + point(o.bendOver45Deg())
                + point(o.lengthMm() >= LONG_OCCLUSION_MM);
    }

    /**
     * J-CTO groups (Morino 2011): 0 easy, 1 intermediate, 2 difficult, 3 or more very difficult; 30-min crossing
     * 88%, 67%, 42%, 10% ({@code targets.md#C27}).
     *
     * @param score a J-CTO score, 0 to 5
     * @return the group
     */
    public static Difficulty jCtoDifficulty(int score) {
        return byPoint(requireRange("J-CTO", score, 5));
    }

    /**
     * PROGRESS-CTO score (Christopoulos et al., JACC Cardiovasc Interv 2016;9:1-9; 781 CTO PCIs, end point
     * technical success): 1 point each for proximal cap ambiguity, moderate or severe tortuosity, a circumflex CTO
     * and the absence of "interventional" collaterals (abstract). The paper reports success by score value, not by
     * named group.
     *
     * @param lesion the lesion
     * @return 0 to 4
     */
    public static int progressCto(CtoLesion lesion) {
        final Tortuosity t = lesion.access().proximalTortuosity();
        return point(lesion.occlusion().cap() == ProximalCap.AMBIGUOUS)
                + point(t == Tortuosity.MODERATE || t == Tortuosity.SEVERE) + point(lesion.vessel() == Vessel.LCX)
                + point(!lesion.access().interventionalCollaterals());
    }

    /**
     * CL (clinical and lesion-related) score (Alessandrino et al., JACC Cardiovasc Interv 2015;8:1540-8; 1,657
     * first-attempt CTO PCIs, end point procedural success): previous CABG 1.5, previous myocardial infarction 1,
     * severe calcification 2 (seed, Table 1), length 20 mm or more 1.5, non-LAD location 1, blunt stump 1.
     *
     * @param lesion the lesion
     * @return 0 to 8 in steps of 0.5 (exact in binary)
     */
    public static double cl(CtoLesion lesion) {
        final CtoLesion.Clinical c = lesion.clinical();
        return 1.5 * point(c.priorCabg()) + point(c.priorMyocardialInfarction())
                + 2 * point(lesion.calcification() == Calcification.SEVERE)
                + 1.5 * point(lesion.occlusion().lengthMm() >= LONG_OCCLUSION_MM)
                + point(lesion.vessel() != Vessel.LAD) + point(lesion.occlusion().cap() != ProximalCap.TAPERED);
    }

    /**
     * CL groups: 0-1 easy, 2-3 intermediate, 3.5-4.5 difficult, 5 or more very difficult. A score of 1.5 falls
     * between the published groups and is put with "easy" here (assumption).
     *
     * @param score a CL score, 0 to 8 in steps of 0.5
     * @return the group
     */
    public static Difficulty clDifficulty(double score) {
        if (!(score >= 0 && score <= 8) || score * 2 != Math.rint(score * 2)) {
            throw new IllegalArgumentException("CL score = " + score + " must be a multiple of 0.5 in [0, 8]");
        }
        return score < 2 ? Difficulty.EASY : score <= 3 ? Difficulty.INTERMEDIATE
                : score < 5 ? Difficulty.DIFFICULT : Difficulty.VERY_DIFFICULT;
    }

    /**
     * EuroCTO (CASTLE) score (Szijgyarto et al., JACC Cardiovasc Interv 2019;12:335-42; 14,882 derivation and
     * 5,745 validation cases, end point technical failure): 1 point each for CABG history, Age 70 or more, Stump
     * blunt or invisible, Tortuosity severe or unseen, Length of occlusion 20 mm or more, Extent of calcification
     * severe (abstract). There is no location item.
     *
     * @param lesion the lesion
     * @return 0 to 6
     */
    public static int castle(CtoLesion lesion) {
        final Tortuosity t = lesion.access().proximalTortuosity();
        return point(lesion.clinical().priorCabg()) + point(lesion.clinical().ageYears() >= CASTLE_AGE_YEARS)
                + point(lesion.occlusion().cap() != ProximalCap.TAPERED)
                + point(t == Tortuosity.SEVERE || t == Tortuosity.UNSEEN)
                + point(lesion.occlusion().lengthMm() >= LONG_OCCLUSION_MM)
                + point(lesion.calcification() == Calcification.SEVERE);
    }

    /**
     * CASTLE groups as the abstract reports them: 0-1 (technical failure 8%), 2, 3, 4 or more (35%,
     * {@code targets.md#C29}). The names are ours.
     *
     * @param score a CASTLE score, 0 to 6
     * @return the group
     */
    public static Difficulty castleGroup(int score) {
        return byPoint(Math.max(0, requireRange("CASTLE", score, 6) - 1));
    }

    /**
     * KCCT score (Yu et al., Circ Cardiovasc Imaging 2017;10:e005800; 684 CTOs with CT, end point guidewire
     * crossing within 30 min): 1 point each for proximal blunt entry, proximal side branch, bending, length 15 mm or
     * more, reattempt and duration 12 months or more or unknown (abstract); calcification 1 point if peripheral
     * (arc 180 degrees or more and CSA 50% or more) and 2 points if it fills the lumen (seed, Table 1). The abstract
     * reports a cut-off (score under 4 predicts crossing within 30 min), and no named groups were found.
     *
     * @param lesion the lesion
     * @return 0 to 8
     */
    public static int kcct(CtoLesion lesion) {
        final CtoLesion.Occlusion o = lesion.occlusion();
        final CtCalcium ct = lesion.ctCalcium();
        final int calcium = ct == CtCalcium.WHOLE_LUMEN ? 2 : point(ct == CtCalcium.PERIPHERAL);
        return point(o.cap() != ProximalCap.TAPERED) + point(o.sideBranchAtCap()) + point(o.bendOver45Deg())
                + point(o.lengthMm() >= KCCT_LONG_OCCLUSION_MM) + calcium
                + point(lesion.clinical().previousFailedAttempt()) + point(longOrUnknown(lesion));
    }

    /**
     * CT-RECTOR score (Opolski et al., JACC Cardiovasc Interv 2015;8:257-67; end point guidewire crossing within 30
     * min): 1 point each for multiple occlusions, blunt stump, severe calcification (CSA 50% or more on CT, seed
     * Table 1), bending, duration 12 months or more or unknown, and a previous failed attempt.
     *
     * @param lesion the lesion
     * @return 0 to 6
     */
    public static int ctRector(CtoLesion lesion) {
        final CtoLesion.Occlusion o = lesion.occlusion();
        return point(o.multipleOcclusions()) + point(o.cap() != ProximalCap.TAPERED)
                + point(lesion.ctCalcium() != CtCalcium.UNDER_HALF_AREA) + point(o.bendOver45Deg())
                + point(longOrUnknown(lesion)) + point(lesion.clinical().previousFailedAttempt());
    }

    /**
     * CT-RECTOR groups: 0 easy, 1 intermediate, 2 difficult, 3 or more very difficult.
     *
     * @param score a CT-RECTOR score, 0 to 6
     * @return the group
     */
    public static Difficulty ctRectorDifficulty(int score) {
        return byPoint(requireRange("CT-RECTOR", score, 6));
    }

    private static boolean longOrUnknown(CtoLesion lesion) {
        return lesion.clinical().duration() != Duration.UNDER_12_MONTHS;
    }

    private static int point(boolean present) {
        return present ? 1 : 0;
    }

    /** 0, 1, 2, 3 or more: the J-CTO grouping, shared by CT-RECTOR and (shifted) CASTLE. */
    private static Difficulty byPoint(int score) {
        return Difficulty.values()[Math.min(score, 3)];
    }

    private static int requireRange(String name, int score, int max) {
        if (score < 0 || score > max) {
            throw new IllegalArgumentException(name + " score = " + score + " is outside [0, " + max + "]");
        }
        return score;
    }
}
