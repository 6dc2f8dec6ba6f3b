package org.sinus.engine.scenario;

/**
 * Percutaneous mitral annuloplasty through the coronary sinus (seed 002; CARILLON, MONARC): a device in the sinus
 * shortens the posterior mitral annulus, reducing the regurgitant orifice, and may compress the circumflex artery
 * where it crosses under the sinus. In the file: {@code device: cs-annuloplasty} with an optional
 * {@code cs-annuloplasty:} block. Whether a patient's circumflex is compressed is drawn once per patient from a keyed
 * random stream; the model and the sources of the defaults are in {@code docs/model.md} (coronary sinus devices).
 *
 * @param orificeReduction fractional reduction of the effective regurgitant orifice, in [0, 1]; default 0.27, the
 *     middle of the 22% to 32% reduction of five quantitative echocardiographic measures of mitral regurgitation at
 *     6 months in AMADEUS (Schofer et al., Circulation 2009;120:326, the 48-patient case series of seed 002,
 *     targets.md#C19)
 * @param compressionProbability probability that a patient's circumflex artery is compressed, in [0, 1]; default
 *     0.25 (EVOLUTION I: 15 of 59 implanted, targets.md#C20)
 * @param compressionConductanceFactor multiplier of the at-risk (circumflex) artery's conductance when compressed,
 *     in (0, 1]; default 0.29, a 50% diameter stenosis (assumption, {@code docs/model.md})
 * @param compressionSeed seed of the compression draws (any integer); default 1
 */
public record CsAnnuloplastySpec(double orificeReduction, double compressionProbability,
        double compressionConductanceFactor, long compressionSeed) implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "cs-annuloplasty";

    public CsAnnuloplastySpec {
        Specs.range("orifice-reduction", orificeReduction, 0, false, 1);
        Specs.range("compression-probability", compressionProbability, 0, false, 1);
        Specs.range("compression-conductance-factor", compressionConductanceFactor, 0, true, 1);
    }

    /** What a key of the {@code cs-annuloplasty:} block allows. */
    static String allowed(String key) {
        return switch (key) {
            case "compression-conductance-factor" -> Specs.rangeText(0, true, 1);
            case "compression-seed" -> "an integer";
            default -> Specs.rangeText(0, false, 1);
        };
    }

    /**
     * A 27% smaller orifice; a quarter of the patients compressed, to 0.29 of the native conductance; seed 1.
     *
     * @return the defaults
     */
    public static CsAnnuloplastySpec defaults() {
        return new CsAnnuloplastySpec(0.27, 0.25, 0.29, 1);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
