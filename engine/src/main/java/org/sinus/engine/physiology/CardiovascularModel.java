package org.sinus.engine.physiology;

/**
 * The beat-resolved lumped model of the left heart, systemic circulation and two-territory, two-layer coronary
 * circulation with its veins, Thebesian drainage and coronary sinus ({@code docs/model.md}, section 1). A mutable
 * structure-of-arrays workspace for up to {@code capacity} patients, owned by one thread.
 *
 * <p>The circulation is a closed loop (section 1.1): aorta, systemic veins, right atrium, right ventricle (a
 * time-varying elastance with the LV's activation), pulmonary arteries, left atrium with the pulmonary veins, and
 * the LV, with an effective regurgitant orifice in the mitral valve. State per patient (index constants below): LV
 * volume; aortic pressure; the volumes of four intramyocardial
 * microvascular compartments (at-risk and remote territory, subendocardial and subepicardial layer) and of the four
 * venous compartments that drain them, each squeezed by its layer's share of LV pressure and stiffer when
 * collapsed; coronary sinus pressure; and the pressure of the culprit (at-risk) epicardial artery, fed by its own
 * artery when open and by collaterals from the aorta. The subendocardial veins (the venous plexus) drain through
 * Thebesian veins into the LV cavity and through transmural veins into the subepicardial veins; these drain into
 * the coronary sinus and connect the two territories (veno-venous connections); then the systemic venous, right
 * atrial and pulmonary arterial pressures, the right ventricle's volume and the left atrial pressure. Actuator columns
 * ({@link #csOstiumOpen}, {@link #ostiumResistanceFactor}, {@link #sinusPumpMlPerS}, {@link #greatVeinOpen},
 * {@link #greatVeinPumpMlPerS}, {@link #graftConductance},
 * {@link #aorticBalloonRateMlPerS}, {@link #axialPumpFlowAtZeroHeadMlPerS}, {@link #axialPumpHeadSlopeMlPerSPerMmHg},
 * {@link #laPumpFlowAtZeroHeadMlPerS}, {@link #laPumpHeadSlopeMlPerSPerMmHg}, {@link #raPumpFlowMlPerS},
 * {@link #mitralOrificeFactor}, {@link #culpritConductanceFactor}) are written by devices.
 */
public final class CardiovascularModel implements OdeSystem {
    /** State index: LV volume, ml. */
    public static final int LV_VOLUME = 0;
    /** State index: aortic pressure, mmHg. */
    public static final int AORTA = 1;
    /** State index of the first microvascular volume (ml); layers in {@link #RISK_ENDO}..{@link #REMOTE_EPI} order. */
    public static final int MICRO = 2;
    /** State index of the first intramyocardial venous volume (ml), one per layer in the same order as MICRO. */
    public static final int VEIN = 6;
    /** State index: stressed volume of the epicardial veins and coronary sinus, ml. */
    public static final int SINUS = 10;
    /** State index: culprit epicardial artery pressure, mmHg (the wedge pressure when the culprit is occluded). */
    public static final int EPICARDIAL = 11;
    /** State index: systemic venous pressure, mmHg. */
    public static final int VENOUS = 12;
    /** State index: right atrial pressure, mmHg. */
    public static final int RA = 13;
    /** State index: right ventricular volume, ml. */
    public static final int RV_VOLUME = 14;
    /** State index: pulmonary arterial pressure, mmHg. */
    public static final int PULMONARY = 15;
    /** State index: left atrial (and pulmonary venous) pressure, mmHg. */
    public static final int LA = 16;
    /** Number of state variables. */
    public static final int DIMENSION = 17;

    /** Layer index: at-risk subendocardium. */
    public static final int RISK_ENDO = 0;
    /** Layer index: at-risk subepicardium. */
    public static final int RISK_EPI = 1;
    /** Layer index: remote subendocardium. */
    public static final int REMOTE_ENDO = 2;
    /** Layer index: remote subepicardium. */
    public static final int REMOTE_EPI = 3;

    private final ModelConstants constants;
    /** The constants' reciprocals the derivative multiplies by. */
    final Reciprocals reciprocals;
    private final int capacity;
    private final KernelPath path;
    /** The vector twin's workspace; null on the scalar path (then its class is never loaded). */
    private final VectorDerivatives vector;

