package org.sinus.engine.devices;

import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;

/**
 * The PICSO console's state machine for a batch of patients: occluded until plateau or safety limit, then
 * released for the release time. Mutable, owned by one thread.
 */
final class PicsoController implements Controller {
    private static final byte INACTIVE = 0;
    private static final byte OCCLUDED = 1;
    private static final byte RELEASED = 2;

    private final Picso device;
    private final byte[] phase;
    private final double[] phaseStartS;
    private final double[] releaseEndS;
    private final double[] lastSystolic;
    private final int[] beatsOccluded;
    private final int[] cycles;
    private final double[] occludedS;
    private final double[] plateauSum;
    private final int[] safetyReleases;
    private final double[] firstPlateauBeats;
    private final double[] firstPlateauS;

    PicsoController(Picso device, int capacity) {
        this.device = device;
        phase = new byte[capacity];
        phaseStartS = new double[capacity];
        releaseEndS = new double[capacity];
        lastSystolic = new double[capacity];
        beatsOccluded = new int[capacity];
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
        phaseStartS[i] = timeS;
        beatsOccluded[i] = 0;
        lastSystolic[i] = Double.NaN;
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
        beatsOccluded[i]++;
        double occludedFor = timeS - phaseStartS[i];
        double rise = csSystolicMmHg - lastSystolic[i];
        lastSystolic[i] = csSystolicMmHg;
        boolean plateau = beatsOccluded[i] >= 2 && occludedFor >= device.minOcclusionS()
                && rise < device.plateauRiseMmHgPerBeat();
        boolean safety = csSystolicMmHg >= device.safetyMaxMmHg() || occludedFor >= device.maxOcclusionS();
        if (!plateau && !safety) {
            return CycleEvent.CONTINUES;
        }
        if (cycles[i] == 0) {
            firstPlateauBeats[i] = beatsOccluded[i];
            firstPlateauS[i] = occludedFor;
        }
        if (!plateau) {
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
