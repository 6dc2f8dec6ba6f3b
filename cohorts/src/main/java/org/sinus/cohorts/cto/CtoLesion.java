package org.sinus.cohorts.cto;

/**
 * One chronic total occlusion (CTO) and the history that goes with it: every item read by the six CTO scores of
 * {@link CtoScores} (J-CTO, PROGRESS-CTO, CL, EuroCTO CASTLE, KCCT, CT-RECTOR), in natural units. Which score reads
 * which field, with the definition it uses, is said on each field; the sources are in {@code docs/cto-lesions.md}.
 *
 * <p>One anatomy serves both angiography-based and CT-based scores: the stump, bending and length read by KCCT and
 * CT-RECTOR on CT are taken to be the ones read on the angiogram (an assumption; CT and angiography disagree on some
 * lesions). Only calcification has two readings, because the scores grade it on different scales
 * ({@link Calcification} on the angiogram, {@link CtCalcium} by cross-sectional area on CT).
 *
 * <p>Immutable; every component validates itself and names the field in its message.
 *
 * @param clinical patient and occlusion history
 * @param vessel the occluded vessel
 * @param occlusion the occluded segment and its proximal cap
 * @param calcification angiographic calcification of the occluded segment
 * @param ctCalcium calcification of the occluded segment on coronary CT angiography
 * @param access the routes to the lesion: proximal vessel tortuosity and collaterals
 */
