package org.sinus.engine.devices;

/**
 * When an occluded coronary sinus has reached its pressure plateau, and when an occlusion must end whatever the
 * plateau (seed 000: "a pulsatile and progressive increase in coronary sinus pressure is observed at each cardiac
 * cycle until a pressure plateau is achieved"). Shared by the automatic console (PICSO) and the operator (pICSO).
 *
 * @param riseMmHgPerBeat rise of the beat's systolic sinus pressure under which it is a plateau, mmHg, positive
 * @param minOcclusionS shortest occlusion before a plateau counts, s, positive
 * @param maxOcclusionS longest occlusion (safety), s, at least {@code minOcclusionS}
 * @param safetyMaxMmHg systolic sinus pressure at which the balloon is released whatever the plateau, mmHg, positive
 */
public record PlateauCriterion(double riseMmHgPerBeat, double minOcclusionS, double maxOcclusionS,
        double safetyMaxMmHg) {

    public PlateauCriterion {
        if (!(riseMmHgPerBeat > 0 && minOcclusionS > 0 && maxOcclusionS >= minOcclusionS && safetyMaxMmHg > 0)) {
            throw new IllegalArgumentException("plateau criterion: rise " + riseMmHgPerBeat + " mmHg/beat, occlusion "
                    + minOcclusionS + " to " + maxOcclusionS + " s, safety " + safetyMaxMmHg
                    + " mmHg: all must be positive, with maxOcclusionS >= minOcclusionS");
        }
    }
}
