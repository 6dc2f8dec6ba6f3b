package org.sinus.engine.physiology;

/**
 * Oxygen transport and myocardial oxygen demand ({@code docs/model.md}, section "Oxygen").
 *
 * @param capacityMlO2PerMl oxygen carried by fully saturated blood, ml O2 per ml (haemoglobin 15 g/dl x 1.34 ml/g:
 *     textbook physiology)
 * @param arterialSaturation arterial oxygen saturation (textbook: 0.98)
 * @param venousSaturation coronary venous saturation at rest, the blood that retroperfusion carries (textbook: 0.28,
 *     a resting myocardial extraction of about 70%)
 * @param minimalSaturation the lowest end-capillary saturation the myocardium can extract to (assumption: 0.10)
 * @param pvaSlopeMlO2PerMmHgMl oxygen per pressure-volume area, ml O2 per mmHg ml (Suga, Physiol Rev 1990:
 *     1.8e-5 in the canine heart)
 * @param unloadedMlO2PerBeatPer100g oxygen of an unloaded beat (basal metabolism and excitation-contraction
 *     coupling), ml O2 per beat per 100 g (fitted: {@code OxygenTest})
 */
public record Oxygen(double capacityMlO2PerMl, double arterialSaturation, double venousSaturation,
        double minimalSaturation, double pvaSlopeMlO2PerMmHgMl, double unloadedMlO2PerBeatPer100g) {

    /** The values in force. */
    public static final Oxygen DEFAULT = new Oxygen(0.201, 0.98, 0.28, 0.10, 1.8e-5, 0.0263);
}
