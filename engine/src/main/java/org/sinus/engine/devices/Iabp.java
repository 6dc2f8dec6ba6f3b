package org.sinus.engine.devices;

import java.util.List;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * Intra-aortic balloon counterpulsation (IABP; {@code physiology.md} section 3): a balloon of {@code balloonVolumeMl}
 * in the descending aorta inflates at aortic valve closure and deflates just before the next ejection, in every
 * {@code ratio}-th beat (1:1, 1:2, 1:3). It acts through the model's balloon actuator, the rate of change of the
 * balloon's volume, which the arterial compartment's volume balance takes as displaced blood
 * ({@code Cart dPao/dt = ... + dVb/dt}); diastolic augmentation and systolic unloading both emerge from it.
 *
 * <p><b>Timing from the simulated cycle.</b> Beats start at multiples of the beat period {@code T} and the elastance
 * peaks at {@code Ts = 0.3 sqrt(T)} (Heldt et al., J Appl Physiol 2002; the model's activation law, {@code docs/model.md}
 * section 1.1). LV pressure falls from that peak and the simulated aortic valve closes 2 to 6 ms after it (HR 50 to
 * 110, Emax 1 to 4, Rsys 0.8 to 2; {@code IabpTest} checks it on the trace), so inflation starts at {@code Ts}, the
 * dicrotic notch of this model. Deflation ends at the next beat's start, the onset of isovolumic contraction (the
 * console's R wave), 76 to 114 ms before the simulated valve opens: "just before ejection". The controller cannot see
 * the aortic pressure or valve flow (the model's state is not passed to devices), so it uses the same activation law as
 * the ventricle; a pressure-triggered console would need the kernel to expose the aortic pressure.
 *
 * <p><b>Balloon.</b> Inflation over {@link #INFLATION_S}, deflation over {@link #DEFLATION_S}, each at a constant rate
 * (assumption: helium shuttles fill and empty a 40 ml balloon in about 50 to 100 ms). The controller integrates its
 * volume from the rates it wrote and the time between calls, and limits each rate so that the volume stays in
 * {@code [0, balloonVolumeMl]}.
 *
 * @param balloonVolumeMl balloon volume, ml, in [30, 50]
 * @param ratio assisted beats: every {@code ratio}-th beat, 1 to 3
 */
public record Iabp(double balloonVolumeMl, int ratio) implements Device {
    /** Metric names, in {@link Controller#metrics} order. */
    public static final List<String> METRICS = List.of("iabp_ratio", "iabp_assisted_beats", "iabp_peak_volume_ml",
            "iabp_inflation_at_s");

    /** Time to fill the balloon, s (assumption, see the class comment). */
    public static final double INFLATION_S = 0.08;
    /** Time to empty the balloon, s (assumption, see the class comment). */
    public static final double DEFLATION_S = 0.06;
    /** Beats skipped before measuring: the Windkessel ({@code Rsys Cart}, about 1.6 s) and autoregulation settle. */
    private static final int SETTLE_BEATS = 12;
    /** Beats measured, rounded up to whole assist cycles. */
    private static final int MEASURE_BEATS = 8;

    public Iabp {
        if (!(balloonVolumeMl >= 30 && balloonVolumeMl <= 50) || ratio < 1 || ratio > 3) {
            throw new IllegalArgumentException("IABP: balloon volume " + balloonVolumeMl
                    + " ml must be in [30, 50] and the ratio " + ratio + " in 1 to 3");
        }
    }

    /** When the balloon starts to inflate, s from the beat's start: the elastance peak of the model's ventricle. */
    static double inflationStartS(double periodS) {
        return CardiovascularModel.systoleS(periodS);
    }

    @Override
    public String name() {
        return "iabp";
    }

    /** A cycle is {@code ratio} beats, one of them assisted: about 12 beats skipped and 8 measured. */
    @Override
    public Protocol protocol() {
        int skip = (SETTLE_BEATS + ratio - 1) / ratio;
        int measure = (MEASURE_BEATS + ratio - 1) / ratio;
        return new Protocol(15, skip, measure, 15 + (skip + measure + 2) * ratio * 2.0 + 10);
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public Controller controller(int capacity) {
        return new IabpController(this, capacity);
    }
}
