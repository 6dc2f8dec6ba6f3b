package org.sinus.engine.physiology;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The Vector API twin of the kernel's per-step bookkeeping ({@code Kernel.accumulate}, which reads
 * {@link CardiovascularModel#observe}): the left Riemann sums of the observed pressures and flows over the beat, the
 * beat's extremes and the pressure-volume loop's area, lanes over patients. Every observed quantity is computed with
 * {@code observe}'s terms in its order, and every sum as {@code accumulate} adds it, so a lane's sums are the scalar
 * code's bit for bit except through the activation's cosine ({@link VectorDerivatives}). Many small loops, each in
 * its own method: C2 compiles a method under a node-count cutoff past which it stops inlining the Vector API and
 * boxes vectors, several times slower ({@link VectorDerivatives}).
 *
 * <p>Lanes of patients that are done are summed too (their sums are never read again) and must hold finite or
 * harmless values, as the kernel keeps them. A mutable workspace owned by one thread, created only on the vector path.
 */
final class VectorBookkeeping {
    private final CardiovascularModel model;
    private final double[][] beat;
    private final double[] sinusMax;
    private final double[] sinusMin;
    private final double[] aortaMax;
    private final double[] aortaMin;
    private final double[] lvMax;
    private final double[] volumeMax;
    private final double[] volumeMin;
    private final double[] lastVolume;
    private final double[] lastPressure;
    private final double[] veinMax;
    private final double[] lvPressure;
    private final double[] rvPressure;
    private final double[] sinusPressure;

    /**
     * @param model the model observed
     * @param beat the kernel's beat sums by {@code Kernel.B_*} row
     * @param extremes the beat's extremes and loop-area memory: sinus max and min, aortic max and min, LV pressure
     *     max, LV volume max and min, the last step's LV volume and pressure (NaN before the first step), the at-risk
     *     subepicardial vein pressure's max
     */
    VectorBookkeeping(CardiovascularModel model, double[][] beat, double[]... extremes) {
        this.model = model;
        this.beat = beat;
        sinusMax = extremes[0];
        sinusMin = extremes[1];
        aortaMax = extremes[2];
        aortaMin = extremes[3];
        lvMax = extremes[4];
        volumeMax = extremes[5];
        volumeMin = extremes[6];
        lastVolume = extremes[7];
        lastPressure = extremes[8];
        veinMax = extremes[9];
        lvPressure = new double[model.capacity()];
        rvPressure = new double[model.capacity()];
        sinusPressure = new double[model.capacity()];
    }

    /** Bytes of this workspace per patient. */
    static int bytesPerPatient() {
        return 3 * Double.BYTES;
    }

    /**
     * Adds the observations at {@code timeS} of patients {@code [from, from + k lanes)} to their beat sums, weighted
     * by {@code dt}.
     *
     * @return the first patient not summed (the caller's scalar loop takes the tail)
     */
    int accumulate(double timeS, double dt, double[][] y, int from, int to) {
        int upper = from + VectorDerivatives.S.loopBound(to - from);
        pressures(timeS, y, from, upper);
        states(dt, y, from, upper);
        circulation(dt, y, from, upper);
        extremes(y, from, upper);
        arterial(0, dt, y, from, upper);
        arterial(1, dt, y, from, upper);
        thebesian(dt, y, from, upper);
        riskVeins(CardiovascularModel.RISK_ENDO, dt, y, from, upper);
        riskVeins(CardiovascularModel.RISK_EPI, dt, y, from, upper);
        flows(dt, y, from, upper);
        orificeAndPumps(dt, y, from, upper);
        return upper;
    }

    /** LV and RV pressures, kept in this workspace's columns. */
    private void pressures(double timeS, double[][] y, int from, int upper) {
        CardiovascularModel m = model;
        ModelConstants.Circulation cc = m.constants().circulation();
        double rvEmin = cc.rvEminMmHgPerMl();
        double rvV0 = cc.rvV0Ml();
        DoubleVector time = DoubleVector.broadcast(VectorDerivatives.S, timeS);
        for (int i = from; i < upper; i += VectorDerivatives.S.length()) {
            DoubleVector act = VectorDerivatives.activation(time, m, i);
            DoubleVector emin = load(m.emin, i);
            DoubleVector v = load(y[CardiovascularModel.LV_VOLUME], i);
            emin.add(load(m.emax, i).sub(emin).mul(act)).mul(v.sub(load(m.v0, i))).intoArray(lvPressure, i);
            DoubleVector rvEmax = load(m.rvEmax, i);
            rvEmax.sub(rvEmin).mul(act).add(rvEmin).mul(load(y[CardiovascularModel.RV_VOLUME], i).sub(rvV0))
                    .intoArray(rvPressure, i);
        }
    }

    /** Sinus pressure (kept); sums of the aortic, sinus and epicardial pressures. */
    private void states(double dt, double[][] y, int from, int upper) {
        CardiovascularModel m = model;
        ModelConstants.Veins vc = m.constants().veins();
        double sinusC = vc.sinusComplianceMlPerMmHg();
        double sinusE = m.reciprocals.sinus();
        double knee = vc.sinusKneeMmHg();
        double kneeVolume = sinusC * knee;
        DoubleVector step = DoubleVector.broadcast(VectorDerivatives.S, dt);
        for (int i = from; i < upper; i += VectorDerivatives.S.length()) {
            DoubleVector pcs = VectorDerivatives.sinusPressure(load(y[CardiovascularModel.SINUS], i), sinusE, knee,
                    kneeVolume);
            pcs.intoArray(sinusPressure, i);
            add(Kernel.B_TIME, step, i);
            sum(Kernel.B_AORTA, load(y[CardiovascularModel.AORTA], i), dt, i);
            sum(Kernel.B_SINUS, pcs, dt, i);
            sum(Kernel.B_EPICARDIAL, load(y[CardiovascularModel.EPICARDIAL], i), dt, i);
        }
    }

    /** Sums of the occlusion and of the atrial and pulmonary pressures. */
    private void circulation(double dt, double[][] y, int from, int upper) {
        CardiovascularModel m = model;
        for (int i = from; i < upper; i += VectorDerivatives.S.length()) {
            sum(Kernel.B_OCCLUDED, VectorDerivatives.ONE.sub(load(m.csOstiumOpen, i)), dt, i);
            sum(Kernel.B_LA, load(y[CardiovascularModel.LA], i), dt, i);
            sum(Kernel.B_RA, load(y[CardiovascularModel.RA], i), dt, i);
            sum(Kernel.B_PULMONARY, load(y[CardiovascularModel.PULMONARY], i), dt, i);
        }
    }

    /** The beat's extremes and the pressure-volume loop's area (trapezoids; ejection counts positive). */
    private void extremes(double[][] y, int from, int upper) {
        for (int i = from; i < upper; i += VectorDerivatives.S.length()) {
            DoubleVector pcs = load(sinusPressure, i);
            DoubleVector pao = load(y[CardiovascularModel.AORTA], i);
            DoubleVector v = load(y[CardiovascularModel.LV_VOLUME], i);
            DoubleVector plv = load(lvPressure, i);
            load(sinusMax, i).max(pcs).intoArray(sinusMax, i);
            load(sinusMin, i).min(pcs).intoArray(sinusMin, i);
            load(aortaMax, i).max(pao).intoArray(aortaMax, i);
            load(aortaMin, i).min(pao).intoArray(aortaMin, i);
            load(volumeMax, i).max(v).intoArray(volumeMax, i);
            load(volumeMin, i).min(v).intoArray(volumeMin, i);
            load(lvMax, i).max(plv).intoArray(lvMax, i);
            DoubleVector lastV = load(lastVolume, i);
            VectorMask<Double> started = lastV.compare(VectorOperators.EQ, lastV); // not NaN: a step before
            DoubleVector work = load(beat[Kernel.B_WORK], i);
            work.blend(work.add(plv.add(load(lastPressure, i)).mul(0.5).mul(lastV.sub(v))), started)
                    .intoArray(beat[Kernel.B_WORK], i);
            v.intoArray(lastVolume, i);
            plv.intoArray(lastPressure, i);
        }
    }

    /** Arterial inflow of territory {@code t}'s layers (0 at risk, fed by the epicardial node; 1 remote). */
    private void arterial(int t, double dt, double[][] y, int from, int upper) {
        CardiovascularModel m = model;
        ModelConstants.Microcirculation mc = m.constants().microcirculation();
        double gEndo = mc.imPressureEndo();
        double gEpi = mc.imPressureEpi();
        int endo = 2 * t;
        int epi = endo + 1;
        double[] source = y[t == 0 ? CardiovascularModel.EPICARDIAL : CardiovascularModel.AORTA];
        for (int i = from; i < upper; i += VectorDerivatives.S.length()) {
            DoubleVector plv = load(lvPressure, i);
            DoubleVector src = load(source, i);
            DoubleVector pEndo = plv.mul(gEndo).add(layer(y, CardiovascularModel.MICRO, m.microCompliance, endo, i));
            DoubleVector pEpi = plv.mul(gEpi).add(layer(y, CardiovascularModel.MICRO, m.microCompliance, epi, i));
            sum(Kernel.B_FLOW + endo, src.sub(pEndo).div(load(m.arteriolarResistance[endo], i)), dt, i);
            sum(Kernel.B_FLOW + epi, src.sub(pEpi).div(load(m.arteriolarResistance[epi], i)), dt, i);
        }
    }

    /** Thebesian outflow of both territories' subendocardial veins into the LV, summed at risk then remote. */
    private void thebesian(double dt, double[][] y, int from, int upper) {
        CardiovascularModel m = model;
        double gEndo = m.constants().microcirculation().imPressureEndo();
        int risk = CardiovascularModel.RISK_ENDO;
        int remote = CardiovascularModel.REMOTE_ENDO;
        for (int i = from; i < upper; i += VectorDerivatives.S.length()) {
            DoubleVector plv = load(lvPressure, i);
            DoubleVector pex = plv.mul(gEndo);
            DoubleVector atRisk = pex.add(layer(y, CardiovascularModel.VEIN, m.veinCompliance, risk, i)).sub(plv)
                    .max(0).div(load(m.thebesianResistance[0], i));
            DoubleVector atRemote = pex.add(layer(y, CardiovascularModel.VEIN, m.veinCompliance, remote, i)).sub(plv)
                    .max(0).div(load(m.thebesianResistance[1], i));
            sum(Kernel.B_THEBESIAN, atRisk.add(atRemote), dt, i);
        }
    }

    /**
     * At-risk layer {@code l}'s retrograde flow (vein to microvessels); for the subepicardium also its vein pressure.
     */
    private void riskVeins(int l, double dt, double[][] y, int from, int upper) {
        CardiovascularModel m = model;
        ModelConstants.Microcirculation mc = m.constants().microcirculation();
        double g = l == CardiovascularModel.RISK_ENDO ? mc.imPressureEndo() : mc.imPressureEpi();
        for (int i = from; i < upper; i += VectorDerivatives.S.length()) {
            DoubleVector pex = load(lvPressure, i).mul(g);
            DoubleVector pMicro = pex.add(layer(y, CardiovascularModel.MICRO, m.microCompliance, l, i));
            DoubleVector pVein = pex.add(layer(y, CardiovascularModel.VEIN, m.veinCompliance, l, i));
            if (l == CardiovascularModel.RISK_EPI) {
                sum(Kernel.B_VEIN_RISK, pVein, dt, i);
                load(veinMax, i).max(pVein).intoArray(veinMax, i);
            }
            sum(Kernel.B_RETRO + l, pVein.sub(pMicro).max(0).div(load(m.capillaryResistance[l], i)), dt, i);
        }
    }

    /** Valve and systemic flows. */
    private void flows(double dt, double[][] y, int from, int upper) {
        CardiovascularModel m = model;
        ModelConstants.Valves valves = m.constants().valves();
        double rmv = valves.mitralResistanceMmHgSPerMl();
        double rav = valves.aorticResistanceMmHgSPerMl();
        double rtv = m.constants().circulation().tricuspidResistanceMmHgSPerMl();
        for (int i = from; i < upper; i += VectorDerivatives.S.length()) {
            DoubleVector plv = load(lvPressure, i);
            DoubleVector pao = load(y[CardiovascularModel.AORTA], i);
            DoubleVector pra = load(y[CardiovascularModel.RA], i);
            sum(Kernel.B_MITRAL, load(y[CardiovascularModel.LA], i).sub(plv).max(0).div(rmv), dt, i);
            sum(Kernel.B_TRICUSPID, pra.sub(load(rvPressure, i)).max(0).div(rtv), dt, i);
            sum(Kernel.B_AORTIC_VALVE, plv.sub(pao).max(0).div(rav), dt, i);
            sum(Kernel.B_SYSTEMIC, pao.sub(load(y[CardiovascularModel.VENOUS], i)).div(load(m.rsys, i)), dt, i);
        }
    }

    /** The mitral regurgitant flow and the three pumps' flows. */
    private void orificeAndPumps(double dt, double[][] y, int from, int upper) {
        CardiovascularModel m = model;
        for (int i = from; i < upper; i += VectorDerivatives.S.length()) {
            DoubleVector plv = load(lvPressure, i);
            DoubleVector pao = load(y[CardiovascularModel.AORTA], i);
            DoubleVector pla = load(y[CardiovascularModel.LA], i);
            sum(Kernel.B_REGURGITANT, VectorDerivatives.regurgitant(m, plv, pla, i), dt, i);
            sum(Kernel.B_PUMPS, VectorDerivatives.axialPump(m, pao, plv, i).add(VectorDerivatives.laPump(m, pla, pao, i))
                    .add(VectorDerivatives.raPump(m, load(y[CardiovascularModel.RA], i), i)), dt, i);
        }
    }

    /** {@link CardiovascularModel#tube} of layer {@code l}'s compartment in the state block starting at {@code row}. */
    private static DoubleVector layer(double[][] y, int row, double[][] compliance, int l, int i) {
        return VectorDerivatives.tube(y[row + l], compliance[l], i);
    }

    private static DoubleVector load(double[] a, int i) {
        return DoubleVector.fromArray(VectorDerivatives.S, a, i);
    }

    /** {@code beat[row] += x * dt} over lanes {@code i..}. */
    private void sum(int row, DoubleVector x, double dt, int i) {
        add(row, x.mul(dt), i);
    }

    private void add(int row, DoubleVector x, int i) {
        load(beat[row], i).add(x).intoArray(beat[row], i);
    }
}
