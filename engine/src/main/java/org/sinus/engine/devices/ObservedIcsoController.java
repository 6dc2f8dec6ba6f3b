package org.sinus.engine.devices;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * The pICSO operator for a batch of patients: occluded until the {@link PlateauDetector} sees the plateau, then a
 * drawn reaction delay, then released for the release time; a safety limit releases at once. The deflation happens
 * at its moment within the beat; the kernel hears of the completed cycle at the next beat end. Mutable, owned by one
 * thread. Allocates one generator and sampler per patient, when the patient starts (the key needs the model), never
 * per step.
 */
final class ObservedIcsoController implements Controller {
    private static final byte INACTIVE = 0;
    private static final byte OCCLUDED = 1;
    private static final byte RELEASED = 2;

    private final ObservedIcso device;
    private final RandomStreams streams;
    private final PlateauDetector detector;
    private final ContinuousSampler[] delays;
    private final byte[] phase;
    private final boolean[] keyed;
    private final boolean[] completedPending;
    private final double[] plateauAtS;
    private final double[] releaseAtS;
    private final double[] releaseEndS;
    private final double[] lastSystolic;
    private final int[] cycles;
    private final int[] reactions;
    private final double[] occludedS;
    private final double[] reactionS;
    private final double[] plateauSum;
    private final int[] safetyReleases;
    private final double[] firstPlateauS;

    ObservedIcsoController(ObservedIcso device, int capacity) {
        this.device = device;
        streams = RandomStreams.of(device.seed());
        detector = new PlateauDetector(device.criterion(), capacity);
        delays = new ContinuousSampler[capacity];
        phase = new byte[capacity];
        keyed = new boolean[capacity];
        completedPending = new boolean[capacity];
        plateauAtS = new double[capacity];
        releaseAtS = new double[capacity];
        releaseEndS = new double[capacity];
        lastSystolic = new double[capacity];
        cycles = new int[capacity];
        reactions = new int[capacity];
        occludedS = new double[capacity];
        reactionS = new double[capacity];
        plateauSum = new double[capacity];
        safetyReleases = new int[capacity];
        firstPlateauS = new double[capacity];
    }

    @Override
    public void start(int i, double timeS) {
        keyed[i] = false;
        completedPending[i] = false;
        cycles[i] = 0;
        reactions[i] = 0;
        occludedS[i] = 0;
        reactionS[i] = 0;
        plateauSum[i] = 0;
        safetyReleases[i] = 0;
        firstPlateauS[i] = Double.NaN;
        occlude(i, timeS);
    }

    private void occlude(int i, double timeS) {
        phase[i] = OCCLUDED;
        plateauAtS[i] = Double.NaN;
        releaseAtS[i] = Double.POSITIVE_INFINITY;
        detector.occlude(i, timeS);
    }

    @Override
    public void act(double timeS, CardiovascularModel model, int from, int to) {
        double[] open = model.csOstiumOpen;
        for (int i = from; i < to; i++) {
            if (phase[i] == INACTIVE) {
                continue;
            }
            if (!keyed[i]) {
                keyed[i] = true;
                delays[i] = device.reactionSdS() == 0 ? null : Samplers.logNormal(
                        streams.stream(PatientKey.of(model, i), Purpose.DEVICE), device.logMu(), device.logSigma());
            }
            if (phase[i] == OCCLUDED && timeS >= releaseAtS[i]) {
                release(i, timeS, false);
                completedPending[i] = true;
            } else if (phase[i] == RELEASED && timeS >= releaseEndS[i]) {
                occlude(i, timeS);
            }
            open[i] = phase[i] == OCCLUDED ? 0 : 1;
        }
    }

    @Override
    public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
        boolean completed = completedPending[i];
        completedPending[i] = false;
        if (phase[i] == OCCLUDED) {
            PlateauDetector.Verdict verdict = detector.onBeatEnd(i, timeS, csSystolicMmHg);
            lastSystolic[i] = csSystolicMmHg;
            boolean waiting = Double.isNaN(plateauAtS[i]);
            if (waiting && verdict == PlateauDetector.Verdict.PLATEAU) {
                plateauAtS[i] = timeS;
                if (cycles[i] == 0) {
                    firstPlateauS[i] = timeS - detector.occlusionStartS(i);
                }
                releaseAtS[i] = timeS + (delays[i] == null ? device.reactionMeanS() : delays[i].sample());
            } else if (waiting ? verdict == PlateauDetector.Verdict.SAFETY
                    : detector.unsafe(i, timeS, csSystolicMmHg)) {
                release(i, timeS, true);
                completed = true;
            }
        }
        return completed ? CycleEvent.COMPLETED : CycleEvent.CONTINUES;
    }

    private void release(int i, double timeS, boolean safety) {
        occludedS[i] += timeS - detector.occlusionStartS(i);
        if (!Double.isNaN(plateauAtS[i])) {
            reactionS[i] += timeS - plateauAtS[i];
            reactions[i]++;
        }
        if (safety) {
            safetyReleases[i]++;
        }
        plateauSum[i] += lastSystolic[i];
        cycles[i]++;
        phase[i] = RELEASED;
        releaseEndS[i] = timeS + device.releaseS();
    }

    @Override
    public void metrics(int i, double[] out) {
        int n = Math.max(1, cycles[i]);
        out[0] = firstPlateauS[i];
        out[1] = occludedS[i] / n;
        out[2] = reactions[i] == 0 ? Double.NaN : reactionS[i] / reactions[i];
        out[3] = plateauSum[i] / n;
        out[4] = safetyReleases[i];
        out[5] = cycles[i];
    }
}
