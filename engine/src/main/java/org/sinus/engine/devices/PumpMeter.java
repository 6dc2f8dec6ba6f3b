package org.sinus.engine.devices;

import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Protocol;

/**
 * What the extracorporeal pumps (TandemHeart, VA-ECMO) share: their protocol, and a meter of a pump's mean flow per
 * patient over the beats after the first {@code settleBeats} of its therapy, for the pumps' device metrics. A meter is
 * mutable, owned by one thread, and allocates nothing after construction.
 *
 * <p>The controller hands it the pump's flow at every step ({@link #sample}, from {@code observeStep}, which the kernel
 * calls with the state and actuators it then accumulates) and each beat's end ({@link #beatEnd}). A beat's samples
 * count once the beat has ended, so steps the kernel takes after a patient is done (the batch steps on) never count.
 * The kernel steps at a fixed size, so a beat's mean flow is the mean of its samples: alone, a pump whose protocol
 * skips {@code settleBeats} beats is metered over exactly the kernel's measured beats (the pump tests check it against
 * the kernel's {@code pump_flow_l_per_min}); in a combination led by another device's protocol, over every beat after
 * the first {@code settleBeats}.
 */
final class PumpMeter {
    /**
     * Beats the extracorporeal pumps skip before measuring: the closed loop moves blood between the pulmonary veins
     * and left atrium and the systemic veins over several of its time constants (left atrium about 3 s, systemic
     * veins about 6 s); after 30 beats the mean pressures are within 0.2 mmHg of their values after 100
     * ({@code VaEcmoTest} checks it at the slowest, ECMO at 5 L/min).
     */
    static final int SETTLE_BEATS = 30;
    /** Beats the pumps measure. */
    static final int MEASURE_BEATS = 8;
    /**
     * The pumps' protocol: every beat a cycle, {@link #SETTLE_BEATS} skipped, {@link #MEASURE_BEATS} measured, time
     * for them down to 30 bpm. The limit (105 s) stays below PICSO's at its defaults (117 s), so that combined with
     * PICSO, PICSO's cycles lead ({@code Combined.lead}).
     */
    static final Protocol PROTOCOL = protocol(SETTLE_BEATS, MEASURE_BEATS);

    private final int settleBeats;
    private final boolean[] started;
    private final int[] beats;
    private final double[] beatSum;
    private final long[] beatSamples;
    private final double[] sum;
    private final long[] samples;

    PumpMeter(int capacity, int settleBeats) {
        this.settleBeats = settleBeats;
        started = new boolean[capacity];
        beats = new int[capacity];
        beatSum = new double[capacity];
        beatSamples = new long[capacity];
        sum = new double[capacity];
        samples = new long[capacity];
    }

    /** A pump protocol: {@code settle} beats skipped, {@code measure} measured, time for them down to 30 bpm. */
    static Protocol protocol(int settle, int measure) {
        return new Protocol(15, settle, measure, 15 + (settle + measure + 2) * 2.0 + 10);
    }

    /** Starts metering patient {@code i}. */
    void start(int i) {
        started[i] = true;
        beats[i] = 0;
        beatSum[i] = 0;
        beatSamples[i] = 0;
        sum[i] = 0;
        samples[i] = 0;
    }

    /** Whether patient {@code i} has started. */
    boolean started(int i) {
        return started[i];
    }

    /** The pump's flow of patient {@code i} at this step, ml/s. */
    void sample(int i, double flowMlPerS) {
        beatSum[i] += flowMlPerS;
        beatSamples[i]++;
    }

    /** A beat of patient {@code i} ended: its samples count once the first {@code settleBeats} have passed. */
    void beatEnd(int i) {
        beats[i]++;
        if (beats[i] > settleBeats) {
            sum[i] += beatSum[i];
            samples[i] += beatSamples[i];
        }
        beatSum[i] = 0;
        beatSamples[i] = 0;
    }

    /** Mean flow of patient {@code i} over the counted beats, L/min; NaN before any. */
    double meanLPerMin(int i) {
        return samples[i] == 0 ? Double.NaN : sum[i] / samples[i] * 60 / 1000;
    }

    /**
     * The controller both pumps share: from its start a patient's pump actuators are driven at every step, the pump's
     * flow is metered, and every beat is a therapy cycle. A pump says how it drives the model and what its flow is in
     * a state; its metrics are its own.
     */
    abstract static class MeteredController implements Controller {
        final PumpMeter meter;

        MeteredController(int capacity) {
            meter = new PumpMeter(capacity, SETTLE_BEATS);
        }

        /** Writes patient {@code i}'s pump actuators. */
        abstract void drive(CardiovascularModel model, int i);

        /** Patient {@code i}'s pump flow in state {@code y}, ml/s: the model's law. */
        abstract double flowMlPerS(double[][] y, int i);

        @Override
        public final void start(int i, double timeS) {
            meter.start(i);
        }

        @Override
        public final void act(double timeS, CardiovascularModel model, int from, int to) {
            for (int i = from; i < to; i++) {
                if (meter.started(i)) {
                    drive(model, i);
                }
            }
        }

        @Override
        public final void observeStep(double timeS, CardiovascularModel model, double[][] y, int from, int to) {
            for (int i = from; i < to; i++) {
                if (meter.started(i)) {
                    meter.sample(i, flowMlPerS(y, i));
                }
            }
        }

        @Override
        public final CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
            meter.beatEnd(i);
            return CycleEvent.COMPLETED;
        }
    }
}
