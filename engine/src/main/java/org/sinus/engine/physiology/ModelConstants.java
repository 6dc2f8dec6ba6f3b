package org.sinus.engine.physiology;

/**
 * Structural constants of the kernel shared by every patient: the values that are not patient covariates. Each is
 * either taken from a source or fitted against {@code targets.md} by {@code KernelCalibration}; {@code docs/model.md}
 * gives each one's unit, value and source.
 *
 * @param valves heart valve resistances
 * @param microcirculation coronary arterial and microvascular constants
 * @param veins coronary venous, Thebesian and sinus constants (the fitted ones)
 * @param circulation the systemic veins, right heart and pulmonary side that close the loop
 */
public record ModelConstants(Valves valves, Microcirculation microcirculation, Veins veins, Circulation circulation) {

    /** Constants with the default {@link Circulation}. */
    public ModelConstants(Valves valves, Microcirculation microcirculation, Veins veins) {
        this(valves, microcirculation, veins, Circulation.DEFAULT);
    }

    /**
     * @param mitralResistanceMmHgSPerMl open mitral valve, mmHg s/ml
     * @param aorticResistanceMmHgSPerMl open aortic valve, mmHg s/ml
     */
    public record Valves(double mitralResistanceMmHgSPerMl, double aorticResistanceMmHgSPerMl) {
    }

    /**
     * @param restFlowMlPerMinPerG resting myocardial blood flow at the reference rate-pressure product, targets.md#C06
     * @param flowReserve ratio of maximal to resting flow, bounds arteriolar dilation, targets.md#C06
     * @param endoEpiFlowRatio resting subendocardial / subepicardial flow ratio that autoregulation aims at, C08
     * @param imPressureEndo fraction of LV pressure acting on the subendocardial layer (Westerhof et al. 2006)
     * @param imPressureEpi fraction of LV pressure acting on the subepicardial layer (Westerhof et al. 2006)
     * @param complianceMlPerMmHgPer100g microvascular (arteriolar-capillary) compliance per layer, targets.md#C07
     * @param capillaryShare share of the resting microvascular resistance downstream of the compliance
     * @param collateralRecruitmentPerMmHg fractional rise of the collateral conductance per mmHg of coronary sinus
     *     pressure above the sinus knee: the seed's "activation of artero-arterial connexions as a consequence of
     *     raised pressure within the coronary sinus" (phenomenological; fitted to Ido et al. 2001, checked against
     *     Sato et al. 1996, docs/model.md section 4.1)
     */
    public record Microcirculation(double restFlowMlPerMinPerG, double flowReserve, double endoEpiFlowRatio,
            double imPressureEndo, double imPressureEpi, double complianceMlPerMmHgPer100g, double capillaryShare,
            double collateralRecruitmentPerMmHg) {

        public Microcirculation {
            if (!(collateralRecruitmentPerMmHg >= 0 && collateralRecruitmentPerMmHg <= 1)) {
                throw new IllegalArgumentException("collateralRecruitmentPerMmHg = " + collateralRecruitmentPerMmHg
                        + " is outside [0, 1] per mmHg");
            }
        }

        /** These constants with another collateral recruitment. */
        public Microcirculation withCollateralRecruitment(double perMmHg) {
            return new Microcirculation(restFlowMlPerMinPerG, flowReserve, endoEpiFlowRatio, imPressureEndo,
                    imPressureEpi, complianceMlPerMmHgPer100g, capillaryShare, perMmHg);
        }
    }

    /**
     * @param transmuralFactor resistance of the transmural veins from the subendocardial plexus to the subepicardial
     *     veins, over the drain resistance (fitted, C01 and C02)
     * @param complianceMlPerMmHgPer100g intramyocardial venous compliance per layer (fitted, C04; above
     *     C07's arterial-side range, see docs/model.md section 4)
     * @param thebesianResistancePer100g Thebesian resistance of 100 g of subendocardium, mmHg s/ml (fitted, C01)
     * @param ostiumResistanceMmHgSPerMl open coronary sinus ostium, mmHg s/ml (fitted, C01)
     * @param sinusComplianceMlPerMmHg epicardial veins and coronary sinus below their knee pressure, ml/mmHg
     *     (fitted, C04)
     * @param sinusKneeMmHg pressure above which the distended epicardial veins and sinus stiffen, mmHg (fitted, C04)
     */
    public record Veins(double transmuralFactor, double complianceMlPerMmHgPer100g, double thebesianResistancePer100g,
            double ostiumResistanceMmHgSPerMl, double sinusComplianceMlPerMmHg, double sinusKneeMmHg) {
    }

