package org.sinus.engine.devices;

import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;

/**
 * The PICSO console's state machine for a batch of patients: occluded until the {@link PlateauDetector} sees a
 * plateau or a safety limit, then released for the release time. Mutable, owned by one thread.
 */
final class PicsoController implements Controller {
    private static final byte INACTIVE = 0;
    private static final byte OCCLUDED = 1;
    private static final byte RELEASED = 2;

    private final Picso device;
    private final PlateauDetector detector;
    private final byte[] phase;
    private final double[] releaseEndS;
    private final int[] cycles;
    private final double[] occludedS;
    private final double[] plateauSum;
    private final int[] safetyReleases;
    private final double[] firstPlateauBeats;
    private final double[] firstPlateauS;

    PicsoController(Picso device, int capacity) {
        this.device = device;
        detector = new PlateauDetector(device.criterion(), capacity);
        phase = new byte[capacity];
        releaseEndS = new double[capacity];
        cycles = new int[capacity];
        occludedS = new double[capacity];
        plateauSum = new double[capacity];
        safetyReleases = new int[capacity];
        firstPlateauBeats = new double[capacity];
        firstPlateauS = new double[capacity];
    }

    @Override
    public void start(int i, double timeS) {
        occlude(i, timeS);
        cycles[i] = 0;
        occludedS[i] = 0;
        plateauSum[i] = 0;
        safetyReleases[i] = 0;
        firstPlateauBeats[i] = Double.NaN;
        firstPlateauS[i] = Double.NaN;
    }

    private void occlude(int i, double timeS) {
        phase[i] = OCCLUDED;
        detector.occlude(i, timeS);
    }

    @Override
    public void act(double timeS, CardiovascularModel model, int from, int to) {
        double[] open = model.csOstiumOpen;
        for (int i = from; i < to; i++) {
            if (phase[i] == RELEASED && timeS >= releaseEndS[i]) {
                occlude(i, timeS);
            }
            open[i] = phase[i] == OCCLUDED ? 0 : 1;
        }
    }

    @Override
    public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
        if (phase[i] != OCCLUDED) {
            return CycleEvent.CONTINUES;
        }
        PlateauDetector.Verdict verdict = detector.onBeatEnd(i, timeS, csSystolicMmHg);
        if (verdict == PlateauDetector.Verdict.RISING) {
            return CycleEvent.CONTINUES;
        }
        double occludedFor = timeS - detector.occlusionStartS(i);
        if (cycles[i] == 0) {
            firstPlateauBeats[i] = detector.beats(i);
            firstPlateauS[i] = occludedFor;
        }
        if (verdict == PlateauDetector.Verdict.SAFETY) {
            safetyReleases[i]++;
        }
        cycles[i]++;
        occludedS[i] += occludedFor;
        plateauSum[i] += csSystolicMmHg;
        phase[i] = RELEASED;
        releaseEndS[i] = timeS + device.releaseS();
        return CycleEvent.COMPLETED;
    }

    @Override
    public void metrics(int i, double[] out) {
        int n = Math.max(1, cycles[i]);
        out[0] = firstPlateauBeats[i];
        out[1] = firstPlateauS[i];
        out[2] = occludedS[i] / n;
        out[3] = plateauSum[i] / n;
        out[4] = safetyReleases[i];
        out[5] = cycles[i];
    }
}
