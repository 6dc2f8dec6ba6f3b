package org.sinus.cohorts.angina;

import org.sinus.cohorts.Presentation;

/**
 * How a refractory angina patient presents at baseline: what the angina outcome model ({@link AnginaOutcomes}) reads
 * beyond the kernel's physiology (it uses the baseline CCS class; the rest is carried for reports and later models).
 * No separate stress-test ischaemic burden is modelled: the ischaemic territory's share of the LV stands for it.
 *
 * @param ccsClass Canadian Cardiovascular Society angina class, 1 to 4 (3 or 4 in this cohort)
 * @param saqAnginaFrequency Seattle Angina Questionnaire angina-frequency score, in [0, 100] (100: no angina)
 * @param priorCabg whether the patient had coronary bypass surgery
 * @param priorPci whether the patient had a percutaneous coronary intervention
 * @param diabetes whether the patient has diabetes mellitus
 * @param ischaemicTerritoryPercentLv the chronically ischaemic territory's share of the LV, %, in (0, 100]
 * @param culpritStenosisPercent diameter stenosis of the artery feeding that territory, %, in [0, 100]; 100 is a
 *     chronic total occlusion (the kernel carries the same stenosis in {@code CoronaryParameters})
 */
public record AnginaPresentation(int ccsClass, double saqAnginaFrequency, boolean priorCabg, boolean priorPci,
        boolean diabetes, double ischaemicTerritoryPercentLv, double culpritStenosisPercent) implements Presentation {

    public AnginaPresentation {
        if (ccsClass < 1 || ccsClass > 4) {
            throw new IllegalArgumentException("ccsClass = " + ccsClass + " is outside the allowed range [1, 4]");
        }
        range("saqAnginaFrequency", saqAnginaFrequency, 0, 100);
        if (!(ischaemicTerritoryPercentLv > 0 && ischaemicTerritoryPercentLv <= 100)) {
            throw new IllegalArgumentException("ischaemicTerritoryPercentLv = " + ischaemicTerritoryPercentLv
                    + " is outside the allowed range (0, 100]");
        }
        range("culpritStenosisPercent", culpritStenosisPercent, 0, 100);
    }

    /**
     * Whether the territory is fed by a chronic total occlusion.
     *
     * @return {@code culpritStenosisPercent == 100}
     */
    public boolean chronicTotalOcclusion() {
        return culpritStenosisPercent == AnginaCovariates.OCCLUDED_STENOSIS_PERCENT;
    }

    private static void range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " = " + value + " is outside the allowed range [" + min + ", "
                    + max + "]");
        }
    }
}
