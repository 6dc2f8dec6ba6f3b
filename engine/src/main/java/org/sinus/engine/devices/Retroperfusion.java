package org.sinus.engine.devices;

import java.util.List;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * Diastole-synchronised retroperfusion (SRP; Meerbaum, Markov and Wiener, seed 000): "during diastole, the balloon
 * was inflated and arterial blood, aspirated via the arterial catheter, was actively infused into the coronary sinus.
 * During systole, the infusion stopped and the balloon was deflated to allow coronary venous drainage." In the model
 * the balloon closes the great cardiac vein, which drains the at-risk (LAD) territory, and arterial blood taken from
 * the aorta is pumped distal to it into the territory's subepicardial veins, in diastole only: for LAD angioplasty
 * the SRP catheter (8.5F, balloon 1 cm from its tip) sat in the great cardiac vein, and C09's pressures were measured
 * at its tip. The rest of the sinus drains as usual. The infused blood leaves the territory's veins retrogradely
 * (into its microvessels), through the veno-venous connections and, in systole, through the great cardiac vein.
 *
 * <p><b>Timing from the simulated cycle.</b> The console triggered on the ECG; the model's beats start at multiples of
 * the beat period {@code T}, and its ventricle is active for the systole {@code Ts = 0.3 sqrt(T)} plus the
 * relaxation {@code Ts / 2} of the same activation law as {@code CardiovascularModel.activation} (Heldt et al., J Appl
 * Physiol 2002; {@code docs/model.md} section 1.1). Diastole here is the rest of the beat, {@code [1.5 Ts, T)}, when
 * the elastance is at its minimum and LV pressure is far below aortic pressure. The device takes the systole length
 * from {@code CardiovascularModel.systoleS}; the test checks the window against the simulated LV pressure.
 *
 * <p><b>Pump.</b> {@code flowMlPerMin} is the mean retroperfusion flow over the cycle, the figure consoles reported;
 * the pump delivers it in diastole at the rate {@code flow x T / (T - 1.5 Ts)}. Typical SRP flows were 50 to 250
 * ml/min (assumption from the SRP literature's range, not from a source in {@code ../seeds}); 150 ml/min is the
 * default.
 *
 * @param flowMlPerMin mean retroperfusion flow, ml/min, in (0, 500]
 */
public record Retroperfusion(double flowMlPerMin) implements Device {
    /** Metric names, in {@link Controller#metrics} order. */
    public static final List<String> METRICS = List.of("srp_diastolic_fraction", "srp_diastolic_rate_ml_per_s");

    public Retroperfusion {
        if (!(flowMlPerMin > 0 && flowMlPerMin <= 500)) {
            throw new IllegalArgumentException("SRP: flowMlPerMin = " + flowMlPerMin + " is outside (0, 500]");
        }
    }

    /** When diastole starts in a beat of period {@code periodS}, s from the beat's start: after contraction and relaxation. */
    static double diastoleStartS(double periodS) {
        return (1 + CardiovascularModel.RELAXATION_FRACTION) * CardiovascularModel.systoleS(periodS);
    }

    @Override
    public String name() {
        return "srp";
    }

    /** Every beat is a cycle: 20 beats skipped (the sinus and veins reach the pumped periodic state), 8 measured. */
    @Override
    public Protocol protocol() {
        return new Protocol(15, 20, 8, 90);
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public Controller controller(int capacity) {
        boolean[] started = new boolean[capacity];
        double[] diastoleS = new double[capacity];
        double[] rateMlPerS = new double[capacity];
        double[] fraction = new double[capacity];
        double meanMlPerS = flowMlPerMin / 60;
        return new Controller() {
            @Override
            public void start(int i, double timeS) {
                started[i] = true;
                diastoleS[i] = Double.NaN; // set at the first act, which has the model
            }

            @Override
            public void act(double timeS, CardiovascularModel model, int from, int to) {
                for (int i = from; i < to; i++) {
                    if (!started[i]) {
                        continue;
                    }
                    double period = model.periodS(i);
                    if (Double.isNaN(diastoleS[i])) {
                        diastoleS[i] = diastoleStartS(period);
                        fraction[i] = (period - diastoleS[i]) / period;
                        rateMlPerS[i] = meanMlPerS / fraction[i];
                    }
                    double inBeat = model.timeInBeat(i, timeS);
                    boolean diastole = inBeat >= diastoleS[i];
                    model.greatVeinOpen[i] = diastole ? 0 : 1;
                    model.greatVeinPumpMlPerS[i] = diastole ? rateMlPerS[i] : 0;
                }
            }

            @Override
            public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
                return CycleEvent.COMPLETED;
            }

            @Override
            public void metrics(int i, double[] out) {
                out[0] = fraction[i];
                out[1] = rateMlPerS[i];
            }
        };
    }
}