    // Heart and circulation, per patient.
    final double[] periodS;
    /** Beats per second, {@code 1 / periodS}: the beat time multiplies by it (the heart rate is fixed per patient). */
    final double[] beatRate;
    final double[] systoleS;
    /** The activation's phase rate while contracting, {@code pi / systoleS}, rad/s (twice that while relaxing). */
    final double[] phaseRate;
    final double[] emax;
    final double[] emin;
    final double[] v0;
    final double[] rsys;
    final double[] cart;
    /** Mitral effective regurgitant orifice area, cm^2. */
    final double[] eroa;
    /** Right ventricular end-systolic elastance, mmHg/ml: solved during priming from the right atrial pressure. */
    final double[] rvEmax;
    /**
     * 1 while the atria are held at the patient's pressures (priming, the first part of the warm-up), 0 once the
     * loop is closed. Written by the kernel.
     */
    final double[] atriaHeld;
    // Coronary, per layer [4][n] or territory [2][n].
    final double[][] layerMassG = new double[4][];
    /**
     * Arteriolar resistance per layer, mmHg s/ml; autoregulation changes it between beats. Written only through
     * {@link #arteriolarResistance(int, int, double)}, which keeps {@link #arteriolarConductance} in step.
     */
    final double[][] arteriolarResistance = new double[4][];
    /** {@code 1 / arteriolarResistance}, ml/s/mmHg: what the derivative multiplies by. */
    final double[][] arteriolarConductance = new double[4][];
    /** Arteriolar resistance per layer at maximal dilation (the flow reserve's bound), mmHg s/ml. */
    final double[][] minimalArteriolarResistance = new double[4][];
    final double[][] capillaryResistance = new double[4][];
    final double[][] microCompliance = new double[4][];
    final double[][] veinCompliance = new double[4][];
    final double[][] thebesianResistance = new double[2][];
    final double[][] transmuralResistance = new double[2][];
    final double[][] drainResistance = new double[2][];
    final double[] venoVenousResistance;
    /*
     * Reciprocals of the static resistances and compliances above, computed at load: the derivative multiplies by them
     * instead of dividing (a division costs several multiplications' time; docs/model.md section 10). Both derivative
     * paths use them the same way, so the paths stay bit-identical.
     */
    final double[][] capillaryConductance = new double[4][];
    final double[][] microElastance = new double[4][];
    final double[][] veinElastance = new double[4][];
    final double[][] thebesianConductance = new double[2][];
    final double[][] transmuralConductance = new double[2][];
    final double[][] drainConductance = new double[2][];
    final double[] venoVenousConductance;
    final double[] arterialElastance;
    final double[] collateralConductance;
    final double[] culpritConductance;
    /** The culprit stenosis's viscous coefficient, mmHg s/ml (0 without one). */
    final double[] stenosisViscous;
    /** The culprit stenosis's expansion-loss coefficient, mmHg/(ml/s)^2 (0 without one). */
    final double[] stenosisInertial;
    /** Actuator: coronary sinus ostium open fraction, 1 open, 0 occluded by a balloon. Written by devices. */
    public final double[] csOstiumOpen;
    /** Actuator: multiplier of the open ostium's resistance (1 native; a Reducer or a narrowed outflow raises it). */
    public final double[] ostiumResistanceFactor;
    /** Actuator: arterial blood pumped from the aorta into the coronary sinus, ml/s (retroperfusion). */
    public final double[] sinusPumpMlPerS;
    /**
     * Actuator: the at-risk territory's drain from its subepicardial veins into the sinus, 1 open, 0 closed by a
     * balloon in the great cardiac vein (synchronised retroperfusion; docs/model.md section 8.3).
     */
    public final double[] greatVeinOpen;
    /**
     * Actuator: arterial blood pumped from the aorta into the at-risk territory's subepicardial veins, distal to a
     * balloon in the great cardiac vein, ml/s (synchronised retroperfusion).
     */
    public final double[] greatVeinPumpMlPerS;
    /** Actuator: conductance of a graft from the aorta to the coronary sinus, ml/s/mmHg (Beck II). */
    public final double[] graftConductance;
    /**
     * Actuator: rate at which an intra-aortic balloon's volume grows, ml/s (positive inflating, negative deflating):
     * the balloon displaces blood in the arterial compartment.
     */
    public final double[] aorticBalloonRateMlPerS;
    /**
     * Actuator: an axial pump from the LV to the aorta (Impella): its flow at zero pressure head, ml/s, at the set
     * speed; 0 means no pump.
     */
    public final double[] axialPumpFlowAtZeroHeadMlPerS;
    /** Actuator: how much the axial pump's flow falls per mmHg of aorta-minus-LV pressure head, ml/s/mmHg. */
    public final double[] axialPumpHeadSlopeMlPerSPerMmHg;
    /**
     * Actuator: a centrifugal pump from the left atrium to the arteries (TandemHeart): its flow at zero pressure head,
     * ml/s; 0 means no pump.
     */
    public final double[] laPumpFlowAtZeroHeadMlPerS;
    /** Actuator: how much the left atrial pump's flow falls per mmHg of aorta-minus-LA head, ml/s/mmHg. */
    public final double[] laPumpHeadSlopeMlPerSPerMmHg;
    /**
     * Actuator: venous blood drained from the right atrium and returned, oxygenated, into the arteries at this flow,
     * ml/s (VA-ECMO; flow-controlled, limited only when the atrium is sucked empty); 0 means none.
     */
    public final double[] raPumpFlowMlPerS;
    /** Actuator: multiplier of the mitral regurgitant orifice (1 native; CS annuloplasty lowers it). */
    public final double[] mitralOrificeFactor;
    /** Actuator: multiplier of the culprit epicardial artery's conductance (1 native; a compressing device lowers it). */
    public final double[] culpritConductanceFactor;

    /**
     * A model evaluating its derivatives on {@link KernelPath#configured()}'s path.
     *
     * @param constants the structural constants
     * @param capacity the most patients a batch holds
     */
    public CardiovascularModel(ModelConstants constants, int capacity) {
        this(constants, capacity, KernelPath.configured());
    }

