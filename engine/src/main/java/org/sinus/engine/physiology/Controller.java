package org.sinus.engine.physiology;

/**
 * The mutable state of a {@link Device} for one batch of patients, owned by one thread. The kernel calls
 * {@link #start} once per patient when its warm-up ends, {@link #act} before every step, and {@link #onBeatEnd}
 * at the end of every beat of every started patient. Before {@link #start} a controller must leave a patient's
 * actuators as the model loaded them (the sinus open): the kernel integrates the warm-up once for all devices.
 */
public interface Controller {

    /** Starts therapy for patient {@code i} at {@code timeS}. */
    void start(int i, double timeS);

    /** Writes the model's actuator columns for patients {@code [from, to)} at {@code timeS}; allocates nothing. */
    void act(double timeS, CardiovascularModel model, int from, int to);

    /**
     * Lets the controller read the state of patients {@code [from, to)} after {@link #act} at every step, for
     * devices that follow something the ODE does not carry (an infusate's distribution); does nothing unless a
     * device needs it. Must not change {@code y}; allocates nothing.
     */
    default void observeStep(double timeS, CardiovascularModel model, double[][] y, int from, int to) {
    }

    /**
     * Tells the controller a beat of patient {@code i} ended at {@code timeS}.
     *
     * @param csSystolicMmHg the highest coronary sinus pressure of that beat, mmHg
     * @return whether a therapy cycle completed with this beat
     */
    CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg);

    /** Writes patient {@code i}'s device metrics into {@code out}, in {@link Device#metricNames()} order. */
    void metrics(int i, double[] out);

    /** What a beat's end means for a device's therapy cycle. */
    enum CycleEvent {
        /** The cycle goes on. */
        CONTINUES,
        /** A cycle completed; the kernel measures over whole cycles. */
        COMPLETED
    }
}
