package org.sinus.cohorts.stemi;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.Covariate;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.OutcomeModel;
import org.sinus.cohorts.StemiPresentation;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.outcome.InfarctSizeModel;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * Anterior STEMI after primary PCI: covariates from {@link StemiCovariates} joined by a Gaussian copula, mapped to
 * kernel parameters by {@link StemiKernelMapping}; the culprit artery is open (reperfused).
 *
 * <p>Draw order inside a patient's {@link Purpose#COHORT} stream, fixed: {@link StemiCovariates#COUNT} latent normals
 * (in covariate order, through the copula), then one normal for the microvascular resistance factor, drawn whether
 * or not the patient has microvascular obstruction so that the count of draws never depends on a value.
 *
 * <p>Immutable and thread-safe. Serialisable by name (it is rebuilt with {@link Cohorts#of(String)}), so a Spark
 * closure may capture it.
 */
public final class AnteriorStemiCohort implements Cohort, Serializable {
    /** The name in scenario files. */
    public static final String NAME = "anterior-stemi";

    private static final long serialVersionUID = 1L;
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    /** Latent thresholds of the two indicators: 1 when {@code z > threshold}. */
    private static final double FEMALE_THRESHOLD =
            STANDARD_NORMAL.inverseSurvivalProbability(StemiCovariates.FEMALE_FRACTION);
    private static final double MVO_THRESHOLD =
            STANDARD_NORMAL.inverseSurvivalProbability(StemiCovariates.MVO_PREVALENCE);

    private static final OutcomeModel OUTCOMES = new StemiOutcomes(InfarctSizeModel.defaults());

    private final transient GaussianCopula copula = GaussianCopula.of(StemiCovariates.correlationMatrix());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Covariate> covariates() {
        return StemiCovariates.COVARIATES;
    }

    @Override
    public OutcomeModel outcomes() {
        return OUTCOMES;
    }

    @Override
    public VirtualPatient sample(RandomStreams streams, long patientId) {
        final UniformRandomProvider rng = streams.stream(patientId, Purpose.COHORT);
        final NormalizedGaussianSampler gaussian = Samplers.standardNormal(rng);
        final double[] z = new double[StemiCovariates.COUNT];
        copula.sample(gaussian, z);
        final double zResistance = gaussian.sample();

        final double[] c = covariatesFromLatent(z);
        final boolean mvo = c[StemiCovariates.MICROVASCULAR_OBSTRUCTION] == 1;
        final double resistanceFactor = mvo ? StemiCovariates.MVO_RESISTANCE_FACTOR.fromLatent(zResistance) : 1;
        final StemiKernelMapping.Result mapped = StemiKernelMapping.map(patientId, c, resistanceFactor);
        final StemiPresentation presentation = new StemiPresentation(c[StemiCovariates.AREA_AT_RISK],
                c[StemiCovariates.ISCHAEMIA_TIME], c[StemiCovariates.COLLATERAL_FLOW_INDEX], mvo);
        return new VirtualPatient(patientId, c, mapped.parameters(), presentation, mapped.clampCount());
    }

    /**
     * Turns one latent vector into covariates: each through its truncated marginal, the indicators by threshold,
     * end-diastolic volume and LV mass through the marginal of the patient's sex.
     *
     * @param z latent standard normals, length {@link StemiCovariates#COUNT}
     * @return covariates indexed as in {@link StemiCovariates}
     */
    static double[] covariatesFromLatent(double[] z) {
        final double[] c = new double[StemiCovariates.COUNT];
        final boolean female = z[StemiCovariates.FEMALE] > FEMALE_THRESHOLD;
        c[StemiCovariates.AGE] = StemiCovariates.AGE_YEARS.fromLatent(z[StemiCovariates.AGE]);
        c[StemiCovariates.FEMALE] = female ? 1 : 0;
        c[StemiCovariates.HEART_RATE] = StemiCovariates.HEART_RATE_BPM.fromLatent(z[StemiCovariates.HEART_RATE]);
        final double sbp = StemiCovariates.SYSTOLIC_MMHG.fromLatent(z[StemiCovariates.SYSTOLIC]);
        c[StemiCovariates.SYSTOLIC] = sbp;
        c[StemiCovariates.DIASTOLIC] = Math.min(StemiCovariates.DIASTOLIC_MMHG.fromLatent(z[StemiCovariates.DIASTOLIC]),
                sbp - StemiCovariates.MIN_PULSE_PRESSURE_MMHG);
        c[StemiCovariates.EJECTION_FRACTION] =
                StemiCovariates.EJECTION_FRACTION_PERCENT.fromLatent(z[StemiCovariates.EJECTION_FRACTION]);
        c[StemiCovariates.END_DIASTOLIC_VOLUME] = (female ? StemiCovariates.EDV_FEMALE_ML
                : StemiCovariates.EDV_MALE_ML).fromLatent(z[StemiCovariates.END_DIASTOLIC_VOLUME]);
        c[StemiCovariates.LV_MASS] = (female ? StemiCovariates.LV_MASS_FEMALE_G
                : StemiCovariates.LV_MASS_MALE_G).fromLatent(z[StemiCovariates.LV_MASS]);
        c[StemiCovariates.AREA_AT_RISK] =
                StemiCovariates.AREA_AT_RISK_PERCENT.fromLatent(z[StemiCovariates.AREA_AT_RISK]);
        c[StemiCovariates.COLLATERAL_FLOW_INDEX] = StemiCovariates.CFI.fromLatent(z[StemiCovariates.COLLATERAL_FLOW_INDEX]);
        c[StemiCovariates.ISCHAEMIA_TIME] =
                StemiCovariates.ISCHAEMIA_TIME_MIN.fromLatent(z[StemiCovariates.ISCHAEMIA_TIME]);
        c[StemiCovariates.WEDGE_PRESSURE] = StemiCovariates.WEDGE_MMHG.fromLatent(z[StemiCovariates.WEDGE_PRESSURE]);
        c[StemiCovariates.RIGHT_ATRIAL_PRESSURE] =
                StemiCovariates.RIGHT_ATRIAL_MMHG.fromLatent(z[StemiCovariates.RIGHT_ATRIAL_PRESSURE]);
        c[StemiCovariates.MICROVASCULAR_OBSTRUCTION] = z[StemiCovariates.MICROVASCULAR_OBSTRUCTION] > MVO_THRESHOLD ? 1 : 0;
        return c;
    }

    /**
     * Serialises by name only.
     *
     * @return a proxy that resolves to {@link Cohorts#of(String)}
     * @throws ObjectStreamException never
     */
    private Object writeReplace() throws ObjectStreamException {
        return new Cohorts.ByName(NAME);
    }

    @Override
    public String toString() {
        return "Cohort[" + NAME + "]";
    }
}
