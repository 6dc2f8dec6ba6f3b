package org.sinus.engine.devices;

import java.util.List;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * Permanent occlusion of the coronary sinus ostium after the warm-up: the reference for occlusion pressures
 * (targets.md#C01, C02, C04) and the permanent-occlusion arm of the emergent behaviours (physiology.md section 4).
 * Every beat is a cycle; the kernel skips {@code plateauBeats} beats and then measures.
 *
 * @param plateauBeats beats of occlusion before measuring, in [1, 1000]
 */
public record SinusOcclusion(int plateauBeats) implements Device {

    public SinusOcclusion {
        if (plateauBeats < 1 || plateauBeats > 1000) {
            throw new IllegalArgumentException("plateauBeats = " + plateauBeats + " is outside [1, 1000]");
        }
    }

    @Override
    public String name() {
        return "cs-occlusion";
    }

    @Override
    public Protocol protocol() {
        return new Protocol(15, plateauBeats, 5, 15 + (plateauBeats + 5) * 2.0 + 5);
    }

    @Override
    public List<String> metricNames() {
        return List.of();
    }

    @Override
    public Controller controller(int capacity) {
        boolean[] occluded = new boolean[capacity];
        return new Controller() {
            @Override
            public void start(int i, double timeS) {
                occluded[i] = true;
            }

            @Override
            public void act(double timeS, CardiovascularModel model, int from, int to) {
                for (int i = from; i < to; i++) {
                    model.csOstiumOpen[i] = occluded[i] ? 0 : 1;
                }
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
