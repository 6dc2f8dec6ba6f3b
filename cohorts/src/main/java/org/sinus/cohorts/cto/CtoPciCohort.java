package org.sinus.cohorts.cto;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.List;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.Covariate;
import org.sinus.cohorts.KernelMappings;
import org.sinus.cohorts.OutcomeModel;
import org.sinus.cohorts.TruncatedMarginal;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.cohorts.cto.CtoPatientCovariates.Marginals;
import org.sinus.engine.physiology.CoronaryParameters;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * Patients undergoing CTO PCI ({@code docs/cto-lesions.md}, "CTO PCI cohorts"): the lesion of
 * {@link CtoLesionSampler}, the patient covariates of {@link CtoPatientCovariates}, and the kernel mapping: the CTO
 * vessel's territory is the at-risk territory, occluded and supplied by collaterals only, so the kernel reports per
 * arm that territory's subendocardial oxygen balance in the state every ischaemic minute of the procedure returns to
 * (a balloon or device in the recanalised vessel, or the CTO before crossing). Outcomes: {@link CtoOutcomes}.
 *
 * <p><b>Draws.</b> From {@code streams.stream(patientId, Purpose.COHORT)}: {@link CtoCovariates#COUNT} deviates
 * for the lesion, then {@code LATENT - 1} for the patient copula, whose first latent is the lesion's age latent, not
 * a draw. Nothing else; the count never depends on a value.
 *
 * <p>Three populations: {@code cto-pci} (all comers), {@code calcified-cto-pci} (severe calcification, the lesion
 * sampler conditioned exactly) and {@code high-risk-pci} (PROTECT II's LV dysfunction with all-comer CTO lesions).
 * Immutable, thread-safe, serialisable by name.
 */
public final class CtoPciCohort implements Cohort, Serializable {
    /** All-comer CTO PCI. */
    public static final String NAME = "cto-pci";
    /** Heavily (severely) calcified CTO PCI. */
    public static final String CALCIFIED_NAME = "calcified-cto-pci";
    /** High-risk PCI: PROTECT II's LV dysfunction (LVEF 35% or less), CTO lesions. */
    public static final String HIGH_RISK_NAME = "high-risk-pci";

    private static final long serialVersionUID = 1L;
    private static final OutcomeModel OUTCOMES = new CtoOutcomes(CtoProcedureModel.defaults(),
            CtoOutcomeParameters.defaults());

    private final String name;
    private final transient CtoLesionSampler lesions;
    private final transient Marginals marginals;

    private CtoPciCohort(String name, CtoLesionSampler lesions, Marginals marginals) {
        this.name = name;
        this.lesions = lesions;
        this.marginals = marginals;
    }

    /**
     * The cohort of a name.
     *
     * @param name {@value #NAME}, {@value #CALCIFIED_NAME} or {@value #HIGH_RISK_NAME}
     * @return the cohort
     * @throws IllegalArgumentException for another name
     */
    public static CtoPciCohort of(String name) {
        return switch (name) {
            case NAME -> new CtoPciCohort(NAME, CtoLesionSampler.allComers(), CtoPatientCovariates.ALL_COMERS);
            case CALCIFIED_NAME -> new CtoPciCohort(CALCIFIED_NAME, CtoLesionSampler.heavilyCalcified(),
                    CtoPatientCovariates.ALL_COMERS);
            case HIGH_RISK_NAME -> new CtoPciCohort(HIGH_RISK_NAME, CtoLesionSampler.allComers(),
                    CtoPatientCovariates.HIGH_RISK);
            default -> throw new IllegalArgumentException("CTO cohort '" + name + "' is unknown; allowed: " + NAME
                    + ", " + CALCIFIED_NAME + ", " + HIGH_RISK_NAME);
        };
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Covariate> covariates() {
        return CtoPatientCovariates.COVARIATES;
    }

    @Override
    public VirtualPatient sample(RandomStreams streams, long patientId) {
        final NormalizedGaussianSampler gaussian = Samplers.standardNormal(streams.stream(patientId,
                Purpose.COHORT));
        final CtoLesion lesion = lesions.sample(gaussian);
        final double ageLatent = CtoPatientCovariates.ageLatent(lesion.clinical().ageYears());
        final double[] z = new double[CtoPatientCovariates.LATENT];
        final boolean[] first = {true};
        CtoPatientCovariates.COPULA.sample(() -> {
            if (first[0]) {
                first[0] = false;
                return ageLatent;
            }
            return gaussian.sample();
        }, z);
        final double[] c = covariates(lesion, z);
        final KernelMappings.Clamp clamp = new KernelMappings.Clamp(name, patientId);
        final KernelMappings.Haemodynamics h = KernelMappings.heartAndVessels(clamp,
                c[CtoPatientCovariates.HEART_RATE], c[CtoPatientCovariates.SYSTOLIC],
                c[CtoPatientCovariates.DIASTOLIC], c[CtoPatientCovariates.END_DIASTOLIC_VOLUME],
                c[CtoPatientCovariates.EJECTION_FRACTION], c[CtoPatientCovariates.LVEDP],
                c[CtoPatientCovariates.RIGHT_ATRIAL]);
        final double atRisk = c[CtoPatientCovariates.AT_RISK] / 100;
        final double cfi = c[CtoPatientCovariates.COLLATERAL_FLOW_INDEX];
        final CoronaryParameters coronary = new CoronaryParameters(
                clamp.apply("lvMassG", c[CtoPatientCovariates.LV_MASS], 60, 400), atRisk, cfi, 1, true);
        return new VirtualPatient(patientId, c, new PatientParameters(h.heart(), h.vascular(), coronary),
                new CtoPresentation(lesion, atRisk, cfi, c[CtoPatientCovariates.EJECTION_FRACTION]), clamp.count());
    }

    /** The covariate vector of a lesion and the patient latents. */
    double[] covariates(CtoLesion lesion, double[] z) {
        final Marginals m = marginals;
        final double[] c = new double[CtoPatientCovariates.COUNT];
        final boolean female = m.female().present(z[CtoPatientCovariates.FEMALE]);
        c[CtoPatientCovariates.AGE] = lesion.clinical().ageYears();
        c[CtoPatientCovariates.FEMALE] = female ? 1 : 0;
        c[CtoPatientCovariates.DIABETES] = m.diabetes().present(z[CtoPatientCovariates.DIABETES]) ? 1 : 0;
        c[CtoPatientCovariates.EJECTION_FRACTION] = m.ejectionFraction().fromLatent(
                z[CtoPatientCovariates.EJECTION_FRACTION]);
        c[CtoPatientCovariates.HEART_RATE] = m.heartRate().fromLatent(z[CtoPatientCovariates.HEART_RATE]);
        final double sbp = m.systolic().fromLatent(z[CtoPatientCovariates.SYSTOLIC]);
        c[CtoPatientCovariates.SYSTOLIC] = sbp;
        c[CtoPatientCovariates.DIASTOLIC] = Math.min(sbp - 20, m.diastolic().fromLatent(
                z[CtoPatientCovariates.DIASTOLIC]));
        c[CtoPatientCovariates.LVEDP] = m.lvedp().fromLatent(z[CtoPatientCovariates.LVEDP]);
        c[CtoPatientCovariates.RIGHT_ATRIAL] = m.rightAtrial().fromLatent(z[CtoPatientCovariates.RIGHT_ATRIAL]);
        c[CtoPatientCovariates.END_DIASTOLIC_VOLUME] = (female ? m.edvWomen() : m.edvMen()).fromLatent(
                z[CtoPatientCovariates.END_DIASTOLIC_VOLUME]);
        c[CtoPatientCovariates.LV_MASS] = (female ? m.massWomen() : m.massMen()).fromLatent(
                z[CtoPatientCovariates.LV_MASS]);
        final TruncatedMarginal cfi = lesion.access().interventionalCollaterals() ? CtoPatientCovariates.CFI_GOOD
                : CtoPatientCovariates.CFI_POOR;
        c[CtoPatientCovariates.COLLATERAL_FLOW_INDEX] = cfi.fromLatent(z[CtoPatientCovariates.COLLATERAL_FLOW_INDEX]);
        c[CtoPatientCovariates.AT_RISK] = 100 * m.atRiskScale() * CtoPatientCovariates.AT_RISK_BY_VESSEL[
                lesion.vessel().ordinal()].fromLatent(z[CtoPatientCovariates.AT_RISK]);
        c[CtoPatientCovariates.PRIOR_CABG] = lesion.clinical().priorCabg() ? 1 : 0;
        c[CtoPatientCovariates.CALCIFICATION_GRADE] = lesion.calcification().ordinal();
        c[CtoPatientCovariates.VESSEL] = lesion.vessel().ordinal();
        c[CtoPatientCovariates.OCCLUSION_LENGTH] = lesion.occlusion().lengthMm();
        c[CtoPatientCovariates.J_CTO] = CtoScores.jCto(lesion);
        return c;
    }

    @Override
    public OutcomeModel outcomes() {
        return OUTCOMES;
    }

    private Object writeReplace() throws ObjectStreamException {
        return new Cohorts.ByName(name);
    }

    @Override
    public String toString() {
        return "CtoPciCohort[" + name + "]";
    }
}
