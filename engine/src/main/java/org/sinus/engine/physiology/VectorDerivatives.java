package org.sinus.engine.physiology;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API twin of {@link CardiovascularModel#derivatives} (STYLE.md principle 6): lanes run over patients,
 * {@link DoubleVector#SPECIES_PREFERRED} wide (8 doubles with AVX-512). Every term is the scalar code's, in the
 * scalar code's order of operations, and the elastance's cosine is the scalar code's polynomial
 * ({@link CardiovascularModel#cosHalfTurn}; {@link VectorOperators#COS} is SVML once compiled and {@link Math#cos}
 * before, so results would depend on the JIT's progress), so the two agree bit for bit: {@code VectorDerivativesTest}
 * checks it on random patients.
 *
 * <p>Piecewise terms use masks, never branches: for a two-branch term only the operand that differs is selected, and
 * the one product or cosine is taken once (the elastance's systolic and relaxation cosines share one evaluation;
 * the sinus's tube law and knee share one multiplication by its elastance; every tube law multiplies by an elastance
 * computed at load).
 * The floor of the beat count is taken with adds
 * ({@code x + 2^52 - 2^52}, exact for time never negative): a double-to-long conversion is not intrinsified on
 * JDK 17.
 *
 * <p>Shape. Small loops over the batch, each in a method of its own: pressures (LV, RV, sinus), the subepicardial
 * veins and veno-venous flow, the at-risk territory, the remote territory, the orifice, pumps and epicardial inflow,
 * the circulation;
 * intermediate results are kept in this workspace's columns. C2 compiles each method under a node-count cutoff
 * (NodeCountInliningCutoff) past which it stops inlining the Vector API's methods and boxes the vectors, several
 * times slower than the scalar loop; on JDK 17 one big loop also exhausted C1's registers. The territories park
 * their sums in the {@code dydt} rows they end up in (LV volume, sinus, aorta, epicardial node), and the last pass
 * reads them back in the scalar code's order.
 *
 * <p>A mutable workspace owned by one thread, like its model. Created only by {@link CardiovascularModel} after
 * {@link KernelPath#vectorAvailable()} found the incubator module, so a JVM started without {@code --add-modules
 * jdk.incubator.vector} never loads this class.
 */
final class VectorDerivatives {
    /** The lanes: the platform's preferred width. */
    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final double TWO_52 = 0x1p52;
    static final DoubleVector ONE = DoubleVector.broadcast(S, 1);
    static final DoubleVector ZERO = DoubleVector.zero(S);

    private final double[] lvPressure;
    private final double[] rvPressure;
    private final double[] sinusPressure;
    private final double[] epiVeinRisk;
    private final double[] epiVeinRemote;
    private final double[] venoVenous;
    private final double[] regurgitant;
    private final double[] axialPump;
    private final double[] laPump;
    private final double[] raPump;
    private final double[] culpritIn;

    /** @param capacity the most patients a batch holds */
    VectorDerivatives(int capacity) {
        lvPressure = new double[capacity];
        rvPressure = new double[capacity];
        sinusPressure = new double[capacity];
        epiVeinRisk = new double[capacity];
        epiVeinRemote = new double[capacity];
        venoVenous = new double[capacity];
        regurgitant = new double[capacity];
        axialPump = new double[capacity];
        laPump = new double[capacity];
        raPump = new double[capacity];
        culpritIn = new double[capacity];
    }

    /** Lanes per vector. */
    static int lanes() {
        return S.length();
    }

    /** Bytes of this workspace per patient. */
    static int bytesPerPatient() {
        return 11 * Double.BYTES;
    }

    /**
     * Writes {@code dydt} for the patients {@code [from, from + k lanes)} that fill whole vectors; modifies only
     * {@code dydt} and this workspace; allocates nothing once compiled.
     *
     * @return the first patient not written (the caller's scalar loop takes the tail)
     */
    int derivatives(CardiovascularModel m, double timeS, double[][] y, double[][] dydt, int from, int to) {
        int upper = from + S.loopBound(to - from);
        pressures(m, timeS, y, from, upper);
        epicardialVeins(m, y, dydt, from, upper);
        territory(m, 0, y, dydt, from, upper);
        territory(m, 1, y, dydt, from, upper);
        orificeAndPumps(m, y, from, upper);
        circulation(m, y, dydt, from, upper);
        return upper;
    }

    /**
     * LV and RV pressure (time-varying elastances, Heldt's activation, one cosine) and sinus pressure (tube law below
     * the knee, stiffer above it), kept in this workspace's columns.
     */
    private void pressures(CardiovascularModel m, double timeS, double[][] y, int from, int upper) {
        ModelConstants.Veins vc = m.constants().veins();
        double sinusC = vc.sinusComplianceMlPerMmHg();
        double sinusE = m.reciprocals.sinus();
        double knee = vc.sinusKneeMmHg();
        double kneeVolume = sinusC * knee;
        ModelConstants.Circulation cc = m.constants().circulation();
        double rvEmin = cc.rvEminMmHgPerMl();
        double rvV0 = cc.rvV0Ml();
        double[] vrvs = y[CardiovascularModel.RV_VOLUME];
        DoubleVector time = DoubleVector.broadcast(S, timeS);
        double[] vlvs = y[CardiovascularModel.LV_VOLUME];
        double[] vcss = y[CardiovascularModel.SINUS];
        for (int i = from; i < upper; i += S.length()) {
            sinusPressure(DoubleVector.fromArray(S, vcss, i), sinusE, knee, kneeVolume).intoArray(sinusPressure, i);
            DoubleVector act = activation(time, m, i);
            DoubleVector emin = DoubleVector.fromArray(S, m.emin, i);
            DoubleVector e = emin.add(DoubleVector.fromArray(S, m.emax, i).sub(emin).mul(act));
            DoubleVector plv = e.mul(DoubleVector.fromArray(S, vlvs, i).sub(DoubleVector.fromArray(S, m.v0, i)));
            plv.intoArray(lvPressure, i);
            DoubleVector rvEmax = DoubleVector.fromArray(S, m.rvEmax, i);
            DoubleVector erv = rvEmax.sub(rvEmin).mul(act).add(rvEmin);
            erv.mul(DoubleVector.fromArray(S, vrvs, i).sub(rvV0)).intoArray(rvPressure, i);
        }
    }

    /**
     * The subepicardial veins' pressures and the veno-venous flow; zeroes the LV and sinus rows of {@code dydt},
     * where the territories add their Thebesian and drain flows. A method of its own: C2 compiles each method
     * under a node-count cutoff, past which it stops inlining and boxes vectors.
     */
    private void epicardialVeins(CardiovascularModel m, double[][] y, double[][] dydt, int from, int upper) {
        double gEpi = m.constants().microcirculation().imPressureEpi();
        double[] veinRisk = y[CardiovascularModel.VEIN + CardiovascularModel.RISK_EPI];
        double[] veinRemote = y[CardiovascularModel.VEIN + CardiovascularModel.REMOTE_EPI];
        double[] elastanceRisk = m.veinElastance[CardiovascularModel.RISK_EPI];
        double[] elastanceRemote = m.veinElastance[CardiovascularModel.REMOTE_EPI];
        for (int i = from; i < upper; i += S.length()) {
            DoubleVector pexEpi = DoubleVector.fromArray(S, lvPressure, i).mul(gEpi);
            DoubleVector risk = pexEpi.add(tubeE(veinRisk, elastanceRisk, i));
            DoubleVector remote = pexEpi.add(tubeE(veinRemote, elastanceRemote, i));
            risk.intoArray(epiVeinRisk, i);
            remote.intoArray(epiVeinRemote, i);
            risk.sub(remote).mul(DoubleVector.fromArray(S, m.venoVenousConductance, i)).intoArray(venoVenous, i);
            ZERO.intoArray(dydt[CardiovascularModel.LV_VOLUME], i);
            ZERO.intoArray(dydt[CardiovascularModel.SINUS], i);
        }
    }

    /**
     * One territory's layers ({@code t} 0 at risk, fed by the epicardial node; 1 remote, fed by the aorta): writes
     * their four rows of {@code dydt}, adds its Thebesian and drain flows to the LV and sinus rows (so they sum from
     * 0, as the scalar code's do) and parks its arterial inflow in the epicardial (t = 0) or aortic (t = 1) row.
     */
    private void territory(CardiovascularModel m, int t, double[][] y, double[][] dydt, int from, int upper) {
        ModelConstants.Microcirculation mc = m.constants().microcirculation();
        double gEndo = mc.imPressureEndo();
        double gEpi = mc.imPressureEpi();
        int endo = 2 * t;
        int epi = endo + 1;
        double[] source = y[t == 0 ? CardiovascularModel.EPICARDIAL : CardiovascularModel.AORTA];
        double[] epiVein = t == 0 ? epiVeinRisk : epiVeinRemote;
        // x + (-1 v) is x - v exactly (IEEE 754 defines subtraction so): the scalar code's "- venoVenous" for t = 0.
        double venoVenousSign = t == 0 ? -1 : 1;
        double[] microEndo = y[CardiovascularModel.MICRO + endo];
        double[] microEpi = y[CardiovascularModel.MICRO + epi];
        double[] veinEndo = y[CardiovascularModel.VEIN + endo];
        double[] eMicroEndo = m.microElastance[endo];
        double[] eMicroEpi = m.microElastance[epi];
        double[] eVeinEndo = m.veinElastance[endo];
        double[] gaEndo = m.arteriolarConductance[endo];
        double[] gaEpi = m.arteriolarConductance[epi];
        double[] gcEndo = m.capillaryConductance[endo];
        double[] gcEpi = m.capillaryConductance[epi];
        double[] gth = m.thebesianConductance[t];
        double[] gtm = m.transmuralConductance[t];
        double[] gd = m.drainConductance[t];
        double[] dMicroEndo = dydt[CardiovascularModel.MICRO + endo];
        double[] dMicroEpi = dydt[CardiovascularModel.MICRO + epi];
        double[] dVeinEndo = dydt[CardiovascularModel.VEIN + endo];
        double[] dVeinEpi = dydt[CardiovascularModel.VEIN + epi];
        double[] thebesian = dydt[CardiovascularModel.LV_VOLUME];
        double[] toSinus = dydt[CardiovascularModel.SINUS];
        double[] arterial = dydt[t == 0 ? CardiovascularModel.EPICARDIAL : CardiovascularModel.AORTA];
        for (int i = from; i < upper; i += S.length()) {
            DoubleVector plv = DoubleVector.fromArray(S, lvPressure, i);
            DoubleVector pexEndo = plv.mul(gEndo);
            DoubleVector pexEpi = plv.mul(gEpi);
            DoubleVector src = DoubleVector.fromArray(S, source, i);
            DoubleVector pEpiVein = DoubleVector.fromArray(S, epiVein, i);
            DoubleVector pEndo = pexEndo.add(tubeE(microEndo, eMicroEndo, i));
            DoubleVector pEpi = pexEpi.add(tubeE(microEpi, eMicroEpi, i));
            DoubleVector pEndoVein = pexEndo.add(tubeE(veinEndo, eVeinEndo, i));
            DoubleVector qaEndo = src.sub(pEndo).mul(DoubleVector.fromArray(S, gaEndo, i));
            DoubleVector qaEpi = src.sub(pEpi).mul(DoubleVector.fromArray(S, gaEpi, i));
            DoubleVector qcEndo = pEndo.sub(pEndoVein).mul(DoubleVector.fromArray(S, gcEndo, i));
            DoubleVector qcEpi = pEpi.sub(pEpiVein).mul(DoubleVector.fromArray(S, gcEpi, i));
            DoubleVector qth = pEndoVein.sub(plv).max(0).mul(DoubleVector.fromArray(S, gth, i));
            DoubleVector qtm = pEndoVein.sub(pEpiVein).mul(DoubleVector.fromArray(S, gtm, i));
            DoubleVector drop = pEpiVein.sub(DoubleVector.fromArray(S, sinusPressure, i));
            if (t == 0) { // the scalar code's "greatVeinOpen x drop"; 1 x drop is drop exactly for the remote territory
                drop = DoubleVector.fromArray(S, m.greatVeinOpen, i).mul(drop);
            }
            DoubleVector qdrain = drop.mul(DoubleVector.fromArray(S, gd, i));
            qaEndo.sub(qcEndo).intoArray(dMicroEndo, i);
            qaEpi.sub(qcEpi).intoArray(dMicroEpi, i);
            qcEndo.sub(qth).sub(qtm).intoArray(dVeinEndo, i);
            DoubleVector dEpiVein = qcEpi.add(qtm).sub(qdrain)
                    .add(DoubleVector.fromArray(S, venoVenous, i).mul(venoVenousSign));
            if (t == 0) {
                dEpiVein = dEpiVein.add(DoubleVector.fromArray(S, m.greatVeinPumpMlPerS, i));
            }
            dEpiVein.intoArray(dVeinEpi, i);
            DoubleVector.fromArray(S, thebesian, i).add(qth).intoArray(thebesian, i);
            DoubleVector.fromArray(S, toSinus, i).add(qdrain).intoArray(toSinus, i);
            qaEndo.add(qaEpi).intoArray(arterial, i);
        }
    }

    /**
     * The mitral regurgitant flow, the three pumps' flows and the epicardial node's inflow (culprit artery with its
     * stenosis, and collaterals), kept in this workspace's columns: a loop of their own,
     * because inlined into {@link #circulation} they take C2 past its node-count cutoff and their vectors are boxed.
     */
    private void orificeAndPumps(CardiovascularModel m, double[][] y, int from, int upper) {
        double[] aorta = y[CardiovascularModel.AORTA];
        double[] epicardial = y[CardiovascularModel.EPICARDIAL];
        double[] ra = y[CardiovascularModel.RA];
        double[] la = y[CardiovascularModel.LA];
        double recruitment = m.constants().microcirculation().collateralRecruitmentPerMmHg();
        double knee = m.constants().veins().sinusKneeMmHg();
        for (int i = from; i < upper; i += S.length()) {
            DoubleVector plv = DoubleVector.fromArray(S, lvPressure, i);
            DoubleVector pao = DoubleVector.fromArray(S, aorta, i);
            DoubleVector pla = DoubleVector.fromArray(S, la, i);
            regurgitant(m, plv, pla, i).intoArray(regurgitant, i);
            axialPump(m, pao, plv, i).intoArray(axialPump, i);
            laPump(m, pla, pao, i).intoArray(laPump, i);
            raPump(m, DoubleVector.fromArray(S, ra, i), i).intoArray(raPump, i);
            DoubleVector dpEpi = pao.sub(DoubleVector.fromArray(S, epicardial, i));
            DoubleVector a = ONE.div(DoubleVector.fromArray(S, m.culpritConductance, i)
                    .mul(DoubleVector.fromArray(S, m.culpritConductanceFactor, i)))
                    .add(DoubleVector.fromArray(S, m.stenosisViscous, i));
            DoubleVector root = a.mul(a).add(DoubleVector.fromArray(S, m.stenosisInertial, i).mul(4)
                    .mul(dpEpi.abs())).lanewise(VectorOperators.SQRT);
            DoubleVector recruited = DoubleVector.fromArray(S, sinusPressure, i).sub(knee).max(0).mul(recruitment)
                    .add(1);
            dpEpi.mul(2).div(a.add(root)).add(DoubleVector.fromArray(S, m.collateralConductance, i).mul(recruited)
                    .mul(dpEpi)).intoArray(culpritIn, i);
        }
    }

    /**
     * Valves, actuators, the closed loop (aorta, systemic veins, right heart, pulmonary side, left atrium), sinus and
     * epicardial node, reading the territories' sums from {@code dydt}.
     */
    private void circulation(CardiovascularModel m, double[][] y, double[][] dydt, int from, int upper) {
        double ostiumR = m.constants().veins().ostiumResistanceMmHgSPerMl();
        CardiovascularModel.Reciprocals g = m.reciprocals;
        double[] aorta = y[CardiovascularModel.AORTA];
        double[] venous = y[CardiovascularModel.VENOUS];
        double[] ra = y[CardiovascularModel.RA];
        double[] pulmonary = y[CardiovascularModel.PULMONARY];
        double[] la = y[CardiovascularModel.LA];
        double[] dLv = dydt[CardiovascularModel.LV_VOLUME];
        double[] dAorta = dydt[CardiovascularModel.AORTA];
        double[] dSinus = dydt[CardiovascularModel.SINUS];
        double[] dEpicardial = dydt[CardiovascularModel.EPICARDIAL];
        for (int i = from; i < upper; i += S.length()) {
            DoubleVector plv = DoubleVector.fromArray(S, lvPressure, i);
            DoubleVector prv = DoubleVector.fromArray(S, rvPressure, i);
            DoubleVector pcs = DoubleVector.fromArray(S, sinusPressure, i);
            DoubleVector pao = DoubleVector.fromArray(S, aorta, i);
            DoubleVector psv = DoubleVector.fromArray(S, venous, i);
            DoubleVector pra = DoubleVector.fromArray(S, ra, i);
            DoubleVector ppa = DoubleVector.fromArray(S, pulmonary, i);
            DoubleVector pla = DoubleVector.fromArray(S, la, i);
            DoubleVector qmv = pla.sub(plv).max(0).mul(g.mitral());
            DoubleVector qmr = DoubleVector.fromArray(S, regurgitant, i);
            DoubleVector qav = plv.sub(pao).max(0).mul(g.aortic());
            DoubleVector qtv = pra.sub(prv).max(0).mul(g.tricuspid());
            DoubleVector qpv = prv.sub(ppa).max(0).mul(g.pulmonaryValve());
            DoubleVector qsys = pao.sub(psv).div(DoubleVector.fromArray(S, m.rsys, i));
            DoubleVector qven = psv.sub(pra).mul(g.venousReturn());
            DoubleVector qpul = ppa.sub(pla).mul(g.pulmonary());
            DoubleVector ostium = DoubleVector.fromArray(S, m.csOstiumOpen, i).mul(pcs.sub(pra))
                    .div(DoubleVector.fromArray(S, m.ostiumResistanceFactor, i).mul(ostiumR));
            DoubleVector intoSinus = DoubleVector.fromArray(S, m.sinusPumpMlPerS, i)
                    .add(DoubleVector.fromArray(S, m.graftConductance, i).mul(pao.sub(pcs)));
            DoubleVector axial = DoubleVector.fromArray(S, axialPump, i);
            DoubleVector laPump = DoubleVector.fromArray(S, this.laPump, i);
            DoubleVector raPump = DoubleVector.fromArray(S, this.raPump, i);
            DoubleVector epicardialIn = DoubleVector.fromArray(S, culpritIn, i);
            DoubleVector arterialToRisk = DoubleVector.fromArray(S, dEpicardial, i);
            DoubleVector arterialToRemote = DoubleVector.fromArray(S, dAorta, i);
            DoubleVector free = ONE.sub(DoubleVector.fromArray(S, m.atriaHeld, i));

            qmv.sub(qmr).sub(qav).add(DoubleVector.fromArray(S, dLv, i)).sub(axial).intoArray(dLv, i);
            qav.add(axial).add(laPump).add(raPump).add(DoubleVector.fromArray(S, m.aorticBalloonRateMlPerS, i))
                    .sub(qsys).sub(arterialToRemote).sub(epicardialIn).sub(intoSinus)
                    .sub(DoubleVector.fromArray(S, m.greatVeinPumpMlPerS, i))
                    .mul(DoubleVector.fromArray(S, m.arterialElastance, i)).intoArray(dAorta, i);
            DoubleVector.fromArray(S, dSinus, i).add(intoSinus).sub(ostium).intoArray(dSinus, i);
            epicardialIn.sub(arterialToRisk).mul(g.epicardial()).intoArray(dEpicardial, i);
            qsys.sub(qven).mul(g.venous()).intoArray(dydt[CardiovascularModel.VENOUS], i);
            free.mul(qven.add(ostium).sub(qtv).sub(raPump)).mul(g.ra()).intoArray(dydt[CardiovascularModel.RA], i);
            qtv.sub(qpv).intoArray(dydt[CardiovascularModel.RV_VOLUME], i);
            qpv.sub(qpul).mul(g.pulmonaryArterial()).intoArray(dydt[CardiovascularModel.PULMONARY], i);
            free.mul(qpul.add(qmr).sub(qmv).sub(laPump)).mul(g.la()).intoArray(dydt[CardiovascularModel.LA], i);
        }
    }

    /**
     * {@link CardiovascularModel#activation} at {@code time} in the beats of lanes {@code i..}: the beat count by the
     * beat rate and its floor by adds, the systolic and relaxation cosines in one polynomial, their phases by the
     * phase rate (no division).
     */
    static DoubleVector activation(DoubleVector time, CardiovascularModel m, int i) {
        DoubleVector period = DoubleVector.fromArray(S, m.periodS, i);
        DoubleVector beats = time.mul(DoubleVector.fromArray(S, m.beatRate, i));
        DoubleVector rounded = beats.add(TWO_52).sub(TWO_52);
        DoubleVector floor = rounded.sub(ONE.blend(ZERO, rounded.compare(VectorOperators.LE, beats)));
        DoubleVector tb = time.sub(floor.mul(period));
        DoubleVector ts = DoubleVector.fromArray(S, m.systoleS, i);
        VectorMask<Double> systole = tb.compare(VectorOperators.LT, ts);
        DoubleVector relax = tb.sub(ts);
        DoubleVector relaxS = ts.mul(CardiovascularModel.RELAXATION_FRACTION);
        VectorMask<Double> relaxed = relax.compare(VectorOperators.LT, relaxS).not();
        DoubleVector rate = DoubleVector.fromArray(S, m.phaseRate, i);
        DoubleVector cos = cosHalfTurn(relax.blend(tb, systole)
                .mul(rate.mul(CardiovascularModel.RELAXATION_SPEED_UP).blend(rate, systole)));
        return cos.add(1).mul(0.5).blend(ZERO, relaxed).blend(ONE.sub(cos).mul(0.5), systole);
    }

    /** {@link CardiovascularModel#cosHalfTurn}, the same operations in the same order. */
    static DoubleVector cosHalfTurn(DoubleVector x) {
        double[] c = CardiovascularModel.SIN_SERIES;
        DoubleVector u = x.sub(CardiovascularModel.HALF_PI);
        DoubleVector u2 = u.mul(u);
        DoubleVector p = DoubleVector.broadcast(S, c[8]);
        p = p.mul(u2).add(c[7]);
        p = p.mul(u2).add(c[6]);
        p = p.mul(u2).add(c[5]);
        p = p.mul(u2).add(c[4]);
        p = p.mul(u2).add(c[3]);
        p = p.mul(u2).add(c[2]);
        p = p.mul(u2).add(c[1]);
        p = p.mul(u2).add(c[0]);
        return u.add(u.mul(u2.mul(p))).neg();
    }

    /**
     * {@link CardiovascularModel#sinusPressure} of stressed volume {@code v}, by the sinus's {@code elastance} (the
     * reciprocal of its compliance): one multiplication per lane for both branches.
     */
    static DoubleVector sinusPressure(DoubleVector v, double elastance, double knee, double kneeVolume) {
        VectorMask<Double> aboveKnee = v.compare(VectorOperators.GT, kneeVolume);
        DoubleVector q = tubeNumerator(v).blend(v.sub(kneeVolume).mul(ModelConstants.SINUS_STIFFENING), aboveKnee)
                .mul(elastance);
        return q.blend(q.add(knee), aboveKnee);
    }

    /** {@link CardiovascularModel#orificeFlow} through lanes {@code i..}'s mitral orifice, LV {@code plv}, LA {@code pla}. */
    static DoubleVector regurgitant(CardiovascularModel m, DoubleVector plv, DoubleVector pla, int i) {
        DoubleVector dp = plv.sub(pla);
        return DoubleVector.fromArray(S, m.eroa, i).mul(DoubleVector.fromArray(S, m.mitralOrificeFactor, i))
                .mul(ModelConstants.ORIFICE_CM_PER_S_PER_SQRT_MMHG).mul(dp)
                .div(dp.add(ModelConstants.ORIFICE_SMOOTHING_MMHG).lanewise(VectorOperators.SQRT))
                .blend(ZERO, dp.compare(VectorOperators.LE, 0));
    }

    /** {@link CardiovascularModel#axialPumpFlow} of lanes {@code i..} against the head {@code pao - plv}. */
    static DoubleVector axialPump(CardiovascularModel m, DoubleVector pao, DoubleVector plv, int i) {
        DoubleVector q0 = DoubleVector.fromArray(S, m.axialPumpFlowAtZeroHeadMlPerS, i);
        return q0.sub(DoubleVector.fromArray(S, m.axialPumpHeadSlopeMlPerSPerMmHg, i).mul(pao.sub(plv))).max(0)
                .blend(ZERO, q0.compare(VectorOperators.EQ, 0));
    }

    /** {@link CardiovascularModel#laPumpFlow} of lanes {@code i..}. */
    static DoubleVector laPump(CardiovascularModel m, DoubleVector pla, DoubleVector pao, int i) {
        DoubleVector q0 = DoubleVector.fromArray(S, m.laPumpFlowAtZeroHeadMlPerS, i);
        return q0.sub(DoubleVector.fromArray(S, m.laPumpHeadSlopeMlPerSPerMmHg, i).mul(pao.sub(pla))).max(0)
                .mul(drainable(pla)).blend(ZERO, q0.compare(VectorOperators.EQ, 0));
    }

    /** {@link CardiovascularModel#raPumpFlow} of lanes {@code i..}. */
    static DoubleVector raPump(CardiovascularModel m, DoubleVector pra, int i) {
        DoubleVector q = DoubleVector.fromArray(S, m.raPumpFlowMlPerS, i);
        return q.mul(drainable(pra)).blend(ZERO, q.compare(VectorOperators.EQ, 0));
    }

    /** {@link CardiovascularModel#drainable}: {@code min(1, max(0, p SUCTION_PER_MMHG))}. */
    static DoubleVector drainable(DoubleVector p) {
        return p.mul(ModelConstants.SUCTION_PER_MMHG).max(0).min(1);
    }

    /** {@link CardiovascularModel#tube} of {@code v[i..]} over {@code compliance[i..]}: one division per lane. */
    static DoubleVector tube(double[] v, double[] compliance, int i) {
        return tubeNumerator(DoubleVector.fromArray(S, v, i)).div(DoubleVector.fromArray(S, compliance, i));
    }

    /** {@link CardiovascularModel#tubeE} of {@code v[i..]} by {@code elastance[i..]}: multiplications only. */
    static DoubleVector tubeE(double[] v, double[] elastance, int i) {
        return tubeNumerator(DoubleVector.fromArray(S, v, i)).mul(DoubleVector.fromArray(S, elastance, i));
    }

    /** The tube law's numerator: {@code v} when open, {@code v COLLAPSE_STIFFENING} when collapsed. */
    private static DoubleVector tubeNumerator(DoubleVector v) {
        return v.blend(v.mul(ModelConstants.COLLAPSE_STIFFENING), v.compare(VectorOperators.LT, 0));
    }
}
