package org.sinus.engine.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.Observation;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.physiology.Protocol;

/**
 * Beat-by-beat aortic and LV figures of one patient under several devices, read from the kernel's trace: what the
 * kernel's whole-window metrics cannot separate (the systolic peak from a balloon's diastolic peak, assisted from
 * unassisted beats). Beats start at multiples of the period, as in the model; a beat is kept when it lies wholly after
 * {@code fromS} and was simulated to its end.
 */
final class BeatTrace {
    /**
     * One beat.
     *
     * @param systolicPeakMmHg highest aortic pressure while the aortic valve is open (LV above aortic pressure)
     * @param diastolicPeakMmHg highest aortic pressure from the elastance peak {@code Ts} to the beat's end
     * @param preEjectionMmHg aortic pressure when the valve opens in this beat: the end-diastolic aortic pressure
     *     before this beat's ejection (NaN if it does not open)
     * @param dptiMmHgS diastolic pressure-time index, the integral of (aortic - LV) pressure from {@code Ts} to the
     *     beat's end (Buckberg et al., Circ Res 1972)
     * @param lvSystolicMmHg highest LV pressure
     * @param meanAorticMmHg mean aortic pressure
     * @param edvMl LV volume at the beat's start
     * @param esvMl smallest LV volume
     * @param meanPumpMlPerS mean axial pump flow
     * @param peakPumpMlPerS highest axial pump flow
     * @param inflatedMl balloon volume put in during the beat (sum of positive rates times the step)
     * @param inflationStartS first time in the beat with a positive balloon rate (NaN if none)
     * @param valveClosesS when the aortic valve closes in the beat, s from its start
     * @param valveOpensS when it opens, s from the beat's start
     * @param maxLvOverAortaInflatingMmHg highest LV minus aortic pressure while the balloon inflates
     */
    record Beat(double systolicPeakMmHg, double diastolicPeakMmHg, double preEjectionMmHg, double dptiMmHgS,
            double lvSystolicMmHg, double meanAorticMmHg, double edvMl, double esvMl, double meanPumpMlPerS,
            double peakPumpMlPerS, double inflatedMl, double inflationStartS, double valveClosesS, double valveOpensS,
            double maxLvOverAortaInflatingMmHg) {
        boolean assisted() {
            return inflatedMl > 1;
        }
    }

    private BeatTrace() {
    }

    /** Control with a protocol as long as the IABP's and the Impella's, for comparisons at the same time. */
    static Device steadyControl() {
        return new Device() {
            @Override
            public String name() {
                return "none";
            }

            @Override
            public Protocol protocol() {
                return new Protocol(15, 12, 8, 69);
            }

            @Override
            public List<String> metricNames() {
                return List.of();
            }

            @Override
            public Controller controller(int capacity) {
                return new Control().controller(capacity);
            }
        };
    }

    /**
     * The kernel's results and the beats of one patient under each device.
     *
     * @param beats {@code [device] -> kept beats}
     * @param physiology {@code [device]}, the kernel's result for the patient
     */
    record Runs(List<List<Beat>> beats, ArmPhysiology[] physiology) {
    }

    /** Runs {@code patient} under each device, keeping the beats after {@code fromS}; fails if the patient fails. */
    static Runs run(PatientParameters patient, List<Device> devices, double fromS) {
        double period = 60 / patient.heart().heartRateBpm();
        double ts = 0.3 * Math.sqrt(period);
        double dt = Kernel.DEFAULT_STEP_S;
        List<List<Beat>> out = new ArrayList<>();
        Accumulator[] acc = new Accumulator[devices.size()];
        for (int d = 0; d < devices.size(); d++) {
            out.add(new ArrayList<>());
            acc[d] = new Accumulator();
        }
        ArmPhysiology[][] r = new Kernel(ModelConstants.defaults(), 1, dt).run(List.of(patient), devices,
                (d, i, t, obs, model) -> {
                    if (d < 0 || t < fromS) {
                        return;
                    }
                    long beat = (long) Math.floor(t / period);
                    Accumulator a = acc[d];
                    if (beat != a.beat) {
                        if (a.beat >= 0 && a.samples >= Math.round(period / dt) - 1) {
                            out.get(d).add(a.beat());
                        }
                        a.reset(beat, obs);
                    }
                    a.add(t - beat * period, ts, obs, model, dt);
                });
        ArmPhysiology[] physiology = new ArmPhysiology[devices.size()];
        for (int d = 0; d < devices.size(); d++) {
            physiology[d] = r[d][0];
            if (!physiology[d].ok()) {
                throw new AssertionError(devices.get(d).name() + " failed: " + physiology[d].failure());
            }
        }
        return new Runs(out, physiology);
    }

    /** Mean of {@code f} over the beats that pass {@code keep}. */
    static double mean(List<Beat> beats, Predicate<Beat> keep, ToDoubleFunction<Beat> f) {
        return beats.stream().filter(keep).mapToDouble(f).average().orElse(Double.NaN);
    }

    private static final class Accumulator {
        long beat = -1;
        int samples;
        double sys;
        double dia;
        double pre;
        double dpti;
        double lvSys;
        double aorta;
        double edv;
        double esv;
        double pump;
        double pumpPeak;
        double inflated;
        double inflationStart;
        double closes;
        double opens;
        double lvOverAortaInflating;
        boolean ejecting;

        void reset(long b, double[] obs) {
            beat = b;
            samples = 0;
            sys = dia = lvSys = pumpPeak = Double.NEGATIVE_INFINITY;
            lvOverAortaInflating = Double.NEGATIVE_INFINITY;
            pre = inflationStart = closes = opens = Double.NaN;
            dpti = aorta = pump = inflated = 0;
            edv = obs[Observation.LV_VOLUME];
            esv = Double.POSITIVE_INFINITY;
            ejecting = false;
        }

        void add(double tb, double ts, double[] obs, CardiovascularModel model, double dt) {
            samples++;
            double pao = obs[Observation.AORTIC_PRESSURE];
            double plv = obs[Observation.LV_PRESSURE];
            boolean open = plv > pao;
            if (open && !ejecting && Double.isNaN(opens)) {
                opens = tb;
                pre = pao;
            }
            if (!open && ejecting) {
                closes = tb;
            }
            ejecting = open;
            if (open) {
                sys = Math.max(sys, pao);
            }
            if (tb >= ts) {
                dia = Math.max(dia, pao);
                dpti += (pao - plv) * dt;
            }
            lvSys = Math.max(lvSys, plv);
            aorta += pao;
            esv = Math.min(esv, obs[Observation.LV_VOLUME]);
            double q = obs[Observation.AXIAL_PUMP_FLOW];
            pump += q;
            pumpPeak = Math.max(pumpPeak, q);
            double rate = model.aorticBalloonRateMlPerS[0];
            if (rate > 0) {
                inflated += rate * dt;
                if (Double.isNaN(inflationStart)) {
                    inflationStart = tb;
                }
                lvOverAortaInflating = Math.max(lvOverAortaInflating, plv - pao);
            }
        }

        Beat beat() {
            return new Beat(sys, dia, pre, dpti, lvSys, aorta / samples, edv, esv, pump / samples, pumpPeak, inflated,
                    inflationStart, closes, opens, lvOverAortaInflating);
        }
    }
}
