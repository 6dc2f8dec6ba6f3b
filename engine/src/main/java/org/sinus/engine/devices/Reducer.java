package org.sinus.engine.devices;

import java.util.List;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * The coronary sinus Reducer (Neovasc; COSIRA, Verheye et al., NEJM 2015; seed 000): an hourglass stent, 3 mm at its
 * mid-portion and 7 to 13 mm at its edges (targets.md#C10), that narrows the sinus. Its resistance comes from its
 * geometry, in series with the native ostium:
 * <ul>
 * <li>viscous (Poiseuille) loss along the hourglass: a taper from the edge to the neck over {@link #TAPER_MM}, a
 *     cylindrical neck of {@link #NECK_MM}, and a taper back ({@link Hydraulics#taperResistance});</li>
 * <li>the Borda-Carnot loss of the jet leaving the neck into the edge's lumen, {@code dP = rho/2 (v_neck - v_edge)^2},
 *     which is quadratic in flow and dominates (the inflow side narrows gradually and loses little).</li>
 * </ul>
 * The kernel's ostium is linear, so the quadratic loss enters as its secant resistance {@code dP(Q) / Q} at the
 * patient's resting sinus flow {@code Q} (the resting coronary flow, 0.72 ml/min/g times LV mass, targets.md#C06; the
 * open sinus carries all of it in this model). That is exact for the mean pressure drop at rest and underestimates
 * the drop at systolic flow peaks and in exercise (four times the flow, four times the secant).
 * The result multiplies the ostium: {@code ostiumResistanceFactor = (R_native + R_reducer) / R_native}.
 *
 * <p><b>Maturation.</b> A bare stent's mesh lets blood pass between its struts and the vessel wall; the narrowing
 * works once the mesh has endothelialised and the lumen is the neck. The effective neck diameter narrows from the edge
 * diameter to the neck diameter as {@code d(t) = d_neck + (d_edge - d_neck) exp(-t / tau)}, with {@code tau = 30 days}
 * (assumption: stent struts endothelialise over weeks; COSIRA's efficacy endpoint at 6 months finds it complete,
 * exp(-6) &lt; 0.3%).
 *
 * <p>Neck and taper lengths are assumptions (not given in our sources); the viscous part they set is a small share of
 * the total, the Borda-Carnot part depends on the diameters only.
 *
 * @param neckDiameterMm the endothelialised neck, mm, in [1, 6] (3 for the Reducer, targets.md#C10)
 * @param edgeDiameterMm the edges, sized to the sinus, mm, in [5, 16] (7 to 13, targets.md#C10), above the neck
 * @param daysSinceImplant time since implantation, days, in [0, 3650]
 */
public record Reducer(double neckDiameterMm, double edgeDiameterMm, double daysSinceImplant) implements Device {
    /** Metric names, in {@link Controller#metrics} order. */
    public static final List<String> METRICS = List.of("reducer_lumen_mm", "reducer_resistance_mmhg_s_per_ml",
            "reducer_ostium_factor");

    /** Length of the cylindrical neck, mm (assumption). */
    static final double NECK_MM = 2;
    /** Length of each taper between an edge and the neck, mm (assumption). */
    static final double TAPER_MM = 6;
    /** Endothelialisation time constant, days (assumption, see above). */
    static final double MATURATION_DAYS = 30;

    public Reducer {
        if (!(neckDiameterMm >= 1 && neckDiameterMm <= 6 && edgeDiameterMm >= 5 && edgeDiameterMm <= 16
                && edgeDiameterMm > neckDiameterMm && daysSinceImplant >= 0 && daysSinceImplant <= 3650)) {
            throw new IllegalArgumentException("Reducer: neck " + neckDiameterMm + " mm in [1, 6], edges "
                    + edgeDiameterMm + " mm in [5, 16] and wider than the neck, " + daysSinceImplant
                    + " days since implant in [0, 3650]");
        }
    }

    /** The effective neck diameter after {@code daysSinceImplant} of endothelialisation, mm. */
    public double lumenMm() {
        return neckDiameterMm + (edgeDiameterMm - neckDiameterMm) * Math.exp(-daysSinceImplant / MATURATION_DAYS);
    }

    /** The Reducer's resistance at a sinus flow of {@code flowMlPerS}: Poiseuille plus Borda-Carnot secant. */
    public double resistanceMmHgSPerMl(double flowMlPerS) {
        double d = lumenMm();
        double viscous = 2 * Hydraulics.taperResistance(edgeDiameterMm, d, TAPER_MM)
                + Hydraulics.tubeResistance(d, NECK_MM);
        return viscous + Hydraulics.expansionCoefficient(d, edgeDiameterMm) * flowMlPerS;
    }

    @Override
    public String name() {
        return "reducer";
    }

    /** Permanent from its start: 20 beats skipped (the veins settle), 8 measured. */
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
        double[] factor = new double[capacity];
        double[] resistance = new double[capacity];
        return new Controller() {
            @Override
            public void start(int i, double timeS) {
                started[i] = true;
                factor[i] = Double.NaN; // set at the first act, which has the model
            }

            @Override
            public void act(double timeS, CardiovascularModel model, int from, int to) {
                for (int i = from; i < to; i++) {
                    if (!started[i]) {
                        continue;
                    }
                    if (Double.isNaN(factor[i])) {
                        double restFlow = model.constants().microcirculation().restFlowMlPerMinPerG() / 60;
                        double massG = 0;
                        for (int l = 0; l < 4; l++) {
                            massG += model.layerMassG(l, i);
                        }
                        double nativeR = model.constants().veins().ostiumResistanceMmHgSPerMl();
                        resistance[i] = resistanceMmHgSPerMl(restFlow * massG);
                        factor[i] = (nativeR + resistance[i]) / nativeR;
                    }
                    model.ostiumResistanceFactor[i] = factor[i];
                }
            }

            @Override
            public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
                return CycleEvent.COMPLETED;
            }

            @Override
            public void metrics(int i, double[] out) {
                out[0] = lumenMm();
                out[1] = resistance[i];
                out[2] = factor[i];
            }
        };
    }
}
