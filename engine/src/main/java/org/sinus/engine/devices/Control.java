package org.sinus.engine.devices;

import java.util.List;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * No device: the coronary sinus stays open. Every beat is a "cycle", so the kernel averages over whole beats.
 */
public final class Control implements Device {
    /** Warm-up, then 2 beats skipped and 8 beats measured: the open circulation is beat-periodic by then. */
    private static final Protocol PROTOCOL = new Protocol(15, 2, 8, 60);

    @Override
    public String name() {
        return "none";
    }

    @Override
    public Protocol protocol() {
        return PROTOCOL;
    }

    @Override
    public List<String> metricNames() {
        return List.of();
    }

    @Override
    public Controller controller(int capacity) {
        return new Controller() {
            @Override
            public void start(int i, double timeS) {
            }

            @Override
            public void act(double timeS, CardiovascularModel model, int from, int to) {
            }

            @Override
            public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
                return CycleEvent.COMPLETED;
            }

            @Override
            public void metrics(int i, double[] out) {
            }
        };
    }
}