    /**
     * The rest of the closed loop (docs/model.md section 1.1). Compliances and resistances are Ursino's nominal
     * adult values (Am J Physiol 1998;275:H1733), lumped: the splanchnic and extrasplanchnic veins into one systemic
     * venous compliance, the pulmonary arteries and arterioles into one pulmonary arterial compliance, the pulmonary
     * veins and left atrium into one left atrial compliance.
     *
     * @param venousComplianceMlPerMmHg systemic veins, ml/mmHg (Ursino: 61.11 + 50.0)
     * @param venousReturnResistanceMmHgSPerMl systemic veins to right atrium, mmHg s/ml (Ursino: 0.038 parallel
     *     0.016)
     * @param raComplianceMlPerMmHg right atrium, ml/mmHg (Ursino)
     * @param tricuspidResistanceMmHgSPerMl open tricuspid valve, mmHg s/ml (Ursino's right atrial outflow 0.0025)
     * @param rvEmaxStartMmHgPerMl right ventricular end-systolic elastance the priming starts from, mmHg/ml
     *     (Ursino: 1.75); each patient's is then solved from its right atrial pressure
     * @param rvEminMmHgPerMl right ventricular diastolic elastance, mmHg/ml (assumption: Ursino's exponential
     *     end-diastolic relation linearised near 100 ml)
     * @param rvV0Ml right ventricular unstressed volume, ml (assumption, as the LV's order)
     * @param pulmonaryValveResistanceMmHgSPerMl open pulmonary valve, mmHg s/ml (assumption: the aortic valve's)
     * @param pulmonaryArterialComplianceMlPerMmHg pulmonary arteries and arterioles, ml/mmHg (Ursino: 0.76 + 5.80)
     * @param pulmonaryResistanceMmHgSPerMl pulmonary arteries to left atrium, mmHg s/ml (Ursino: 0.023 + 0.0894 +
     *     0.0056)
     * @param laComplianceMlPerMmHg pulmonary veins and left atrium, ml/mmHg (Ursino: 25.37 + 19.23)
     */
    public record Circulation(double venousComplianceMlPerMmHg, double venousReturnResistanceMmHgSPerMl,
            double raComplianceMlPerMmHg, double tricuspidResistanceMmHgSPerMl, double rvEmaxStartMmHgPerMl,
            double rvEminMmHgPerMl, double rvV0Ml, double pulmonaryValveResistanceMmHgSPerMl,
            double pulmonaryArterialComplianceMlPerMmHg, double pulmonaryResistanceMmHgSPerMl,
            double laComplianceMlPerMmHg) {

        /** The values above. */
        public static final Circulation DEFAULT = new Circulation(111.11, 0.0113, 31.25, 0.0025, 1.75, 0.05, 40,
                0.006, 6.56, 0.118, 44.6);
    }

    /**
     * Effective regurgitant orifice flow constant: flow (ml/s) = EROA (cm^2) x this x sqrt(pressure drop, mmHg), from
     * Bernoulli, v = sqrt(2 dP / rho) with blood at 1060 kg/m^3 (the simplified Bernoulli dP = 4 v^2 gives 50).
     */
    public static final double ORIFICE_CM_PER_S_PER_SQRT_MMHG = 50.155;
    /**
     * Pressure drop, mmHg, under which the orifice law is smoothed ({@code dP / sqrt(dP + this)}, assumption: keeps
     * the derivative finite at zero; within 0.5% of Bernoulli above 100 mmHg).
     */
    public static final double ORIFICE_SMOOTHING_MMHG = 1.0;
    /**
     * Inflow pressure, mmHg, below which an extracorporeal pump's inflow cannula starts to suck the chamber empty
     * and its flow falls linearly to zero at 0 mmHg (assumption: drainage-limited flow).
     */
    public static final double SUCTION_MMHG = 2.0;
    /**
     * {@code 1 / SUCTION_MMHG}, per mmHg, which the drainable share multiplies by: exactly the division's result for
     * every pressure while {@link #SUCTION_MMHG} is a power of two.
     */
    public static final double SUCTION_PER_MMHG = 1 / SUCTION_MMHG;
    /** Share of the warm-up during which the atria are held at the patient's pressures (docs/model.md 1.1). */
    public static final double PRIMING_SHARE = 0.5;
    /** Per-beat gain of the right ventricle's elastance towards balance with the left during priming (assumption). */
    public static final double PRIMING_GAIN = 1.0;

