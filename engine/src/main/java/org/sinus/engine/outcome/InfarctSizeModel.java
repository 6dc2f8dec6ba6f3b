package org.sinus.engine.outcome;

import java.util.Properties;

/**
 * Infarct size after reperfused STEMI, % of the left ventricle ({@code docs/model.md}, section "Infarct size").
 *
 * <p><b>Wavefront.</b> The fraction of the area at risk that necroses grows with ischaemia time as a Weibull curve,
 * {@code f(t) = 1 - exp(-(t_eff / tau)^k)}: the shape {@code k} is fitted (least squares) to Reimer's canine
 * wavefront (38 / 57 / 71 / 85% transmural necrosis at 40 min / 3 h / 6 h / 24 h, targets.md#C26) and the scale is
 * set so that a patient with the reference collateral flow reaches 50% at the human 288 min (C26). Collaterals slow
 * the wavefront: {@code t_eff = t (1 - CFI / CFI_protective) / (1 - CFI_ref / CFI_protective)} (assumption, after
 * Seiler's finding that CFI above about 0.25-0.30 prevents ischaemia during occlusion).
 *
 * <p><b>Therapy.</b> Up to {@code reperfusionInjuryShare} of the final infarct is lethal reperfusion injury that an
 * adjunct therapy can prevent (Yellon and Hausenloy, NEJM 2007: "up to 50%"). PICSO prevents a share of it that
 * saturates with the dose it delivered to the at-risk territory, {@code 1 - 2^(-dose / dose50)}, where the dose is
 * the simulated rise of at-risk venous pressure times therapy time ({@link PicsoDose}). {@code dose50} is an
 * assumption until the outcome calibration against targets.md#C12.
 *
 * <p><b>Residual.</b> Unmodelled patient variation multiplies the infarct by {@code exp(sigma z)}, with {@code z}
 * one standard normal per patient shared by every arm (common random numbers), capped at the area at risk.
 *
 * @param wavefrontShape Weibull shape k, fitted to C26 (dogs)
 * @param humanHalfNecrosisMin ischaemia time to 50% necrosis of the area at risk in humans, min (C26)
 * @param referenceCfi collateral flow index of the patient for whom {@code humanHalfNecrosisMin} holds
 * @param protectiveCfi collateral flow index at which the wavefront stops
 * @param reperfusionInjuryShare share of the final infarct preventable at reperfusion, in [0, 1]
 * @param dose50MmHgH PICSO dose preventing half of the preventable share, mmHg h
 * @param residualSigma log-scale SD of unmodelled variation
 */
public record InfarctSizeModel(double wavefrontShape, double humanHalfNecrosisMin, double referenceCfi,
        double protectiveCfi, double reperfusionInjuryShare, double dose50MmHgH, double residualSigma) {

    public InfarctSizeModel {
        if (!(wavefrontShape > 0 && humanHalfNecrosisMin > 0 && protectiveCfi > referenceCfi && referenceCfi >= 0
                && reperfusionInjuryShare >= 0 && reperfusionInjuryShare <= 1 && dose50MmHgH > 0
                && residualSigma >= 0)) {
            throw new IllegalArgumentException("infarct-size model: parameters out of range: " + this);
        }
    }

    /** The parameter file, a resource beside this class, that {@link #defaults()} reads. */
    public static final String PARAMETER_FILE = "infarct-size.properties";

    private static final InfarctSizeModel DEFAULTS = fromProperties(load());

    /**
     * The model in force: the parameters of {@value #PARAMETER_FILE} (shape 0.40: least-squares fit to C26; residual
     * sigma 0.90: fitted to the spread of C21; both refitted and rewritten by {@code ./sinus calibrate --write};
     * reference CFI 0.14: the anterior STEMI cohort's mean; protective CFI 0.30 and dose50 100 mmHg h: assumptions;
     * {@code docs/model.md}, section 5).
     */
    public static InfarctSizeModel defaults() {
        return DEFAULTS;
    }

    private static Properties load() {
        return ParameterFiles.load(InfarctSizeModel.class, PARAMETER_FILE);
    }

    /**
     * The model of a parameter file's keys ({@code wavefrontShape}, {@code humanHalfNecrosisMin}, {@code
     * referenceCfi}, {@code protectiveCfi}, {@code reperfusionInjuryShare}, {@code dose50MmHgH}, {@code
     * residualSigma}).
     *
     * @throws IllegalArgumentException naming a key that is missing or not a number
     */
    public static InfarctSizeModel fromProperties(Properties p) {
        return new InfarctSizeModel(number(p, "wavefrontShape"), number(p, "humanHalfNecrosisMin"),
                number(p, "referenceCfi"), number(p, "protectiveCfi"), number(p, "reperfusionInjuryShare"),
                number(p, "dose50MmHgH"), number(p, "residualSigma"));
    }

    private static double number(Properties p, String key) {
        return ParameterFiles.number(p, key, PARAMETER_FILE);
    }

    /** A copy with the fitted parameters replaced. */
    public InfarctSizeModel withFit(double shape, double sigma) {
        return new InfarctSizeModel(shape, humanHalfNecrosisMin, referenceCfi, protectiveCfi, reperfusionInjuryShare,
                dose50MmHgH, sigma);
    }

    /** Weibull scale for a patient at the reference CFI, min. */
    double scaleMin() {
        return humanHalfNecrosisMin / Math.pow(Math.log(2), 1 / wavefrontShape);
    }

    /** Fraction of the area at risk necrotic after {@code ischaemiaTimeMin} with collateral flow index {@code cfi}. */
    public double necrosisFraction(double ischaemiaTimeMin, double cfi) {
        double severity = Math.max(0, 1 - cfi / protectiveCfi) / (1 - referenceCfi / protectiveCfi);
        double tEff = ischaemiaTimeMin * severity;
        return 1 - Math.exp(-Math.pow(tEff / scaleMin(), wavefrontShape));
    }

    /** Share of the final infarct a PICSO dose of {@code doseMmHgH} prevents. */
    public double therapyPrevented(double doseMmHgH) {
        return reperfusionInjuryShare * (1 - Math.pow(2, -Math.max(0, doseMmHgH) / dose50MmHgH));
    }

    /**
     * Infarct size, % LV.
     *
     * @param in the presentation
     * @param doseMmHgH PICSO dose delivered (0 under control)
     * @param residualZ the patient's standard normal residual draw, the same under every arm
     */
    public double infarctSizePercentLv(InfarctInputs in, double doseMmHgH, double residualZ) {
        double untreated = in.areaAtRiskPercentLv() * necrosisFraction(in.ischaemiaTimeMin(), in.collateralFlowIndex())
                * Math.exp(residualSigma * residualZ);
        return Math.min(in.areaAtRiskPercentLv(), untreated) * (1 - therapyPrevented(doseMmHgH));
    }
}
