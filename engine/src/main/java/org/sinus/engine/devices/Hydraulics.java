package org.sinus.engine.devices;

import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.ModelConstants;

/**
 * Resistances of vessels and devices from their geometry, for the devices whose effect is a narrowing or a graft
 * (Reducer, Beck II / Hochberg). Steady flow of blood as a Newtonian fluid:
 * <ul>
 * <li>viscous loss by Poiseuille's law, {@code dP = 8 mu L Q / (pi r^4)}, integrated along a linear taper
 *     ({@code dP = 8 mu Q / pi * L / (3 (r2 - r1)) * (1 / r1^3 - 1 / r2^3)});</li>
 * <li>inertial loss at a sudden expansion by the Borda-Carnot relation, {@code dP = rho / 2 (v1 - v2)^2}, and at a
 *     sharp entrance, {@code dP = K rho v^2 / 2} (White, Fluid Mechanics, section 6.9: K = 0.5 for a sharp-edged
 *     entrance, 1 for an exit into a large chamber).</li>
 * </ul>
 * Inputs in millimetres and ml/s, resistances in mmHg s/ml (the kernel's unit), quadratic coefficients in
 * mmHg/(ml/s)^2. Stateless.
 */
final class Hydraulics {
    /** Whole-blood viscosity, Pa s ({@link ModelConstants#BLOOD_VISCOSITY_PA_S}). */
    static final double BLOOD_VISCOSITY_PA_S = ModelConstants.BLOOD_VISCOSITY_PA_S;
    /** Blood density, kg/m^3. */
    static final double BLOOD_DENSITY_KG_PER_M3 = ModelConstants.BLOOD_DENSITY_KG_PER_M3;
    /** Pascal per mmHg. */
    static final double PA_PER_MMHG = ModelConstants.PA_PER_MMHG;
    private static final double M3_PER_ML = 1e-6;
    private static final double M_PER_MM = 1e-3;

    private Hydraulics() {
    }

    /** Poiseuille resistance of a tube tapering linearly from diameter {@code d1Mm} to {@code d2Mm}, mmHg s/ml. */
    static double taperResistance(double d1Mm, double d2Mm, double lengthMm) {
        double r1 = d1Mm / 2 * M_PER_MM;
        double r2 = d2Mm / 2 * M_PER_MM;
        double length = lengthMm * M_PER_MM;
        double integral = Math.abs(r2 - r1) < 1e-12 ? length / Math.pow(r1, 4)
                : length / (3 * (r2 - r1)) * (1 / (r1 * r1 * r1) - 1 / (r2 * r2 * r2));
        return 8 * BLOOD_VISCOSITY_PA_S / Math.PI * integral * M3_PER_ML / PA_PER_MMHG;
    }

    /** Poiseuille resistance of a straight tube, mmHg s/ml. */
    static double tubeResistance(double diameterMm, double lengthMm) {
        return taperResistance(diameterMm, diameterMm, lengthMm);
    }

    /**
     * Coefficient {@code k} of the Borda-Carnot loss {@code dP = k Q^2} where a jet from a lumen of diameter
     * {@code narrowMm} expands into one of {@code wideMm} ({@code Double.POSITIVE_INFINITY} for a chamber),
     * mmHg/(ml/s)^2.
     */
    static double expansionCoefficient(double narrowMm, double wideMm) {
        double inverse = 1 / area(narrowMm) - (Double.isInfinite(wideMm) ? 0 : 1 / area(wideMm));
        return BLOOD_DENSITY_KG_PER_M3 / 2 * inverse * inverse * M3_PER_ML * M3_PER_ML / PA_PER_MMHG;
    }

    /** Coefficient of an entrance or exit loss {@code dP = K rho v^2 / 2 = k Q^2}, mmHg/(ml/s)^2. */
    static double dynamicHeadCoefficient(double diameterMm, double lossCoefficient) {
        double a = area(diameterMm);
        return lossCoefficient * BLOOD_DENSITY_KG_PER_M3 / 2 / (a * a) * M3_PER_ML * M3_PER_ML / PA_PER_MMHG;
    }

    /** The positive flow {@code Q} that solves {@code dP = r Q + k Q^2}, ml/s. */
    static double flowAt(double pressureMmHg, double r, double k) {
        return k == 0 ? pressureMmHg / r : CardiovascularModel.quadraticLossFlow(r, k, pressureMmHg);
    }

    private static double area(double diameterMm) {
        double r = diameterMm / 2 * M_PER_MM;
        return Math.PI * r * r;
    }
}