    /** Share of a territory's resting resistance in its veins towards the sinus (assumption: small). */
    public static final double DRAIN_SHARE = 0.05;
    /** Veno-venous resistance between territories over the larger drain resistance (assumption). */
    public static final double VENO_VENOUS_FACTOR = 2.0;
    /**
     * Distended epicardial veins and sinus are this many times stiffer than below their knee (assumption: veins are
     * very compliant while elliptical and stiff once circular, Moreno et al., Circ Res 1970).
     */
    public static final double SINUS_STIFFENING = 20;
    /** Collapsed vessels are this many times stiffer than open ones (assumption: tube law, Shapiro 1977). */
    public static final double COLLAPSE_STIFFENING = 10;
    /** Compliance of the culprit epicardial artery node, ml/mmHg (assumption: small, only to avoid an algebraic loop). */
    public static final double EPICARDIAL_COMPLIANCE_ML_PER_MMHG = 0.01;
    /** Whole-blood viscosity, Pa s (3.5 mPa s, the usual large-vessel value at haematocrit about 0.45). */
    public static final double BLOOD_VISCOSITY_PA_S = 3.5e-3;
    /** Blood density, kg/m^3. */
    public static final double BLOOD_DENSITY_KG_PER_M3 = 1060;
    /** Pascal per mmHg. */
    public static final double PA_PER_MMHG = 133.322;
    /** Reference (unobstructed) diameter of the culprit artery at its stenosis, mm (assumption: proximal-mid LAD). */
    public static final double CULPRIT_DIAMETER_MM = 3.0;
    /** Length of a culprit stenosis, mm (assumption: a typical focal lesion). */
    public static final double STENOSIS_LENGTH_MM = 10;
    /** Young and Tsai's expansion-loss coefficient of a stenosis (J Biomech 1973; Seeley and Young 1976). */
    public static final double STENOSIS_KT = 1.52;
    /** Resistance of an open, stented culprit artery, mmHg s/ml (assumption: no residual stenosis). */
    public static final double EPICARDIAL_RESISTANCE_MMHG_S_PER_ML = 1.0;
    /** Rate-pressure product at which resting flow is {@code restFlowMlPerMinPerG}, mmHg/min (Gobel et al. 1978). */
    public static final double REFERENCE_RATE_PRESSURE_PRODUCT = 72 * 120;
    /** Fraction of the log flow error an autoregulating arteriole corrects per beat (assumption: ~5-beat time constant). */
    public static final double AUTOREGULATION_GAIN = 0.2;

    /**
     * System property that switches the collateral recruitment: {@code on} (the default) uses
     * {@link #FITTED_COLLATERAL_RECRUITMENT_PER_MMHG}, {@code off} none, the passive network (docs/model.md section
     * 4.1).
     */
    public static final String RECRUITMENT_PROPERTY = "sinus.recruitment";
    /**
     * Collateral recruitment per mmHg of sinus pressure above the knee, fitted to Ido et al. 2001 (dogs, LAD occluded,
     * sinus occlusion doubles the subendocardial flow) by {@code CollateralRecruitmentTest}; in force unless
     * {@link #RECRUITMENT_PROPERTY} is {@code off}.
     */
    public static final double FITTED_COLLATERAL_RECRUITMENT_PER_MMHG = 0.086;

    /** The collateral recruitment {@link #RECRUITMENT_PROPERTY} asks for. */
    public static double configuredRecruitment() {
        String value = System.getProperty(RECRUITMENT_PROPERTY, "on").trim();
        if (value.equalsIgnoreCase("on") || value.isEmpty()) {
            return FITTED_COLLATERAL_RECRUITMENT_PER_MMHG;
        }
        if (value.equalsIgnoreCase("off")) {
            return 0;
        }
        throw new IllegalArgumentException("system property " + RECRUITMENT_PROPERTY + " is '" + value
                + "'; allowed: on, off");
    }

    /**
     * The constants in force: sourced values and the fit reported in docs/model.md; the collateral recruitment as
     * {@link #RECRUITMENT_PROPERTY} says (on unless set off).
     */
    public static ModelConstants defaults() {
        return defaults(configuredRecruitment());
    }

    /**
     * The constants in force with the collateral recruitment {@code recruitmentPerMmHg} (0 off, or
     * {@link #FITTED_COLLATERAL_RECRUITMENT_PER_MMHG}), whatever the system property says.
     */
    public static ModelConstants defaults(double recruitmentPerMmHg) {
        return new ModelConstants(
                new Valves(0.005, 0.006),
                new Microcirculation(0.72, 4.0, 1.15, 0.75, 0.25, 0.025, 0.15, recruitmentPerMmHg),
                new Veins(0.249, 0.434, 1.51, 0.497, 0.308, 15.9));
    }
}