    /**
     * @param constants the structural constants
     * @param capacity the most patients a batch holds
     * @param path the scalar reference or its vector twin; {@link KernelPath#VECTOR} falls back to the scalar code
     *     where the incubator module is missing
     */
    public CardiovascularModel(ModelConstants constants, int capacity, KernelPath path) {
        this.constants = constants;
        this.reciprocals = Reciprocals.of(constants);
        this.capacity = capacity;
        this.path = path.effective();
        this.vector = this.path == KernelPath.VECTOR ? new VectorDerivatives(capacity) : null;
        periodS = new double[capacity];
        beatRate = new double[capacity];
        systoleS = new double[capacity];
        phaseRate = new double[capacity];
        emax = new double[capacity];
        emin = new double[capacity];
        v0 = new double[capacity];
        rsys = new double[capacity];
        cart = new double[capacity];
        eroa = new double[capacity];
        rvEmax = new double[capacity];
        atriaHeld = new double[capacity];
        for (int l = 0; l < 4; l++) {
            layerMassG[l] = new double[capacity];
            arteriolarResistance[l] = new double[capacity];
            arteriolarConductance[l] = new double[capacity];
            minimalArteriolarResistance[l] = new double[capacity];
            capillaryResistance[l] = new double[capacity];
            microCompliance[l] = new double[capacity];
            veinCompliance[l] = new double[capacity];
            capillaryConductance[l] = new double[capacity];
            microElastance[l] = new double[capacity];
            veinElastance[l] = new double[capacity];
        }
        for (int t = 0; t < 2; t++) {
            transmuralResistance[t] = new double[capacity];
            thebesianResistance[t] = new double[capacity];
            drainResistance[t] = new double[capacity];
            thebesianConductance[t] = new double[capacity];
            transmuralConductance[t] = new double[capacity];
            drainConductance[t] = new double[capacity];
        }
        venoVenousResistance = new double[capacity];
        venoVenousConductance = new double[capacity];
        arterialElastance = new double[capacity];
        collateralConductance = new double[capacity];
        culpritConductance = new double[capacity];
        stenosisViscous = new double[capacity];
        stenosisInertial = new double[capacity];
        csOstiumOpen = new double[capacity];
        ostiumResistanceFactor = new double[capacity];
        sinusPumpMlPerS = new double[capacity];
        greatVeinOpen = new double[capacity];
        greatVeinPumpMlPerS = new double[capacity];
        graftConductance = new double[capacity];
        aorticBalloonRateMlPerS = new double[capacity];
        axialPumpFlowAtZeroHeadMlPerS = new double[capacity];
        axialPumpHeadSlopeMlPerSPerMmHg = new double[capacity];
        laPumpFlowAtZeroHeadMlPerS = new double[capacity];
        laPumpHeadSlopeMlPerSPerMmHg = new double[capacity];
        raPumpFlowMlPerS = new double[capacity];
        mitralOrificeFactor = new double[capacity];
        culpritConductanceFactor = new double[capacity];
    }

    /**
     * Reciprocals of the loop's constant resistances (conductances, ml/s/mmHg) and compliances (elastances, mmHg/ml),
     * which the derivative multiplies by.
     */
    record Reciprocals(double mitral, double aortic, double tricuspid, double pulmonaryValve, double venousReturn,
            double pulmonary, double epicardial, double venous, double ra, double pulmonaryArterial, double la,
            double sinus) {

        static Reciprocals of(ModelConstants k) {
            ModelConstants.Circulation c = k.circulation();
            return new Reciprocals(1 / k.valves().mitralResistanceMmHgSPerMl(),
                    1 / k.valves().aorticResistanceMmHgSPerMl(), 1 / c.tricuspidResistanceMmHgSPerMl(),
                    1 / c.pulmonaryValveResistanceMmHgSPerMl(), 1 / c.venousReturnResistanceMmHgSPerMl(),
                    1 / c.pulmonaryResistanceMmHgSPerMl(), 1 / ModelConstants.EPICARDIAL_COMPLIANCE_ML_PER_MMHG,
                    1 / c.venousComplianceMlPerMmHg(), 1 / c.raComplianceMlPerMmHg(),
                    1 / c.pulmonaryArterialComplianceMlPerMmHg(), 1 / c.laComplianceMlPerMmHg(),
                    1 / k.veins().sinusComplianceMlPerMmHg());
        }
    }

    /** The structural constants. */
    public ModelConstants constants() {
        return constants;
    }

    /** The most patients a batch holds. */
    public int capacity() {
        return capacity;
    }

