package org.sinus.engine.devices;

/**
 * Watches the simulated systolic coronary sinus pressure of an occlusion beat by beat and says when it has reached
 * its {@link PlateauCriterion plateau} or a safety limit. The plateau is read from the simulated pressure, never
 * from a timer. Used by the PICSO console and by the pICSO operator. Mutable, per batch, owned by one thread.
 */
final class PlateauDetector {
    /** What the beat that just ended says about the occlusion. */
    enum Verdict {
        /** Still rising (or too early to tell). */
        RISING,
        /** The plateau is reached (the beat-to-beat rise fell below the criterion after the shortest occlusion). */
        PLATEAU,
        /** No plateau, but a safety limit (pressure or occlusion time) is reached. */
        SAFETY
    }

    private final PlateauCriterion criterion;
    private final double[] occlusionStartS;
    private final double[] lastSystolic;
    private final int[] beats;

    PlateauDetector(PlateauCriterion criterion, int capacity) {
        this.criterion = criterion;
        occlusionStartS = new double[capacity];
        lastSystolic = new double[capacity];
        beats = new int[capacity];
    }

    /** A new occlusion of patient {@code i} starts at {@code timeS}. */
    void occlude(int i, double timeS) {
        occlusionStartS[i] = timeS;
        beats[i] = 0;
        lastSystolic[i] = Double.NaN;
    }

    /**
     * Hands the detector the end of an occluded beat.
     *
     * @param csSystolicMmHg the beat's highest sinus pressure, mmHg
     * @return the verdict; {@link Verdict#PLATEAU} wins when a plateau and a safety limit coincide
     */
    Verdict onBeatEnd(int i, double timeS, double csSystolicMmHg) {
        beats[i]++;
        double occludedFor = timeS - occlusionStartS[i];
        double rise = csSystolicMmHg - lastSystolic[i];
        lastSystolic[i] = csSystolicMmHg;
        if (beats[i] >= 2 && occludedFor >= criterion.minOcclusionS() && rise < criterion.riseMmHgPerBeat()) {
            return Verdict.PLATEAU;
        }
        return unsafe(i, timeS, csSystolicMmHg) ? Verdict.SAFETY : Verdict.RISING;
    }

    /** Whether the occlusion has reached a safety limit at {@code timeS} with this systolic pressure. */
    boolean unsafe(int i, double timeS, double csSystolicMmHg) {
        return csSystolicMmHg >= criterion.safetyMaxMmHg()
                || timeS - occlusionStartS[i] >= criterion.maxOcclusionS();
    }

    /** Occluded beats so far in the current occlusion. */
    int beats(int i) {
        return beats[i];
    }

    /** When the current occlusion started, s. */
    double occlusionStartS(int i) {
        return occlusionStartS[i];
    }
}
