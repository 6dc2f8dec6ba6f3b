package org.sinus.engine.devices;

import java.util.List;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * Pressure-controlled intermittent coronary sinus occlusion (PICSO; Mohl et al., seed 000). A balloon occludes the
 * coronary sinus ostium; the controller watches the simulated systolic sinus pressure beat by beat and keeps the
 * balloon up until that pressure reaches a plateau (its beat-to-beat rise falls below
 * {@code plateauRiseMmHgPerBeat} after at least {@code minOcclusionS}), or until a safety limit (pressure or
 * occlusion time), then releases for {@code releaseS}. Nothing is on a fixed timer except the release.
 *
 * @param plateauRiseMmHgPerBeat rise of the beat's systolic sinus pressure under which it is a plateau, mmHg
 * @param minOcclusionS shortest occlusion, s
 * @param maxOcclusionS longest occlusion (safety), s
 * @param releaseS release (deflation) time, s
 * @param safetyMaxMmHg systolic sinus pressure at which the balloon is released whatever the plateau, mmHg
 */
public record Picso(double plateauRiseMmHgPerBeat, double minOcclusionS, double maxOcclusionS, double releaseS,
        double safetyMaxMmHg) implements Device {

    /** Metric names, in {@link Controller#metrics} order. */
    public static final List<String> METRICS = List.of("picso_first_plateau_beats", "picso_first_plateau_s",
            "picso_mean_occlusion_s", "picso_plateau_systolic_mmhg", "picso_safety_releases", "picso_cycles");

    public Picso {
        if (!(plateauRiseMmHgPerBeat > 0 && minOcclusionS > 0 && maxOcclusionS >= minOcclusionS && releaseS > 0
                && safetyMaxMmHg > 0)) {
            throw new IllegalArgumentException("PICSO: plateau rise, occlusion and release times and safety pressure"
                    + " must be positive, with maxOcclusionS >= minOcclusionS");
        }
    }

    /** The plateau and safety criterion of this console, shared with the operator-released pICSO. */
    public PlateauCriterion criterion() {
        return new PlateauCriterion(plateauRiseMmHgPerBeat, minOcclusionS, maxOcclusionS, safetyMaxMmHg);
    }

    @Override
    public String name() {
        return "picso";
    }

    /** Warm-up, one cycle skipped to reach the therapy's periodic state, two whole cycles measured. */
    @Override
    public Protocol protocol() {
        return new Protocol(15, 1, 2, 15 + 4 * (maxOcclusionS + releaseS) + 10);
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public Controller controller(int capacity) {
        return new PicsoController(this, capacity);
    }
}