    /** The path that evaluates {@link #derivatives} (after any fallback). */
    public KernelPath path() {
        return path;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /**
     * Loads patient {@code p} into slot {@code i} and writes its initial state into {@code y}. Arteriolar resistances
     * start at the value that gives resting flow at a mean aortic pressure of 90 mmHg; autoregulation refines them.
     */
    public void load(int i, PatientParameters p, double[][] y) {
        HeartParameters h = p.heart();
        VascularParameters v = p.vascular();
        CoronaryParameters c = p.coronary();
        ModelConstants.Microcirculation mc = constants.microcirculation();
        ModelConstants.Veins vc = constants.veins();
        double period = 60.0 / h.heartRateBpm();
        periodS[i] = period;
        beatRate[i] = 1 / period;
        systoleS[i] = systoleS(period);
        phaseRate[i] = Math.PI / systoleS[i];
        emax[i] = h.emaxMmHgPerMl();
        emin[i] = h.eminMmHgPerMl();
        v0[i] = h.v0Ml();
        rsys[i] = v.systemicResistanceMmHgSPerMl();
        cart[i] = v.arterialComplianceMlPerMmHg();
        arterialElastance[i] = 1 / cart[i];
        eroa[i] = h.mitralEroaCm2();
        ModelConstants.Circulation cc = constants.circulation();
        rvEmax[i] = cc.rvEmaxStartMmHgPerMl();
        atriaHeld[i] = 1;

        double restFlowMlPerSPerG = mc.restFlowMlPerMinPerG() / 60;
        double drivingMmHg = 90 - h.raPressureMmHg();
        double endoShare = 2 * mc.endoEpiFlowRatio() / (1 + mc.endoEpiFlowRatio());
        for (int l = 0; l < 4; l++) {
            boolean risk = l < 2;
            boolean endo = (l & 1) == 0;
            double territory = risk ? c.atRiskFraction() : 1 - c.atRiskFraction();
            double mass = c.lvMassG() * territory / 2;
            layerMassG[l][i] = mass;
            double flow = restFlowMlPerSPerG * mass * (endo ? endoShare : 2 - endoShare);
            double total = drivingMmHg / flow;
            double capillary = total * mc.capillaryShare();
            if (risk) {
                capillary *= c.microvascularResistanceFactor();
            }
            capillaryResistance[l][i] = capillary;
            arteriolarResistance(l, i, total * (1 - mc.capillaryShare() - ModelConstants.DRAIN_SHARE));
            minimalArteriolarResistance[l][i] = arteriolarResistance[l][i] / (2 * mc.flowReserve());
            microCompliance[l][i] = mc.complianceMlPerMmHgPer100g() * mass / 100;
            veinCompliance[l][i] = vc.complianceMlPerMmHgPer100g() * mass / 100;
            capillaryConductance[l][i] = 1 / capillary;
            microElastance[l][i] = 1 / microCompliance[l][i];
            veinElastance[l][i] = 1 / veinCompliance[l][i];
        }
        for (int t = 0; t < 2; t++) {
            double mass = layerMassG[2 * t][i] + layerMassG[2 * t + 1][i];
            double flow = restFlowMlPerSPerG * mass;
            thebesianResistance[t][i] = vc.thebesianResistancePer100g() * 100 / layerMassG[2 * t][i];
            drainResistance[t][i] = ModelConstants.DRAIN_SHARE * drivingMmHg / flow;
            transmuralResistance[t][i] = vc.transmuralFactor() * drainResistance[t][i];
            thebesianConductance[t][i] = 1 / thebesianResistance[t][i];
            drainConductance[t][i] = 1 / drainResistance[t][i];
            transmuralConductance[t][i] = 1 / transmuralResistance[t][i];
        }
        venoVenousResistance[i] = ModelConstants.VENO_VENOUS_FACTOR * Math.max(drainResistance[0][i], drainResistance[1][i]);
        venoVenousConductance[i] = 1 / venoVenousResistance[i];
        // Collateral conductance from CFI = (Pw - Pv) / (Pao - Pv) = Rbed / (Rbed + Rcol) (Pijls et al., Circulation
        // 1995), measured at hyperaemia: Rbed is the at-risk bed maximally dilated.
        double riskBed = 1 / (1 / (minimalArteriolarResistance[0][i] + capillaryResistance[0][i])
                + 1 / (minimalArteriolarResistance[1][i] + capillaryResistance[1][i])) + drainResistance[0][i];
        double cfi = c.collateralFlowIndex();
        collateralConductance[i] = cfi / ((1 - cfi) * riskBed);
        culpritConductance[i] = c.culpritOccluded() ? 0 : 1 / ModelConstants.EPICARDIAL_RESISTANCE_MMHG_S_PER_ML;
        stenosisViscous[i] = c.stenosisViscousMmHgSPerMl();
        stenosisInertial[i] = c.stenosisInertialMmHgS2PerMl2();
        resetActuators(i);

        y[LV_VOLUME][i] = h.v0Ml() + h.laPressureMmHg() / h.eminMmHgPerMl();
        y[AORTA][i] = 85;
        for (int l = 0; l < 4; l++) {
            y[MICRO + l][i] = microCompliance[l][i] * 20;
        }
        for (int l = 0; l < 4; l++) {
            y[VEIN + l][i] = veinCompliance[l][i] * 5;
        }
        y[SINUS][i] = constants.veins().sinusComplianceMlPerMmHg() * (h.raPressureMmHg() + 1);
        y[EPICARDIAL][i] = 85;
        // Near the closed loop's steady state at a typical output of 80 ml/s; the priming does the rest.
        double output = 80;
        y[VENOUS][i] = h.raPressureMmHg() + output * cc.venousReturnResistanceMmHgSPerMl();
        y[RA][i] = h.raPressureMmHg();
        y[RV_VOLUME][i] = cc.rvV0Ml() + h.raPressureMmHg() / cc.rvEminMmHgPerMl();
        y[PULMONARY][i] = h.laPressureMmHg() + output * cc.pulmonaryResistanceMmHgSPerMl();
        y[LA][i] = h.laPressureMmHg();
    }

    /** Arteriolar resistance of layer {@code l} of patient {@code i}, mmHg s/ml. */
    public double arteriolarResistance(int l, int i) {
        return arteriolarResistance[l][i];
    }

    /**
     * Sets the arteriolar resistance of layer {@code l} of patient {@code i}, mmHg s/ml, and its reciprocal, the
     * conductance the derivative multiplies by (autoregulation, once a beat).
     */
    public void arteriolarResistance(int l, int i, double value) {
        arteriolarResistance[l][i] = value;
        arteriolarConductance[l][i] = 1 / value;
    }

    /** Right ventricular end-systolic elastance of patient {@code i}, mmHg/ml. */
    double rvEmax(int i) {
        return rvEmax[i];
    }

    /** Sets patient {@code i}'s right ventricular end-systolic elastance (priming), mmHg/ml. */
    void rvEmax(int i, double value) {
        rvEmax[i] = value;
    }

    /** Closes patient {@code i}'s loop: the atria are no longer held (the end of priming). */
    void releaseAtria(int i) {
        atriaHeld[i] = 0;
    }

    /** Whether patient {@code i}'s atria are still held at its pressures (priming). */
    boolean atriaHeld(int i) {
        return atriaHeld[i] != 0;
    }

    /**
     * Flow back through a regurgitant orifice of effective area {@code areaCm2} under a pressure drop {@code dp},
     * ml/s (Bernoulli, smoothed near zero; 0 for a drop that is not positive).
     */
    static double orificeFlow(double areaCm2, double dp) {
        return dp > 0 ? areaCm2 * ModelConstants.ORIFICE_CM_PER_S_PER_SQRT_MMHG * dp
                / Math.sqrt(dp + ModelConstants.ORIFICE_SMOOTHING_MMHG) : 0;
    }

    /**
     * Flow through the culprit artery under a pressure drop {@code dp}, ml/s: its open conductance {@code g} (0 when
     * occluded) in series with a stenosis, {@code dp = (1 / g + f) Q + s Q |Q|} (Young and Tsai 1973), solved in the
     * stable form {@code Q = 2 dp / (a + sqrt(a^2 + 4 s |dp|))}, {@code a = 1 / g + f}; an occluded artery gives
     * {@code a} infinite and no flow, without a branch.
     */
    static double culpritFlow(double g, double f, double s, double dp) {
        return quadraticLossFlow(1 / g + f, s, dp);
    }

    /**
     * The flow {@code Q} that solves {@code dp = a Q + s Q |Q|} (a linear and a quadratic pressure loss in series),
     * ml/s, in the stable form {@code Q = 2 dp / (a + sqrt(a^2 + 4 s |dp|))}; signed like {@code dp}.
     */
    public static double quadraticLossFlow(double a, double s, double dp) {
        return 2 * dp / (a + Math.sqrt(a * a + 4 * s * Math.abs(dp)));
    }

    /** Share of an extracorporeal pump's flow its inflow cannula can drain from a chamber at {@code p} mmHg. */
    public static double drainable(double p) {
        return Math.min(1, Math.max(0, p * ModelConstants.SUCTION_PER_MMHG));
    }

    /**
     * Flow of a centrifugal pump draining a chamber at {@code pIn} into the arteries at {@code pOut}, ml/s: linear in
     * the head from {@code q0} at zero head, never negative, limited by suction; 0 when {@code q0} is 0 (no pump).
     */
    public static double centrifugalFlow(double q0, double slope, double pIn, double pOut) {
        return q0 == 0 ? 0 : Math.max(0, q0 - slope * (pOut - pIn)) * drainable(pIn);
    }

    /**
     * Length of the contraction phase of a beat of period {@code periodS}: elastance rises for {@code 0.3 sqrt(T)} s
     * (Heldt et al., J Appl Physiol 2002), then relaxes for half as long. Devices timed to the cycle use this, so
     * that their timing follows the model's.
     */
    public static double systoleS(double periodS) {
        return 0.3 * Math.sqrt(periodS);
    }

    /** Relaxation time over contraction time (Heldt et al. 2002). */
    public static final double RELAXATION_FRACTION = 0.5;
    /** {@code 1 / RELAXATION_FRACTION}: how many times faster the phase runs while relaxing (exact: 2). */
    static final double RELAXATION_SPEED_UP = 1 / RELAXATION_FRACTION;

    /**
     * Normalised elastance activation at time {@code tInBeatS} into a beat (Heldt et al. 2002), in [0, 1];
     * {@code phaseRate} is {@code pi / systoleS}, the phase's rate while contracting ({@link #RELAXATION_SPEED_UP}
     * times it while relaxing), computed at load so that no division is left here.
     */
    static double activation(double tInBeatS, double systoleS, double phaseRate) {
        if (tInBeatS < systoleS) {
            return 0.5 * (1 - cosHalfTurn(tInBeatS * phaseRate));
        }
        double relax = tInBeatS - systoleS;
        double relaxS = RELAXATION_FRACTION * systoleS;
        return relax < relaxS ? 0.5 * (1 + cosHalfTurn(relax * (RELAXATION_SPEED_UP * phaseRate))) : 0;
    }

    /** pi / 2. */
    static final double HALF_PI = Math.PI / 2;
    /**
     * {@link #cosHalfTurn}'s coefficients: {@code sin u = u + u u^2 p(u^2)}, {@code p} the Taylor series' terms up to
     * {@code u^19 / 19!} divided by {@code u^3}, lowest first.
     */
    static final double[] SIN_SERIES = {-1.0 / 6, 1.0 / 120, -1.0 / 5040, 1.0 / 362880, -1.0 / 39916800,
        1.0 / 6227020800.0, -1.0 / 1307674368000.0, 1.0 / 355687428096000.0, -1.0 / 121645100408832000.0};

    /**
     * {@code cos x} for {@code x} in [0, pi], as {@code -sin(x - pi/2)} by a fixed polynomial (error below 5e-16).
     * Written out rather than {@link Math#cos} so that the scalar code, its vector twin (whose
     * {@code VectorOperators.COS} is an SVML stub once compiled and {@code Math.cos} before) and every CPU compute the
     * same bits: Java's additions and multiplications are exactly rounded everywhere.
     */
    static double cosHalfTurn(double x) {
        double u = x - HALF_PI;
        double u2 = u * u;
        double p = SIN_SERIES[8];
        for (int k = 7; k >= 0; k--) {
            p = p * u2 + SIN_SERIES[k];
        }
        return -(u + u * (u2 * p));
    }

    /** Transmural pressure of a collapsible compartment holding stressed volume {@code v}, mmHg. */
    static double tube(double v, double compliance) {
        return v >= 0 ? v / compliance : v * ModelConstants.COLLAPSE_STIFFENING / compliance;
    }

    /** {@link #tube} with the compliance's reciprocal: multiplications only (the derivative's form). */
    static double tubeE(double v, double elastance) {
        return v >= 0 ? v * elastance : v * ModelConstants.COLLAPSE_STIFFENING * elastance;
    }

    /**
     * Pressure of the epicardial veins and coronary sinus holding stressed volume {@code v}, mmHg: compliant up to
     * the knee pressure, {@link ModelConstants#SINUS_STIFFENING} times stiffer above it, and collapsible below zero.
     */
    double sinusPressure(double v) {
        ModelConstants.Veins vc = constants.veins();
        double c = vc.sinusComplianceMlPerMmHg();
        double e = reciprocals.sinus();
        double kneeVolume = c * vc.sinusKneeMmHg();
        return v <= kneeVolume ? tubeE(v, e)
                : vc.sinusKneeMmHg() + (v - kneeVolume) * ModelConstants.SINUS_STIFFENING * e;
    }

    /** Every actuator column and the priming's columns, for copying (the order is fixed, the arrays are live). */
    double[][] actuators() {
        return new double[][] {csOstiumOpen, ostiumResistanceFactor, sinusPumpMlPerS, greatVeinOpen,
            greatVeinPumpMlPerS, graftConductance,
            aorticBalloonRateMlPerS, axialPumpFlowAtZeroHeadMlPerS, axialPumpHeadSlopeMlPerSPerMmHg,
            laPumpFlowAtZeroHeadMlPerS, laPumpHeadSlopeMlPerSPerMmHg, raPumpFlowMlPerS, mitralOrificeFactor,
            culpritConductanceFactor, rvEmax, atriaHeld};
    }

    /** Sets patient {@code i}'s actuators to "no device": sinus open, native ostium, no pumps, no graft, no balloon. */
    void resetActuators(int i) {
        csOstiumOpen[i] = 1;
        ostiumResistanceFactor[i] = 1;
        sinusPumpMlPerS[i] = 0;
        greatVeinOpen[i] = 1;
        greatVeinPumpMlPerS[i] = 0;
        graftConductance[i] = 0;
        aorticBalloonRateMlPerS[i] = 0;
        axialPumpFlowAtZeroHeadMlPerS[i] = 0;
        axialPumpHeadSlopeMlPerSPerMmHg[i] = 0;
        laPumpFlowAtZeroHeadMlPerS[i] = 0;
        laPumpHeadSlopeMlPerSPerMmHg[i] = 0;
        raPumpFlowMlPerS[i] = 0;
        mitralOrificeFactor[i] = 1;
        culpritConductanceFactor[i] = 1;
    }

    /** Flow of patient {@code i}'s left atrial pump (TandemHeart) at LA pressure {@code pla}, aortic {@code pao}, ml/s. */
    double laPumpFlow(int i, double pla, double pao) {
        return centrifugalFlow(laPumpFlowAtZeroHeadMlPerS[i], laPumpHeadSlopeMlPerSPerMmHg[i], pla, pao);
    }

    /** Flow of patient {@code i}'s venous drainage (VA-ECMO) at right atrial pressure {@code pra}, ml/s. */
    double raPumpFlow(int i, double pra) {
        double q = raPumpFlowMlPerS[i];
        return q == 0 ? 0 : q * drainable(pra);
    }

    /**
     * Flow of patient {@code i}'s axial pump against a pressure head {@code headMmHg} (aorta minus LV), ml/s: linear
     * in the head, never negative (a running pump does not let blood back).
     */
    double axialPumpFlow(int i, double headMmHg) {
        double q0 = axialPumpFlowAtZeroHeadMlPerS[i];
        return q0 == 0 ? 0 : Math.max(0, q0 - axialPumpHeadSlopeMlPerSPerMmHg[i] * headMmHg);
    }

    /**
     * The beat of patient {@code i} that {@code timeS} falls in, by the derivative's own clock (controllers that time
     * themselves to the cycle use it, so that they and the ventricle agree at a beat's boundary).
     */
    public long beatOf(int i, double timeS) {
        return (long) Math.floor(timeS * beatRate[i]);
    }

    /** Time into the current beat of patient {@code i} at {@code timeS}, s, by the derivative's own clock. */
    public double timeInBeat(int i, double timeS) {
        return timeS - Math.floor(timeS * beatRate[i]) * periodS[i];
    }

    /** Left ventricular pressure of patient {@code i} at {@code timeS} for LV volume {@code v}, mmHg. */
    public double lvPressure(int i, double timeS, double v) {
        double tb = timeInBeat(i, timeS);
        double e = emin[i] + (emax[i] - emin[i]) * activation(tb, systoleS[i], phaseRate[i]);
        return e * (v - v0[i]);
    }

    /** Right ventricular pressure of patient {@code i} at {@code timeS} for RV volume {@code v}, mmHg. */
    public double rvPressure(int i, double timeS, double v) {
        double tb = timeInBeat(i, timeS);
        double emin = constants.circulation().rvEminMmHgPerMl();
        double e = emin + (rvEmax[i] - emin) * activation(tb, systoleS[i], phaseRate[i]);
        return e * (v - constants.circulation().rvV0Ml());
    }

    @Override
    public void derivatives(double timeS, double[][] y, double[][] dydt, int from, int to) {
        ModelConstants.Circulation cc = constants.circulation();
        Reciprocals g = reciprocals;
        double rvEmin = cc.rvEminMmHgPerMl();
        double rvV0 = cc.rvV0Ml();
        ModelConstants.Microcirculation mc = constants.microcirculation();
        double recruitment = mc.collateralRecruitmentPerMmHg();
        double knee = constants.veins().sinusKneeMmHg();
        double gEndo = mc.imPressureEndo();
        double gEpi = mc.imPressureEpi();
        double ostiumR = constants.veins().ostiumResistanceMmHgSPerMl();
        int start = from;
        if (vector != null) {
            start = vector.derivatives(this, timeS, y, dydt, from, to); // whole vectors; the tail below
        }
        for (int i = start; i < to; i++) {
            double vlv = y[LV_VOLUME][i];
            double pao = y[AORTA][i];
            double pcs = sinusPressure(y[SINUS][i]);
            double pepi = y[EPICARDIAL][i];
            double psv = y[VENOUS][i];
            double pra = y[RA][i];
            double ppa = y[PULMONARY][i];
            double pla = y[LA][i];
            double tb = timeInBeat(i, timeS);
            double act = activation(tb, systoleS[i], phaseRate[i]);
            double plv = (emin[i] + (emax[i] - emin[i]) * act) * (vlv - v0[i]);
            double prv = (rvEmin + (rvEmax[i] - rvEmin) * act) * (y[RV_VOLUME][i] - rvV0);
            double qmv = Math.max(0, pla - plv) * g.mitral();
            double qmr = orificeFlow(eroa[i] * mitralOrificeFactor[i], plv - pla);
            double qav = Math.max(0, plv - pao) * g.aortic();
            double qtv = Math.max(0, pra - prv) * g.tricuspid();
            double qpv = Math.max(0, prv - ppa) * g.pulmonaryValve();
            double qsys = (pao - psv) / rsys[i];
            double qven = (psv - pra) * g.venousReturn();
            double qpul = (ppa - pla) * g.pulmonary();
            double pexEndo = gEndo * plv;
            double pexEpi = gEpi * plv;

            double arterialToRemote = 0;
            double arterialToRisk = 0;
            double thebesian = 0;
            double toSinus = 0;
            double epiVeinRisk = pexEpi + tubeE(y[VEIN + RISK_EPI][i], veinElastance[RISK_EPI][i]);
            double epiVeinRemote = pexEpi + tubeE(y[VEIN + REMOTE_EPI][i], veinElastance[REMOTE_EPI][i]);
            double venoVenous = (epiVeinRisk - epiVeinRemote) * venoVenousConductance[i];
            for (int t = 0; t < 2; t++) {
                int endo = 2 * t;
                int epi = endo + 1;
                double source = t == 0 ? pepi : pao;
                double pEndo = pexEndo + tubeE(y[MICRO + endo][i], microElastance[endo][i]);
                double pEpi = pexEpi + tubeE(y[MICRO + epi][i], microElastance[epi][i]);
                double pEndoVein = pexEndo + tubeE(y[VEIN + endo][i], veinElastance[endo][i]);
                double pEpiVein = t == 0 ? epiVeinRisk : epiVeinRemote;
                double qaEndo = (source - pEndo) * arteriolarConductance[endo][i];
                double qaEpi = (source - pEpi) * arteriolarConductance[epi][i];
                double qcEndo = (pEndo - pEndoVein) * capillaryConductance[endo][i];
                double qcEpi = (pEpi - pEpiVein) * capillaryConductance[epi][i];
                double qth = Math.max(0, pEndoVein - plv) * thebesianConductance[t][i];
                double qtm = (pEndoVein - pEpiVein) * transmuralConductance[t][i];
                double qdrain = (t == 0 ? greatVeinOpen[i] : 1) * (pEpiVein - pcs) * drainConductance[t][i];
                dydt[MICRO + endo][i] = qaEndo - qcEndo;
                dydt[MICRO + epi][i] = qaEpi - qcEpi;
                dydt[VEIN + endo][i] = qcEndo - qth - qtm;
                double dEpiVein = qcEpi + qtm - qdrain + (t == 0 ? -venoVenous : venoVenous);
                dydt[VEIN + epi][i] = t == 0 ? dEpiVein + greatVeinPumpMlPerS[i] : dEpiVein;
                thebesian += qth;
                toSinus += qdrain;
                if (t == 0) {
                    arterialToRisk = qaEndo + qaEpi;
                } else {
                    arterialToRemote = qaEndo + qaEpi;
                }
            }
            double ostium = csOstiumOpen[i] * (pcs - pra) / (ostiumR * ostiumResistanceFactor[i]);
            double intoSinus = sinusPumpMlPerS[i] + graftConductance[i] * (pao - pcs);
            double axial = axialPumpFlow(i, pao - plv);
            double laPump = laPumpFlow(i, pla, pao);
            double raPump = raPumpFlow(i, pra);
            double dpEpi = pao - pepi;
            double recruited = 1 + recruitment * Math.max(0, pcs - knee);
            double epicardialIn = culpritFlow(culpritConductance[i] * culpritConductanceFactor[i], stenosisViscous[i],
                    stenosisInertial[i], dpEpi) + collateralConductance[i] * recruited * dpEpi;
            double free = 1 - atriaHeld[i];

            dydt[LV_VOLUME][i] = qmv - qmr - qav + thebesian - axial;
            dydt[AORTA][i] = (qav + axial + laPump + raPump + aorticBalloonRateMlPerS[i] - qsys - arterialToRemote
                    - epicardialIn - intoSinus - greatVeinPumpMlPerS[i]) * arterialElastance[i];
            dydt[SINUS][i] = toSinus + intoSinus - ostium;
            dydt[EPICARDIAL][i] = (epicardialIn - arterialToRisk) * g.epicardial();
            dydt[VENOUS][i] = (qsys - qven) * g.venous();
            dydt[RA][i] = free * (qven + ostium - qtv - raPump) * g.ra();
            dydt[RV_VOLUME][i] = qtv - qpv;
            dydt[PULMONARY][i] = (qpv - qpul) * g.pulmonaryArterial();
            dydt[LA][i] = free * (qpul + qmr - qmv - laPump) * g.la();
        }
    }

    /**
     * Writes the observable quantities of patient {@code i} at {@code timeS} into {@code out} (length
     * {@link Observation#SIZE}); allocates nothing.
     */
    public void observe(int i, double timeS, double[][] y, double[] out) {
        ModelConstants.Microcirculation mc = constants.microcirculation();
        ModelConstants.Circulation cc = constants.circulation();
        double plv = lvPressure(i, timeS, y[LV_VOLUME][i]);
        double prv = rvPressure(i, timeS, y[RV_VOLUME][i]);
        double pao = y[AORTA][i];
        double pepi = y[EPICARDIAL][i];
        double pra = y[RA][i];
        double pla = y[LA][i];
        double ppa = y[PULMONARY][i];
        out[Observation.LV_PRESSURE] = plv;
        out[Observation.AORTIC_PRESSURE] = pao;
        out[Observation.SINUS_PRESSURE] = sinusPressure(y[SINUS][i]);
        out[Observation.EPICARDIAL_PRESSURE] = pepi;
        out[Observation.LV_VOLUME] = y[LV_VOLUME][i];
        double thebesian = 0;
        for (int l = 0; l < 4; l++) {
            boolean risk = l < 2;
            boolean endo = (l & 1) == 0;
            double pext = (endo ? mc.imPressureEndo() : mc.imPressureEpi()) * plv;
            double pmicro = pext + tube(y[MICRO + l][i], microCompliance[l][i]);
            out[Observation.LAYER_FLOW + l] = ((risk ? pepi : pao) - pmicro) / arteriolarResistance[l][i];
            double pvein = pext + tube(y[VEIN + l][i], veinCompliance[l][i]);
            out[Observation.VEIN_PRESSURE + l] = pvein;
            out[Observation.RETROGRADE_FLOW + l] = Math.max(0, pvein - pmicro) / capillaryResistance[l][i];
            if (endo) {
                thebesian += Math.max(0, pvein - plv) / thebesianResistance[risk ? 0 : 1][i];
            }
        }
        out[Observation.THEBESIAN_FLOW] = thebesian;
        out[Observation.OSTIUM_FLOW] = csOstiumOpen[i] * (sinusPressure(y[SINUS][i]) - pra)
                / (constants.veins().ostiumResistanceMmHgSPerMl() * ostiumResistanceFactor[i]);
        out[Observation.MITRAL_FLOW] = Math.max(0, pla - plv) / constants.valves().mitralResistanceMmHgSPerMl();
        out[Observation.AXIAL_PUMP_FLOW] = axialPumpFlow(i, pao - plv);
        out[Observation.LA_PRESSURE] = pla;
        out[Observation.RA_PRESSURE] = pra;
        out[Observation.PULMONARY_PRESSURE] = ppa;
        out[Observation.RV_PRESSURE] = prv;
        out[Observation.RV_VOLUME] = y[RV_VOLUME][i];
        out[Observation.REGURGITANT_FLOW] = orificeFlow(eroa[i] * mitralOrificeFactor[i], plv - pla);
        out[Observation.AORTIC_VALVE_FLOW] = Math.max(0, plv - pao) / constants.valves().aorticResistanceMmHgSPerMl();
        out[Observation.SYSTEMIC_FLOW] = (pao - y[VENOUS][i]) / rsys[i];
        out[Observation.LA_PUMP_FLOW] = laPumpFlow(i, pla, pao);
        out[Observation.RA_PUMP_FLOW] = raPumpFlow(i, pra);
        out[Observation.TRICUSPID_FLOW] = Math.max(0, pra - prv) / cc.tricuspidResistanceMmHgSPerMl();
    }

    /** Arteriolar resistance of layer {@code l} of patient {@code i} at maximal dilation, mmHg s/ml. */
    public double minimalArteriolarResistance(int l, int i) {
        return minimalArteriolarResistance[l][i];
    }

    /** Mass of layer {@code l} of patient {@code i}, g. */
    public double layerMassG(int l, int i) {
        return layerMassG[l][i];
    }

    /** Beat period of patient {@code i}, s. */
    public double periodS(int i) {
        return periodS[i];
    }
}
