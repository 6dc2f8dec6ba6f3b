package org.sinus.engine.devices;

import java.util.List;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * Surgical arterialisation of the coronary veins, permanent from its start (seed 000): the Beck II operation, a graft
 * from the descending aorta to the coronary sinus followed by "an operative reduction in diameter of the ostium of the
 * coronary sinus"; and Hochberg's selective arterialisation, a vein graft from the aorta to a coronary vein "which was
 * ligated". Both failed: the "permanent obstruction to the coronary sinus ... resulted in detrimental considerable and
 * permanent increase in intraluminal pressure ... with consequent development of intramyocardial oedema and
 * haemorrhage" (seed 000; Beck II: 6% operative and 25% long-term mortality, targets.md#C18). The model must
 * reproduce that failure, not assume it.
 *
 * <p>The model has one sinus, so Hochberg's graft enters the sinus like Beck's, with its own graft size, and its
 * ligated vein is a ligated ostium: this overstates Hochberg's venous hypertension in the remote territory, whose
 * veins were not ligated.
 *
 * <p><b>Graft and outflow from geometry.</b> Graft: Poiseuille over its length plus a sharp entrance from the aorta
 * (K = 0.5) and an exit into the sinus (K = 1) ({@link Hydraulics}). Narrowed ostium: Poiseuille over
 * {@link #OUTFLOW_LENGTH_MM} of the residual diameter plus the jet's full dynamic head lost in the right atrium,
 * in series with the native ostium. The inertial losses are quadratic in flow; the kernel's graft and ostium are
 * linear, so both are linearised (secants) at the steady flow {@code Q} that the aorta drives through graft, sinus and
 * outflow in series under {@link #REFERENCE_MMHG} (mean aortic 90 mmHg to a right atrium at 5 mmHg; assumption):
 * {@code dP = (R_graft + R_outflow) Q + (k_graft + k_outflow) Q^2}. The graft's conductance is then
 * {@code 1 / (R_graft + k_graft Q)} and the ostium factor {@code (R_native + R_narrowing + k_outflow Q) / R_native}.
 * With a ligated outflow {@code Q = 0} and the graft is its Poiseuille conductance; the ostium is closed.
 *
 * @param operation Beck II or Hochberg (the name and the defaults)
 * @param graftDiameterMm graft lumen, mm, in [1, 10]
 * @param graftLengthMm graft length, mm, in [10, 300]
 * @param outflowDiameterMm residual diameter of the narrowed ostium, mm, in [0, 10]; 0 when ligated
 */
public record SinusGraft(Operation operation, double graftDiameterMm, double graftLengthMm, double outflowDiameterMm)
        implements Device {

    /** Length of the surgically narrowed outflow, mm (assumption: a ligature's width). */
    static final double OUTFLOW_LENGTH_MM = 5;
    /** Pressure across graft, sinus and outflow at which the quadratic losses are linearised, mmHg (assumption). */
    static final double REFERENCE_MMHG = 85;
    /** Entrance (sharp-edged, 0.5) plus exit (into a chamber, 1) loss coefficients of the graft. */
    static final double GRAFT_LOSS_COEFFICIENT = 1.5;

    /** The two historical operations; their default geometries are in {@code GraftSpec.defaults}. */
    public enum Operation {
        /** Beck II: graft from the descending aorta to the coronary sinus, ostium narrowed. */
        BECK_II("beck-ii"),
        /** Hochberg: vein graft from the aorta to a coronary vein ligated towards the sinus. */
        HOCHBERG("hochberg");

        private final String key;

        Operation(String key) {
            this.key = key;
        }

        /** The name in scenario files and results. */
        public String key() {
            return key;
        }
    }

    public SinusGraft {
        if (operation == null || !(graftDiameterMm >= 1 && graftDiameterMm <= 10 && graftLengthMm >= 10
                && graftLengthMm <= 300 && outflowDiameterMm >= 0 && outflowDiameterMm <= 10)) {
            throw new IllegalArgumentException("sinus graft: operation required, graft " + graftDiameterMm
                    + " mm in [1, 10] by " + graftLengthMm + " mm in [10, 300], outflow " + outflowDiameterMm
                    + " mm in [0, 10]");
        }
    }

    /** Whether the sinus outflow is ligated. */
    public boolean ligated() {
        return outflowDiameterMm == 0;
    }

    /** The steady graft flow of the reference circuit, ml/s (0 when ligated). */
    public double referenceFlowMlPerS(double nativeOstiumMmHgSPerMl) {
        if (ligated()) {
            return 0;
        }
        double r = graftPoiseuille() + nativeOstiumMmHgSPerMl + narrowingPoiseuille();
        double k = graftInertia() + Hydraulics.expansionCoefficient(outflowDiameterMm, Double.POSITIVE_INFINITY);
        return Hydraulics.flowAt(REFERENCE_MMHG, r, k);
    }

    /** The graft's linearised conductance, ml/s/mmHg. */
    public double conductanceMlPerSPerMmHg(double nativeOstiumMmHgSPerMl) {
        return 1 / (graftPoiseuille() + graftInertia() * referenceFlowMlPerS(nativeOstiumMmHgSPerMl));
    }

    /** The factor on the native ostium's resistance (infinite when ligated). */
    public double ostiumFactor(double nativeOstiumMmHgSPerMl) {
        if (ligated()) {
            return Double.POSITIVE_INFINITY;
        }
        double q = referenceFlowMlPerS(nativeOstiumMmHgSPerMl);
        double added = narrowingPoiseuille()
                + Hydraulics.expansionCoefficient(outflowDiameterMm, Double.POSITIVE_INFINITY) * q;
        return (nativeOstiumMmHgSPerMl + added) / nativeOstiumMmHgSPerMl;
    }

    private double graftPoiseuille() {
        return Hydraulics.tubeResistance(graftDiameterMm, graftLengthMm);
    }

    private double graftInertia() {
        return Hydraulics.dynamicHeadCoefficient(graftDiameterMm, GRAFT_LOSS_COEFFICIENT);
    }

    private double narrowingPoiseuille() {
        return Hydraulics.tubeResistance(outflowDiameterMm, OUTFLOW_LENGTH_MM);
    }

    @Override
    public String name() {
        return operation.key();
    }

    /** Permanent from its start: 40 beats skipped (the veins fill to the new level), 5 measured. */
    @Override
    public Protocol protocol() {
        return new Protocol(15, 40, 5, 15 + 2.0 * 45 + 5);
    }

    @Override
    public List<String> metricNames() {
        String prefix = operation.key().replace('-', '_');
        return List.of(prefix + "_graft_conductance_ml_per_s_per_mmhg", prefix + "_reference_flow_ml_per_s");
    }

    @Override
    public Controller controller(int capacity) {
        boolean[] started = new boolean[capacity];
        return new Controller() {
            private double conductance = Double.NaN;
            private double factor;
            private double flow;

            @Override
            public void start(int i, double timeS) {
                started[i] = true;
            }

            @Override
            public void act(double timeS, CardiovascularModel model, int from, int to) {
                if (Double.isNaN(conductance)) { // the same for every patient: from geometry and the native ostium
                    double nativeR = model.constants().veins().ostiumResistanceMmHgSPerMl();
                    conductance = conductanceMlPerSPerMmHg(nativeR);
                    factor = ostiumFactor(nativeR);
                    flow = referenceFlowMlPerS(nativeR);
                }
                for (int i = from; i < to; i++) {
                    if (started[i]) {
                        model.graftConductance[i] = conductance;
                        if (ligated()) {
                            model.csOstiumOpen[i] = 0;
                        } else {
                            model.ostiumResistanceFactor[i] = factor;
                        }
                    }
                }
            }

            @Override
            public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
                return CycleEvent.COMPLETED;
            }

            @Override
            public void metrics(int i, double[] out) {
                out[0] = conductance;
                out[1] = flow;
            }
        };
    }
}
