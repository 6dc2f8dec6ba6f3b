package org.sinus.cohorts.cto;

/**
 * The simulated CTO PCI of one lesion ({@link CtoProcedureModel}). A flat row on purpose: it is an output record,
 * one column per field. Immutable; the constructor rejects values outside physical bounds or inconsistent with each
 * other (for example a tamponade without a perforation), naming the field.
 *
 * @param crossed a guidewire crossed the occlusion into the distal true lumen
 * @param technicalSuccess crossed, devices delivered and the lesion dilated (the registries' technical success,
 *     modelled as reaching stenting)
 * @param crossingStrategy the strategy that crossed; {@link Strategy#NONE} if none did
 * @param crossingTimeMin wire manipulation time from wire insertion to crossing, or to abandoning the attempt, min
 * @param wireCrossedWithin30Min crossed within 30 min of wire time (the J-CTO end point)
 * @param adrAttempted antegrade dissection and re-entry was tried
 * @param retrogradeAttempted a retrograde strategy (RWE or RDR) was tried
 * @param deviceUncrossable after wire crossing, no low-profile balloon or microcatheter passed at first
 * @param balloonUndilatable once devices passed, a non-compliant balloon did not expand at first
 * @param rescueUsed the last rescue device used, {@link Rescue#NONE} if none
 * @param procedureTimeMin access to end of procedure, min
 * @param fluoroscopyMin fluoroscopy time, min, at most the procedure time
 * @param contrastMl contrast volume, ml
 * @param ischaemicMin minutes during which a device blocked flow to the CTO territory (retrograde microcatheter in the
 *     collateral, balloon, stent, BAM, IVL and atherectomy runs, sealing a perforation); input for the kernel
 * @param perforation clinical coronary perforation (one needing treatment)
 * @param tamponade tamponade needing pericardiocentesis
 * @param periproceduralMi periprocedural myocardial infarction
 * @param inHospitalMace in-hospital MACE: death, MI, stroke, urgent repeat revascularisation or tamponade
 */
public record CtoProcedureResult(boolean crossed, boolean technicalSuccess, Strategy crossingStrategy,
        double crossingTimeMin, boolean wireCrossedWithin30Min, boolean adrAttempted, boolean retrogradeAttempted,
        boolean deviceUncrossable, boolean balloonUndilatable, Rescue rescueUsed, double procedureTimeMin,
        double fluoroscopyMin, double contrastMl, double ischaemicMin, boolean perforation, boolean tamponade,
        boolean periproceduralMi, boolean inHospitalMace) {
    /** Wire-time threshold of the J-CTO end point, min. */
    public static final double J_CTO_CROSSING_MIN = 30;

    public CtoProcedureResult {
        if (crossingStrategy == null || rescueUsed == null) {
            throw new IllegalArgumentException("CtoProcedureResult.crossingStrategy and rescueUsed are required");
        }
        check(crossed == (crossingStrategy != Strategy.NONE), "crossingStrategy", crossingStrategy + " with crossed = "
                + crossed);
        check(!technicalSuccess || crossed, "technicalSuccess", "true without crossing");
        check(wireCrossedWithin30Min == (crossed && crossingTimeMin <= J_CTO_CROSSING_MIN), "wireCrossedWithin30Min",
                wireCrossedWithin30Min + " with crossingTimeMin = " + crossingTimeMin);
        check(!(deviceUncrossable || balloonUndilatable) || crossed, "deviceUncrossable",
                "a device stage without crossing");
        check(!tamponade || perforation, "tamponade", "true without perforation");
        check(!(tamponade || periproceduralMi) || inHospitalMace, "inHospitalMace", "false with tamponade or MI");
        check(crossingTimeMin >= 0 && crossingTimeMin < procedureTimeMin, "crossingTimeMin",
                crossingTimeMin + " with procedureTimeMin = " + procedureTimeMin);
        check(procedureTimeMin <= 24 * 60, "procedureTimeMin", procedureTimeMin + " is over 24 h");
        check(fluoroscopyMin >= 0 && fluoroscopyMin <= procedureTimeMin, "fluoroscopyMin",
                fluoroscopyMin + " is outside [0, procedureTimeMin = " + procedureTimeMin + "]");
        check(contrastMl >= 0 && contrastMl <= 5000, "contrastMl", contrastMl + " is outside [0, 5000] ml");
        check(ischaemicMin >= 0 && ischaemicMin <= procedureTimeMin, "ischaemicMin",
                ischaemicMin + " is outside [0, procedureTimeMin = " + procedureTimeMin + "]");
    }

    private static void check(boolean ok, String field, String message) {
        if (!ok) {
            throw new IllegalArgumentException("CtoProcedureResult." + field + ": " + message);
        }
    }

    /** Wire crossing strategies of the hybrid algorithm. */
    public enum Strategy {
        /** Not crossed. */
        NONE,
        /** Antegrade wire escalation. */
        AWE,
        /** Antegrade dissection and re-entry (including BASE and knuckle wiring). */
        ADR,
        /** Retrograde wire escalation. */
        RWE,
        /** Retrograde dissection and re-entry (reverse CART). */
        RDR
    }

    /**
     * Rescue devices (seed 001, Table 2 and Figure 3): for an uncrossable lesion BAM, then atherectomy; for an
     * undilatable one a high-pressure balloon, then IVL, then atherectomy.
     */
    public enum Rescue {
        NONE,
        /** Balloon-assisted microdissection. */
        BAM,
        /** Rotational, orbital or laser atherectomy. */
        ATHERECTOMY,
        /** Non-compliant or ultra-high-pressure (OPN) balloon. */
        HIGH_PRESSURE_BALLOON,
        /** Intravascular lithotripsy. */
        IVL
    }
}
