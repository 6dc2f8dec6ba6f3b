package org.sinus.engine.devices;

import java.util.List;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * Pressure-observed intermittent coronary sinus occlusion (pICSO; Mohl et al., seed 000): the PICSO occlusion, but
 * the balloon is deflated by an operator who watches the sinus pressure, not by the console. The operator recognises
 * the same plateau as the console ({@link PlateauCriterion}, read from the simulated pressure) and deflates after a
 * reaction delay drawn afresh for every occlusion from a log-normal distribution with mean {@code reactionMeanS} and
 * standard deviation {@code reactionSdS} (log-normal because a delay is positive and right-skewed; the distribution,
 * its mean and its spread are assumptions: no source gives pICSO operators' delays). A safety limit (systolic
 * pressure or longest occlusion) deflates at once, as the console's alarm would. The release lasts {@code releaseS}.
 *
 * <p>The delays are random but keyed: patient {@code p}'s delays come from
 * {@code RandomStreams.of(seed).stream(key(p), Purpose.DEVICE)}, with the key from {@link PatientKey}, so they do not
 * depend on the patient's position in the batch. {@code seed} is the operator's: a scenario gives it, so that two
 * arms with different seeds are two operators.
 *
 * @param criterion the plateau and safety criterion
 * @param releaseS release (deflation) time, s, positive
 * @param reactionMeanS mean reaction delay from plateau to deflation, s, in [0, 60]
 * @param reactionSdS standard deviation of the delay, s, in [0, 60]; 0 for a fixed delay
 * @param seed the operator's seed
 */
public record ObservedIcso(PlateauCriterion criterion, double releaseS, double reactionMeanS, double reactionSdS,
        long seed) implements Device {

    /** Metric names, in {@link Controller#metrics} order. */
    public static final List<String> METRICS = List.of("observed_icso_first_plateau_s",
            "observed_icso_mean_occlusion_s", "observed_icso_mean_reaction_s", "observed_icso_plateau_systolic_mmhg",
            "observed_icso_safety_releases", "observed_icso_cycles");

    public ObservedIcso {
        if (criterion == null || !(releaseS > 0) || !(reactionMeanS >= 0 && reactionMeanS <= 60)
                || !(reactionSdS >= 0 && reactionSdS <= 60) || (reactionSdS > 0 && reactionMeanS == 0)) {
            throw new IllegalArgumentException("pICSO: criterion required, release " + releaseS
                    + " s positive, reaction delay mean " + reactionMeanS + " s and SD " + reactionSdS
                    + " s in [0, 60] (a spread needs a positive mean)");
        }
    }

    /** Log-normal location {@code mu} of the delay: {@code ln(mean) - sigma^2 / 2}. */
    double logMu() {
        return Math.log(reactionMeanS) - logSigma() * logSigma() / 2;
    }

    /** Log-normal scale {@code sigma} of the delay: {@code sqrt(ln(1 + sd^2 / mean^2))}. */
    double logSigma() {
        double cv = reactionSdS / reactionMeanS;
        return Math.sqrt(Math.log1p(cv * cv));
    }

    @Override
    public String name() {
        return "observed-icso";
    }

    /** As PICSO's: one cycle skipped, two measured; time for four longest cycles. */
    @Override
    public Protocol protocol() {
        return new Protocol(15, 1, 2, 15 + 4 * (criterion.maxOcclusionS() + releaseS) + 10);
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public Controller controller(int capacity) {
        return new ObservedIcsoController(this, capacity);
    }
}