public record CtoLesion(Clinical clinical, Vessel vessel, Occlusion occlusion, Calcification calcification,
        CtCalcium ctCalcium, Access access) {

    public CtoLesion {
        requireNonNull(clinical, "clinical");
        requireNonNull(vessel, "vessel");
        requireNonNull(occlusion, "occlusion");
        requireNonNull(calcification, "calcification");
        requireNonNull(ctCalcium, "ctCalcium");
        requireNonNull(access, "access");
    }

    /**
     * Whether the lesion is heavily calcified in the sense of the seed review (Mashayekhi et al., EuroIntervention
     * 2023): severe angiographic calcification, the grade that CL and EuroCTO CASTLE score.
     *
     * @return {@code calcification() == SEVERE}
     */
    public boolean heavilyCalcified() {
        return calcification == Calcification.SEVERE;
    }

    /** The occluded epicardial vessel (left main and grafts are outside this model). */
    public enum Vessel {
        /** Left anterior descending; CL scores every other vessel ("non-LAD"). */
        LAD,
        /** Left circumflex; scored by PROGRESS-CTO. */
        LCX,
        /** Right coronary artery. */
        RCA
    }

    /**
     * Proximal cap (entry) morphology, ordered by difficulty.
     *
     * <p>J-CTO, CL, CASTLE, KCCT and CT-RECTOR score a cap that is not {@link #TAPERED}; CASTLE's wording is "blunt
     * or invisible", J-CTO's is any entry without a tapered tip. PROGRESS-CTO scores only {@link #AMBIGUOUS}.
     */
    public enum ProximalCap {
        /** Tapered stump or dimple pointing along the occluded lumen. */
        TAPERED,
        /** Blunt stump, location clear. */
        BLUNT,
        /** Cap location ambiguous or invisible (PROGRESS-CTO "proximal cap ambiguity"), e.g. at a side branch. */
        AMBIGUOUS
    }

    /**
     * Angiographic calcification of the occluded segment. J-CTO scores any grade above {@link #NONE}; CL and CASTLE
     * score {@link #SEVERE} (CASTLE: severe, over 50% of the CTO segment per the seed's Table 1, taken here to be
     * the same grade). PROGRESS-CTO does not score calcification.
     */
    public enum Calcification {
        NONE,
        MILD,
        MODERATE,
        /** Radio-opacities visible without contrast and without cardiac motion: "heavy" calcification. */
        SEVERE
    }

    /**
     * Calcification on coronary CT angiography at the worst cross-section of the occluded segment, by calcium area as
     * a share of the vessel cross-sectional area (CSA) and its arc. Definitions from the seed's Table 1: CT-RECTOR
     * scores CSA at least 50% (every grade from {@link #HALF_AREA}); KCCT scores {@link #PERIPHERAL} 1 point and
     * {@link #WHOLE_LUMEN} 2 points.
     */
    public enum CtCalcium {
        /** No calcium, or under 50% of the CSA. */
        UNDER_HALF_AREA,
        /** At least 50% of the CSA, arc under 180 degrees. */
        HALF_AREA,
        /** At least 50% of the CSA and an arc of at least 180 degrees, lumen not filled (KCCT "peripheral"). */
        PERIPHERAL,
        /** Calcium fills the whole lumen, CSA 100% (KCCT "central", the "full moon"). */
        WHOLE_LUMEN
    }

    /**
     * Tortuosity of the target vessel proximal to the occlusion, as graded by the PROGRESS-CTO and EuroCTO
     * registries. PROGRESS-CTO scores {@link #MODERATE} and {@link #SEVERE}; CASTLE scores {@link #SEVERE} and
     * {@link #UNSEEN} ("severe or unseen").
     */
    public enum Tortuosity {
        NONE_OR_MILD,
        MODERATE,
        SEVERE,
        /** Could not be graded on the angiogram. */
        UNSEEN
    }

    /** Time since occlusion, as KCCT and CT-RECTOR use it: both score "12 months or more, or unknown". */
    public enum Duration {
        UNDER_12_MONTHS,
        AT_LEAST_12_MONTHS,
        UNKNOWN
    }

    /**
     * Patient and occlusion history.
     *
     * @param ageYears age at the procedure, years, in [18, 110]; CASTLE scores 70 or more
     * @param priorCabg previous coronary artery bypass grafting (CL 1.5 points, CASTLE 1 point)
     * @param priorMyocardialInfarction previous myocardial infarction (CL 1 point)
     * @param previousFailedAttempt a previous PCI attempt on this occlusion failed (J-CTO "re-try lesion", KCCT
     *     "reattempt", CT-RECTOR "previous failed attempt")
     * @param duration time since occlusion
     */
    public record Clinical(double ageYears, boolean priorCabg, boolean priorMyocardialInfarction,
            boolean previousFailedAttempt, Duration duration) {
        public static final double MIN_AGE_YEARS = 18;
        public static final double MAX_AGE_YEARS = 110;

        public Clinical {
            if (!(ageYears >= MIN_AGE_YEARS && ageYears <= MAX_AGE_YEARS)) {
                throw new IllegalArgumentException("CtoLesion.clinical.ageYears = " + ageYears + " is outside ["
                        + MIN_AGE_YEARS + ", " + MAX_AGE_YEARS + "] years");
            }
            requireNonNull(duration, "clinical.duration");
        }
    }

    /**
     * The occluded segment.
     *
     * @param lengthMm occlusion length, mm, in (0, 300]; J-CTO, CL and CASTLE score 20 mm or more, KCCT 15 mm or more
     * @param cap proximal cap morphology
     * @param sideBranchAtCap a side branch arises at the proximal cap (KCCT "proximal side branch")
     * @param bendOver45Deg a bend of more than 45 degrees within the occluded segment (J-CTO "bending"; KCCT and
     *     CT-RECTOR "bending", read on CT)
     * @param multipleOcclusions the target vessel holds more than one occluded segment (CT-RECTOR)
     */
    public record Occlusion(double lengthMm, ProximalCap cap, boolean sideBranchAtCap, boolean bendOver45Deg,
            boolean multipleOcclusions) {
        public static final double MAX_LENGTH_MM = 300;

        public Occlusion {
            if (!(lengthMm > 0 && lengthMm <= MAX_LENGTH_MM)) {
                throw new IllegalArgumentException("CtoLesion.occlusion.lengthMm = " + lengthMm + " is outside (0, "
                        + MAX_LENGTH_MM + "] mm");
            }
            requireNonNull(cap, "occlusion.cap");
        }
    }

    /**
     * The routes to the lesion.
     *
     * @param proximalTortuosity tortuosity proximal to the occlusion
     * @param interventionalCollaterals a collateral the operator judges usable for retrograde crossing is present
     *     (PROGRESS-CTO scores its absence)
     */
    public record Access(Tortuosity proximalTortuosity, boolean interventionalCollaterals) {
        public Access {
            requireNonNull(proximalTortuosity, "access.proximalTortuosity");
        }
    }

    private static void requireNonNull(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("CtoLesion." + field + " is required");
        }
    }
}
