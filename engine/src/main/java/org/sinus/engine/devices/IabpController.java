package org.sinus.engine.devices;

import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;

/**
 * The IABP console for a batch of patients: inflates in the diastole of every {@code ratio}-th beat, deflates before
 * the next beat, and keeps track of each balloon's volume. Mutable, owned by one thread.
 *
 * <p>The rate written at one {@link #act} call holds over the step that follows, so the next call adds
 * {@code rate x (t - tPrevious)} to the volume. Each rate is limited so that one more step of the same length keeps
 * the volume in {@code [0, Vb]}: the kernel steps at a fixed size.
 */
final class IabpController implements Controller {
    private final Iabp device;
    private final double inflateMlPerS;
    private final double deflateMlPerS;
    private final boolean[] started;
    private final long[] firstBeat;
    private final double[] lastS;
    private final double[] rateMlPerS;
    private final double[] volumeMl;
    private final double[] peakMl;
    private final int[] beats;
    private final double[] inflationAtS;

    IabpController(Iabp device, int capacity) {
        this.device = device;
        inflateMlPerS = device.balloonVolumeMl() / Iabp.INFLATION_S;
        deflateMlPerS = device.balloonVolumeMl() / Iabp.DEFLATION_S;
        started = new boolean[capacity];
        firstBeat = new long[capacity];
        lastS = new double[capacity];
        rateMlPerS = new double[capacity];
        volumeMl = new double[capacity];
        peakMl = new double[capacity];
        beats = new int[capacity];
        inflationAtS = new double[capacity];
    }

    @Override
    public void start(int i, double timeS) {
        started[i] = true;
        firstBeat[i] = -1; // the first beat that starts at or after timeS, fixed at the first act (which knows T)
        lastS[i] = timeS;
        rateMlPerS[i] = 0;
        volumeMl[i] = 0;
        peakMl[i] = 0;
        beats[i] = 0;
        inflationAtS[i] = Double.NaN;
    }

    @Override
    public void act(double timeS, CardiovascularModel model, int from, int to) {
        double vb = device.balloonVolumeMl();
        for (int i = from; i < to; i++) {
            if (!started[i]) {
                continue;
            }
            double period = model.periodS(i);
            if (firstBeat[i] < 0) {
                firstBeat[i] = Math.round(timeS / period);
                inflationAtS[i] = Iabp.inflationStartS(period);
            }
            double stepS = timeS - lastS[i];
            volumeMl[i] = Math.min(vb, Math.max(0, volumeMl[i] + rateMlPerS[i] * stepS));
            peakMl[i] = Math.max(peakMl[i], volumeMl[i]);
            lastS[i] = timeS;
            long beat = model.beatOf(i, timeS);
            double inBeat = model.timeInBeat(i, timeS);
            boolean assisted = Math.floorMod(beat - firstBeat[i], device.ratio()) == 0;
            boolean inflate = assisted && inBeat >= Iabp.inflationStartS(period)
                    && inBeat < period - Iabp.DEFLATION_S;
            double rate = 0;
            if (stepS > 0) {
                rate = inflate ? Math.min(inflateMlPerS, (vb - volumeMl[i]) / stepS)
                        : -Math.min(deflateMlPerS, volumeMl[i] / stepS);
            }
            rateMlPerS[i] = rate;
            model.aorticBalloonRateMlPerS[i] = rate;
        }
    }

    @Override
    public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
        beats[i]++;
        return beats[i] % device.ratio() == 0 ? CycleEvent.COMPLETED : CycleEvent.CONTINUES;
    }

    @Override
    public void metrics(int i, double[] out) {
        out[0] = device.ratio();
        out[1] = (beats[i] + device.ratio() - 1) / device.ratio();
        out[2] = peakMl[i];
        out[3] = inflationAtS[i];
    }
}
