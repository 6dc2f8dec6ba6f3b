package org.sinus.engine.scenario;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of virtual cohort a scenario can ask for; each is built by the {@code cohorts} module. */
public enum CohortType {
    /** Patients with anterior ST-elevation myocardial infarction (LAD culprit) after primary PCI. */
    ANTERIOR_STEMI("anterior-stemi"),
    /** Patients undergoing CTO PCI, all comers at expert centres (docs/cto-lesions.md). */
    CTO_PCI("cto-pci"),
    /** Patients undergoing PCI of a heavily (severely) calcified CTO. */
    CALCIFIED_CTO_PCI("calcified-cto-pci"),
    /** High-risk PCI: PROTECT II's LV dysfunction (LVEF 35% or less), CTO lesions (docs/cto-lesions.md). */
    HIGH_RISK_PCI("high-risk-pci"),
    /** Patients with functional mitral regurgitation, as in the coronary sinus annuloplasty studies. */
    FUNCTIONAL_MR("functional-mr"),
    /** Patients with refractory angina (CCS III-IV, no revascularisation option), as in COSIRA. */
    REFRACTORY_ANGINA("refractory-angina"),
    /** Acute myocardial infarction complicated by cardiogenic shock, as in IABP-SHOCK II (targets.md#C33). */
    CARDIOGENIC_SHOCK("cardiogenic-shock"),
    /** Acute myocardial infarction complicated by cardiogenic shock, as in ECLS-SHOCK (lactate above 3 mmol/l; C34). */
    CARDIOGENIC_SHOCK_ECLS("cardiogenic-shock-ecls");

    private final String key;

    CohortType(String key) {
        this.key = key;
    }

    /** @return the name used in scenario files, e.g. {@code anterior-stemi} */
    public String key() {
        return key;
    }

    /**
     * Looks a type up by its file name.
     *
     * @param key the name in the file
     * @return the type, or empty if there is none of that name
     */
    public static Optional<CohortType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /** @return the allowed names, for error messages: "one of a, b" */
    static String allowed() {
        return "one of " + Arrays.stream(values()).map(CohortType::key).collect(Collectors.joining(", "));
    }
}
