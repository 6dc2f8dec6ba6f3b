package org.sinus.engine.devices;

import java.util.List;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * Intermittent coronary sinus occlusion (ICSO) on a fixed timer, without pressure feedback: the balloon occludes the
 * ostium for {@code occlusionS}, releases for {@code releaseS}, and so on. The 1977 form ran 60 inflations a minute
 * (seed 000), for example 0.5 s / 0.5 s, unsynchronised to the heart, "without any guarantee that either balloon
 * deflation occurred within systole ... or that optimal coronary sinus pressure was achieved"; longer fixed cycles
 * (for example 10 s / 5 s) followed. A cycle is one occlusion and one release, timed from the device's start; the
 * kernel hears of a cycle at the first beat end after it, so when cycles are shorter than beats, a beat that spans
 * two cycle ends counts as one.
 *
 * @param occlusionS balloon up, s, in [0.1, 120]
 * @param releaseS balloon down, s, in [0.1, 120]
 */
public record Icso(double occlusionS, double releaseS) implements Device {
    /** Metric names, in {@link Controller#metrics} order. */
    public static final List<String> METRICS = List.of("icso_cycles");

    /** Simulated time over which the venous compartments settle into the cycle's periodic state, s. */
    private static final double SETTLE_S = 30;
    /** Shortest measured stretch, s: several beats even for short cycles. */
    private static final double MEASURE_S = 8;

    public Icso {
        if (!(occlusionS >= 0.1 && occlusionS <= 120 && releaseS >= 0.1 && releaseS <= 120)) {
            throw new IllegalArgumentException("ICSO: occlusion " + occlusionS + " s and release " + releaseS
                    + " s must be in [0.1, 120]");
        }
    }

    /** Cycle length, s. */
    public double cycleS() {
        return occlusionS + releaseS;
    }

    @Override
    public String name() {
        return "icso";
    }

    /**
     * Warm-up 15 s (shared with every device), then about 30 s of cycles skipped (the veins fill over tens of
     * seconds, targets.md#C04) and at least 8 s, and two cycles, measured.
     */
    @Override
    public Protocol protocol() {
        int skip = (int) Math.min(100, Math.max(1, Math.ceil(SETTLE_S / cycleS())));
        int measure = (int) Math.min(100, Math.max(2, Math.ceil(MEASURE_S / cycleS())));
        return new Protocol(15, skip, measure, 15 + (skip + measure + 2) * Math.max(cycleS(), 2.0) + 10);
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public Controller controller(int capacity) {
        return new IcsoController(this, capacity);
    }

    /** The timer for a batch. Mutable, owned by one thread. */
    private static final class IcsoController implements Controller {
        private final Icso device;
        private final boolean[] started;
        private final double[] startS;
        private final long[] cyclesSeen;

        IcsoController(Icso device, int capacity) {
            this.device = device;
            started = new boolean[capacity];
            startS = new double[capacity];
            cyclesSeen = new long[capacity];
        }

        @Override
        public void start(int i, double timeS) {
            started[i] = true;
            startS[i] = timeS;
            cyclesSeen[i] = 0;
        }

        @Override
        public void act(double timeS, CardiovascularModel model, int from, int to) {
            double cycle = device.cycleS();
            for (int i = from; i < to; i++) {
                if (started[i]) {
                    double inCycle = (timeS - startS[i]) % cycle;
                    model.csOstiumOpen[i] = inCycle < device.occlusionS() ? 0 : 1;
                }
            }
        }

        @Override
        public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
            long done = (long) Math.floor((timeS - startS[i]) / device.cycleS());
            if (done > cyclesSeen[i]) {
                cyclesSeen[i] = done;
                return CycleEvent.COMPLETED;
            }
            return CycleEvent.CONTINUES;
        }

        @Override
        public void metrics(int i, double[] out) {
            out[0] = cyclesSeen[i];
        }
    }
}
