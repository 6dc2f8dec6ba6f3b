package org.sinus.cohorts.cto;

import java.util.Map;
import java.util.Properties;

/**
 * Every parameter of {@link CtoProcedureModel}, grouped by stage, each with its unit and source. "Fitted" means set
 * by {@code CtoProcedureCalibration} (test scope) against the cited targets; "assumption" gives the reason. Sources and
 * the fit table: {@code docs/cto-lesions.md}, "Procedure outcome model". Odds ratios (OR) are multiplicative on the
 * odds; logits are natural-log odds.
 *
 * @param difficulty lesion items that make wire crossing harder, in J-CTO points
 * @param access vessel and patient items that make every crossing strategy and device delivery harder
 * @param crossing the hybrid crossing algorithm: success and time of each strategy, budgets
 * @param uncrossable device-uncrossable lesions and their rescue (BAM, then atherectomy)
 * @param undilatable balloon-undilatable lesions and their rescue (high-pressure balloon, IVL, atherectomy)
 * @param resources procedure time, fluoroscopy and contrast
 * @param ischaemia minutes of device occlusion (the ischaemic-burden output)
 * @param perforation clinical perforation and tamponade
 * @param events periprocedural myocardial infarction and the other in-hospital MACE
 */
public record CtoProcedureParameters(Difficulty difficulty, Access access, Crossing crossing,
        Uncrossable uncrossable, Undilatable undilatable, Resources resources, Ischaemia ischaemia,
        Perforation perforation, Events events) {

    public CtoProcedureParameters {
        if (difficulty == null || access == null || crossing == null || uncrossable == null || undilatable == null
                || resources == null || ischaemia == null || perforation == null || events == null) {
            throw new IllegalArgumentException("CtoProcedureParameters: every group is required");
        }
    }

    /** The parameter file, a resource beside this class, that {@link #defaults()} reads. */
    public static final String PARAMETER_FILE = "cto-procedure.properties";

    private static final CtoProcedureParameters DEFAULTS = fromProperties(CtoParameterFile.load(PARAMETER_FILE));

    /**
     * The parameters in force: those of {@value #PARAMETER_FILE}, assumptions and published values as documented per
     * field, and the free parameters as fitted by {@link CtoProcedureCalibration} (rewritten by
     * {@code ./sinus calibrate --write}). The fit table is in {@code docs/cto-lesions.md}.
     *
     * @return the defaults
     */
    public static CtoProcedureParameters defaults() {
        return DEFAULTS;
    }

    /**
     * The parameters of a parameter file: one key per field, its path of record components joined by dots
     * ({@code crossing.awe.medianMin}), as {@link #toProperties()} writes them.
     *
     * @param p the properties
     * @return the parameters
     * @throws IllegalArgumentException naming a key that is missing or not a number, or a value out of range
     */
    public static CtoProcedureParameters fromProperties(Properties p) {
        return CtoParameterFile.read(CtoProcedureParameters.class, p, PARAMETER_FILE);
    }

    /**
     * Every parameter by its key in the parameter file, in file order.
     *
     * @return key to value
     */
    public Map<String, Double> toProperties() {
        return CtoParameterFile.flatten(this);
    }

    /**
     * Lesion difficulty for wire crossing, in J-CTO points: {@code D} = sum of the weights of the items present. The
     * five J-CTO items weigh 1 (Morino 2011 gave each one point because their odds ratios for 30-min crossing were
     * alike); the other weights are assumptions scaled from the point values of the other scores, so that every score's
     * items act and its association emerges. Only {@link Crossing#logitPerDifficulty()} and
     * {@link Crossing#timeLogPerDifficulty()} (fitted) turn points into odds and minutes.
     *
     * @param previousFailure re-try lesion (J-CTO 1 point)
     * @param nonTaperedCap blunt or ambiguous cap (J-CTO "blunt entry" 1 point)
     * @param ambiguousCapExtra added for an ambiguous cap (PROGRESS-CTO item; assumption: half a point)
     * @param calcMild angiographic calcification, mild (J-CTO "any calcification"; assumption 0.8 so that mild counts
     *     a little less than the J-CTO point)
     * @param calcModerate moderate (J-CTO 1 point)
     * @param calcSevere severe (assumption 1.4: CL gives severe calcium 2 points against 1.5 for length, CASTLE 1)
     * @param ctHalfArea CT calcium CSA at least 50%, arc under 180 degrees (CT-RECTOR item; assumption 0.2 on top of
     *     the angiographic grade, with which it correlates)
     * @param ctPeripheral CT peripheral calcium (KCCT 1 point; assumption 0.3)
     * @param ctWholeLumen CT whole-lumen calcium (KCCT 2 points; assumption 0.6)
     * @param lengthPerDoubling per doubling of occlusion length above 10 mm, capped at 40 mm (J-CTO scores 20 mm or
     *     more, KCCT 15 mm or more; a ramp lets both act; 1 point at 20 mm, assumption)
     * @param bend bend over 45 degrees (J-CTO 1 point)
     * @param sideBranch side branch at the proximal cap (KCCT item; assumption 0.3)
     * @param longOrUnknownDuration occluded 12 months or more, or unknown (KCCT, CT-RECTOR; assumption 0.3)
     * @param multipleOcclusions more than one occluded segment (CT-RECTOR; assumption 0.3)
     */
    public record Difficulty(double previousFailure, double nonTaperedCap, double ambiguousCapExtra, double calcMild,
            double calcModerate, double calcSevere, double ctHalfArea, double ctPeripheral, double ctWholeLumen,
            double lengthPerDoubling, double bend, double sideBranch, double longOrUnknownDuration,
            double multipleOcclusions) {
        public Difficulty {
            for (double w : new double[] {previousFailure, nonTaperedCap, ambiguousCapExtra, calcMild, calcModerate,
                calcSevere, ctHalfArea, ctPeripheral, ctWholeLumen, lengthPerDoubling, bend, sideBranch,
                longOrUnknownDuration, multipleOcclusions}) {
                require("difficulty weight", w, 0, 5);
            }
        }
    }

    /**
     * Access difficulty, in points: items that hinder every strategy and device delivery rather than wire entry.
     * Weights are assumptions after the scores that predict technical failure under the hybrid algorithm
     * (PROGRESS-CTO: moderate/severe tortuosity, circumflex; CASTLE: CABG, age 70+, severe or unseen tortuosity; CL:
     * CABG 1.5, prior MI 1, non-LAD 1). {@link Crossing#logitPerAccess()} (fitted) scales them.
     *
     * @param tortuosityModerate moderate proximal tortuosity
     * @param tortuositySevere severe proximal tortuosity
     * @param tortuosityUnseen tortuosity that could not be graded (as severe: CASTLE scores both)
     * @param priorCabg previous CABG
     * @param agePerDecade per 10 years of age above 66 (negative below)
     * @param circumflex circumflex target
     * @param rightCoronary right coronary target
     * @param priorMi previous myocardial infarction
     */
    public record Access(double tortuosityModerate, double tortuositySevere, double tortuosityUnseen,
            double priorCabg, double agePerDecade, double circumflex, double rightCoronary, double priorMi) {
        public Access {
            for (double w : new double[] {tortuosityModerate, tortuositySevere, tortuosityUnseen, priorCabg,
                agePerDecade, circumflex, rightCoronary, priorMi}) {
                require("access weight", w, 0, 5);
            }
        }
    }

    /**
     * One crossing strategy: how much of the lesion difficulty it meets and how long an attempt takes.
     *
     * @param difficultyShare share of the lesion difficulty {@code D} this strategy meets, in [0, 1]. AWE 1;
     *     ADR 0.5 (assumption: BASE and knuckle wiring bypass the proximal cap and the intraplaque calcium, seed 001);
     *     RWE 0.5 (assumption: the retrograde wire meets the distal cap, usually tapered, instead of the proximal one);
     *     RDR 0.3 (assumption: both)
     * @param medianMin median attempt time at {@code D = 0}, min. AWE fitted (C27); ADR 25, RWE 45, RDR 50 min
     *     (assumption: retrograde attempts include collateral crossing)
     */
    public record Attempt(double difficultyShare, double medianMin) {
        public Attempt {
            require("attempt.difficultyShare", difficultyShare, 0, 1);
            require("attempt.medianMin", medianMin, 0.1, 240);
        }
    }

    /**
     * Wire crossing, strategies tried in the order of {@link CtoProcedureModel} (seed 001, Figure 3A; hybrid algorithm,
     * Brilakis et al., JACC Cardiovasc Interv 2012). Attempt {@code s} succeeds with probability
     * {@code logistic(a_s - k_D rho_s D - k_A A)} and lasts {@code m_s exp(tau rho_s D + sigma z)} min. The six fitted
     * values are fitted together to C27 (four groups), C28 (failure OR), C29 (two groups), the C32 mean time, the
     * retrograde use in J-CTO 3 or more (41%, the C28 paper) and the median wire time (32 min, Rempakos 2023).
     *
     * @param aweLogit {@code a} of antegrade wire escalation (fitted)
     * @param escalationLogit {@code a} shared by ADR, RWE and RDR (fitted)
     * @param logitPerDifficulty {@code k_D}, logit per difficulty point (fitted)
     * @param logitPerAccess {@code k_A}, logit per access point (fitted)
     * @param timeLogPerDifficulty {@code tau}, log attempt time per difficulty point (fitted)
     * @param attemptSigma {@code sigma}, SD of log attempt time (assumption 0.7: Rempakos 2023 report wire times
     *     from minutes to hours)
     * @param budgetMin wire-manipulation time after which the operator stops, min (assumption 180: the 3-hour
     *     stopping rule of the CTO guiding principles, applied to wire time because Rempakos 2023 report crossing
     *     after 180 min)
     * @param contrastBudgetMl contrast after which crossing stops, ml (assumption 500: no eGFR in the lesion, so the
     *     guiding principles' 3.7 x eGFR cannot be applied; about mean + 1.3 SD of C32)
     * @param awe antegrade wire escalation
     * @param adr antegrade dissection and re-entry (including BASE and knuckle)
     * @param rwe retrograde wire escalation
     * @param rdr retrograde dissection and re-entry (reverse CART)
     */
    public record Crossing(double aweLogit, double escalationLogit, double logitPerDifficulty, double logitPerAccess,
            double timeLogPerDifficulty, double attemptSigma, double budgetMin, double contrastBudgetMl, Attempt awe,
            Attempt adr, Attempt rwe, Attempt rdr) {
        public Crossing {
            require("crossing.aweLogit", aweLogit, -10, 15);
            require("crossing.escalationLogit", escalationLogit, -10, 15);
            require("crossing.logitPerDifficulty", logitPerDifficulty, 0, 5);
            require("crossing.logitPerAccess", logitPerAccess, 0, 5);
            require("crossing.timeLogPerDifficulty", timeLogPerDifficulty, 0, 3);
            require("crossing.attemptSigma", attemptSigma, 0, 3);
            require("crossing.budgetMin", budgetMin, 10, 600);
            require("crossing.contrastBudgetMl", contrastBudgetMl, 50, 2000);
            if (awe == null || adr == null || rwe == null || rdr == null) {
                throw new IllegalArgumentException("CtoProcedureParameters.crossing: all four attempts are required");
            }
        }
    }

    /**
     * Device-uncrossable lesion after wire crossing (no low-profile balloon or microcatheter passes; seed 001):
     * probability {@code logistic(logit + ln(calcOr) calcModSev + ln(tortuosityOr) tortModSev)}, then BAM, then
     * atherectomy; failure if neither works.
     *
     * @param logit intercept (fitted: C31, 9% of wire-crossed CTOs, Karacsonyi et al., Catheter Cardiovasc Interv 2017)
     * @param calcOr odds ratio for moderate/severe calcification (fitted to the univariate OR 4.2 implied by 82% vs
     *     52% moderate/severe calcium in uncrossable vs other lesions, same paper, quoted by seed 001)
     * @param tortuosityOr odds ratio for moderate/severe tortuosity (fitted to the univariate OR 2.9 implied by 61% vs
     *     35%, same paper)
     * @param bamSuccess balloon-assisted microdissection works (C31: about 50%, Vo et al. 2016)
     * @param atherectomySuccess rotational/orbital/laser atherectomy works after BAM failed (derived: technical
     *     success 90.5% in uncrossable lesions, Karacsonyi 2017, so 1 - 0.095 / 0.5 = 0.81)
     * @param attemptMin time spent on low-profile balloons, microcatheters and support before calling the lesion
     *     uncrossable, min (assumption)
     * @param bamMin BAM, min (assumption)
     * @param atherectomyMin atherectomy including set-up, min (assumption)
     */
    public record Uncrossable(double logit, double calcOr, double tortuosityOr, double bamSuccess,
            double atherectomySuccess, double attemptMin, double bamMin, double atherectomyMin) {
        public Uncrossable {
            require("uncrossable.logit", logit, -15, 5);
            require("uncrossable.calcOr", calcOr, 0.01, 100);
            require("uncrossable.tortuosityOr", tortuosityOr, 0.01, 100);
            require("uncrossable.bamSuccess", bamSuccess, 0, 1);
            require("uncrossable.atherectomySuccess", atherectomySuccess, 0, 1);
            require("uncrossable.attemptMin", attemptMin, 0, 120);
            require("uncrossable.bamMin", bamMin, 0, 120);
            require("uncrossable.atherectomyMin", atherectomyMin, 0, 120);
        }
    }

    /**
     * Balloon-undilatable lesion once devices pass (Tajti et al., Catheter Cardiovasc Interv 2018: 52 of 425 wire-
     * crossed CTOs, 12%; moderate/severe calcification 87% vs 54%, univariate OR 5.7; technical success 92%):
     * probability {@code logistic(logit + ln(calcOr) calcModSev)}, then the seed's sequence high-pressure (NC/OPN)
     * balloon, IVL, atherectomy.
     *
     * @param logit intercept (fitted to 12%)
     * @param calcOr odds ratio for moderate/severe calcification (fitted to 5.7)
     * @param highPressureSuccess NC/OPN balloon dilates (assumption)
     * @param ivlSuccess IVL dilates after the balloon failed (assumption)
     * @param atherectomySuccess atherectomy dilates after IVL failed (derived: failure 8% = 0.5 x 0.4 x (1 - 0.6))
     * @param highPressureMin min (assumption)
     * @param ivlMin min (assumption)
     * @param atherectomyMin min (assumption)
     */
    public record Undilatable(double logit, double calcOr, double highPressureSuccess, double ivlSuccess,
            double atherectomySuccess, double highPressureMin, double ivlMin, double atherectomyMin) {
        public Undilatable {
            require("undilatable.logit", logit, -15, 5);
            require("undilatable.calcOr", calcOr, 0.01, 100);
            require("undilatable.highPressureSuccess", highPressureSuccess, 0, 1);
            require("undilatable.ivlSuccess", ivlSuccess, 0, 1);
            require("undilatable.atherectomySuccess", atherectomySuccess, 0, 1);
            require("undilatable.highPressureMin", highPressureMin, 0, 120);
            require("undilatable.ivlMin", ivlMin, 0, 120);
            require("undilatable.atherectomyMin", atherectomyMin, 0, 120);
        }
    }

    /**
     * Time, fluoroscopy and contrast. Procedure time = set-up + wire time + device time + post-crossing (or closing)
     * + perforation management. "Intense" minutes (wire, device, perforation) carry full fluoroscopy and contrast
     * rates, the others a share. Fluoroscopy = {@code f (intense + s_f other) exp(sigma_f z - sigma_f^2 / 2)};
     * contrast = {@code m (setup + c (intense + s_c other))} with a per-patient multiplier
     * {@code m = exp(sigma_c z - sigma_c^2 / 2)}, also used by the contrast budget.
     *
     * @param setupMedianMin access to wire insertion, median min (Rempakos et al., Am J Cardiol 2023: 20 min)
     * @param setupSigma SD of its log (assumption)
     * @param postCrossingMedianMin wire crossing to end, median at {@code D = 0}, min (fitted: C32; short against the
     *     53-min median of Rempakos 2023, whose 2012-2022 procedures are longer, 129 +/- 76 min)
     * @param postCrossingSigma SD of its log (assumption 0.5: an interquartile ratio of about 2; fitting it to the C32
     *     SD gave 0.9 and post-crossing phases of many hours)
     * @param postCrossingLogPerDifficulty log post-crossing time per difficulty point (fitted: C28 time slope)
     * @param closingMin end of a failed procedure, min (assumption)
     * @param perforationMin managing a perforation, min (assumption)
     * @param fluoroPerIntenseMin {@code f}, fluoroscopy min per intense min (fitted: C32)
     * @param fluoroOtherShare {@code s_f} (assumption)
     * @param fluoroSigma {@code sigma_f} (fitted: C32 SD)
     * @param contrastSetupMl diagnostic dual injections, ml (assumption)
     * @param contrastPerIntenseMin {@code c}, ml per intense min (fitted: C32)
     * @param contrastOtherShare {@code s_c} (assumption)
     * @param contrastSigma {@code sigma_c} (fitted: C32 SD)
     */
    public record Resources(double setupMedianMin, double setupSigma, double postCrossingMedianMin,
            double postCrossingSigma, double postCrossingLogPerDifficulty, double closingMin, double perforationMin,
            double fluoroPerIntenseMin, double fluoroOtherShare, double fluoroSigma, double contrastSetupMl,
            double contrastPerIntenseMin, double contrastOtherShare, double contrastSigma) {
        public Resources {
            require("resources.setupMedianMin", setupMedianMin, 1, 120);
            require("resources.setupSigma", setupSigma, 0, 2);
            require("resources.postCrossingMedianMin", postCrossingMedianMin, 1, 300);
            require("resources.postCrossingSigma", postCrossingSigma, 0, 2);
            require("resources.postCrossingLogPerDifficulty", postCrossingLogPerDifficulty, -1, 1);
            require("resources.closingMin", closingMin, 0, 60);
            require("resources.perforationMin", perforationMin, 0, 120);
            require("resources.fluoroPerIntenseMin", fluoroPerIntenseMin, 0, 1);
            require("resources.fluoroOtherShare", fluoroOtherShare, 0, 1);
            require("resources.fluoroSigma", fluoroSigma, 0, 2);
            require("resources.contrastSetupMl", contrastSetupMl, 0, 200);
            require("resources.contrastPerIntenseMin", contrastPerIntenseMin, 0, 20);
            require("resources.contrastOtherShare", contrastOtherShare, 0, 1);
            require("resources.contrastSigma", contrastSigma, 0, 2);
        }
    }

    /**
     * Ischaemic burden: minutes during which a device blocks flow to the CTO territory, for the physiology kernel.
     * All assumptions (no published figure found).
     *
     * @param retrogradeCollateralShare share of retrograde attempt time with a microcatheter in the collateral
     * @param stentingBaseMin balloon and stent inflations after a successful crossing, min
     * @param stentingPerMm added per mm of occlusion (more stents and inflations in longer lesions), min/mm
     * @param bamMin BAM inflation to rupture, min
     * @param atherectomyMin atherectomy runs, min
     * @param highPressureMin NC/OPN inflations, min
     * @param ivlMin IVL inflations and pulse cycles, min
     * @param perforationMin prolonged balloon inflation to seal a perforation, min
     */
    public record Ischaemia(double retrogradeCollateralShare, double stentingBaseMin, double stentingPerMm,
            double bamMin, double atherectomyMin, double highPressureMin, double ivlMin, double perforationMin) {
        public Ischaemia {
            require("ischaemia.retrogradeCollateralShare", retrogradeCollateralShare, 0, 1);
            for (double m : new double[] {stentingBaseMin, bamMin, atherectomyMin, highPressureMin, ivlMin,
                perforationMin}) {
                require("ischaemia minutes", m, 0, 60);
            }
            require("ischaemia.stentingPerMm", stentingPerMm, 0, 1);
        }
    }

    /**
     * Clinical perforation (any perforation needing treatment): {@code logistic(logit + sum ln(OR) x)} with the
     * multivariable odds ratios of the PROGRESS-CTO perforation score (Kostantinis et al., EuroIntervention 2023,
     * 9,618 CTO PCIs, clinical perforation 3.8%, C32).
     *
     * @param logit intercept (fitted: C32, 3.8%)
     * @param age65Or age 65 or more (1.79, Kostantinis 2023)
     * @param calcOr moderate/severe calcification (1.85, same)
     * @param bluntCapOr blunt or no stump (1.45, same)
     * @param adrOr ADR used (2.43, same)
     * @param retrogradeOr retrograde approach used (4.02, same)
     * @param atherectomyOr atherectomy used (assumption 2.0: an independent predictor in Azzalini et al.,
     *     EuroIntervention 2020; its OR was not in the stored abstract)
     * @param highPressureOr NC/OPN balloon or IVL used for an undilatable lesion (assumption 2.0: undilatable
     *     lesions had major events 8% vs 2% "due to higher perforation rates", Tajti 2018)
     * @param tamponadeShare tamponade needing pericardiocentesis per clinical perforation (69 tamponades in 10,454
     *     PCIs, Kostantinis et al., Am J Cardiol 2022, over the 3.8% clinical perforation rate: 0.17; Azzalini: 20%)
     */
    public record Perforation(double logit, double age65Or, double calcOr, double bluntCapOr, double adrOr,
            double retrogradeOr, double atherectomyOr, double highPressureOr, double tamponadeShare) {
        public Perforation {
            require("perforation.logit", logit, -15, 5);
            for (double or : new double[] {age65Or, calcOr, bluntCapOr, adrOr, retrogradeOr, atherectomyOr,
                highPressureOr}) {
                require("perforation odds ratio", or, 0.01, 100);
            }
            require("perforation.tamponadeShare", tamponadeShare, 0, 1);
        }
    }

    /**
     * In-hospital MACE = tamponade, or periprocedural MI, or another event (death, stroke, urgent repeat
     * revascularisation).
     *
     * @param miLogit MI intercept (fitted: C30)
     * @param miCalcOr MI odds ratio for moderate/severe calcification, on top of the paths through perforation and
     *     strategy (fitted: C30, 3.7% vs 1.8%)
     * @param miRetrogradeOr MI odds ratio for the retrograde approach (assumption: the in-hospital MACE OR 2.25 of the
     *     retrograde approach in the Canadian CCTOP registry, 2024, applied to MI)
     * @param otherMaceProbability death, stroke or urgent revascularisation without perforation (assumption 0.003:
     *     in-hospital mortality 0.3% without perforation, Azzalini 2020)
     * @param otherMacePerforationOr its odds ratio with perforation (17.7 from mortality 5.1% vs 0.3%, Azzalini 2020)
     */
    public record Events(double miLogit, double miCalcOr, double miRetrogradeOr, double otherMaceProbability,
            double otherMacePerforationOr) {
        public Events {
            require("events.miLogit", miLogit, -15, 5);
            require("events.miCalcOr", miCalcOr, 0.01, 100);
            require("events.miRetrogradeOr", miRetrogradeOr, 0.01, 100);
            require("events.otherMaceProbability", otherMaceProbability, 0, 1);
            require("events.otherMacePerforationOr", otherMacePerforationOr, 0.01, 1000);
        }
    }

    static void require(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("CtoProcedureParameters." + name + " = " + value + " is outside ["
                    + min + ", " + max + "]");
        }
    }
}
