package org.sinus.jobs;

import java.io.Serializable;
import org.sinus.engine.physiology.Baroreflex;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.scenario.KernelSpec;

/**
 * The kernel's two physics switches (docs/model.md 9.6 and 4.1), resolved once on the driver from the scenario's
 * {@code kernel} block and, for what it leaves out, the driver's system properties; shipped to every task with the
 * plan, so that executors simulate with the settings the run records, whatever their own JVM options.
 *
 * @param baroreflex whether the arterial baroreflex acts ({@code sinus.baroreflex})
 * @param recruitmentPerMmHg the collateral recruitment in force ({@code sinus.recruitment}: 0 when off)
 */
record PhysicsSwitches(boolean baroreflex, double recruitmentPerMmHg) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** This JVM's settings; a bad property value is a {@link UserError} naming the property and what is allowed. */
    static PhysicsSwitches configured() {
        return configured(KernelSpec.unspecified());
    }

    /**
     * The switches a scenario sets, and this JVM's settings (or the defaults) for those it leaves unspecified; a bad
     * property value that is needed is a {@link UserError} naming the property and what is allowed.
     */
    static PhysicsSwitches configured(KernelSpec spec) {
        try {
            boolean baroreflex = spec.baroreflex() != null ? spec.baroreflex() : Baroreflex.configured();
            double recruitment = spec.collateralRecruitment() == null ? ModelConstants.configuredRecruitment()
                    : spec.collateralRecruitment() ? ModelConstants.FITTED_COLLATERAL_RECRUITMENT_PER_MMHG : 0;
            return new PhysicsSwitches(baroreflex, recruitment);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The kernel constants with this recruitment. */
    ModelConstants constants() {
        return ModelConstants.defaults(recruitmentPerMmHg);
    }

    String baroreflexKey() {
        return baroreflex ? "on" : "off";
    }

    String recruitmentKey() {
        return recruitmentPerMmHg > 0 ? "on" : "off";
    }
}
