package org.sinus.cohorts.mr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.SampleStatistics;

/**
 * Baseline means of the 20,000 accepted patients ({@link MrSample}) next to the baseline tables of the CS
 * annuloplasty studies, printed as in {@code docs/cohort-functional-mr.md}. Asserted only where the marginal was set
 * from that table: the cohort mean must lie within two standard errors of the published mean (SE = SD / sqrt(n) of
 * that study, a statement about the study's uncertainty, not the cohort's; the cohort's own Monte Carlo SE is below
 * a tenth of it). The rest is printed for the reader: set from another source, derived, or (volumes) deliberately
 * on another scale.
 */
class MrBaselineTest {

    /** One published baseline: mean, SD (NaN if not reported), n, and whether the marginal was set from it. */
    private record Published(String quantity, int covariate, double scale, double mean, double sd, int n,
            String source, boolean asserted) {
    }

    private static final Published[] TABLE = {
        new Published("age, years", MrCovariates.AGE, 1, 69.8, 9.5, 120, "REDUCE-FMR", true),
        new Published("women, %", MrCovariates.FEMALE, 100, 28, Double.NaN, 31_625, "MAGGIC, HFrEF", false),
        new Published("NYHA class", MrCovariates.NYHA, 1, 2.9, 0.5, 30, "AMADEUS (C19; SD assumed 0.5)", true),
        new Published("6-minute walk, m", MrCovariates.SIX_MINUTE_WALK, 1, 307, 87, 48, "AMADEUS (C19)", true),
        new Published("KCCQ, points", MrCovariates.KCCQ, 1, 47, 16, 48, "AMADEUS (C19)", true),
        new Published("EROA, cm^2", MrCovariates.EROA, 1, 0.33, 0.17, 20, "AMADEUS procedural", true),
        new Published("regurgitant volume, ml", MrCovariates.REGURGITANT_VOLUME, 1, 40, 20, 20, "AMADEUS procedural",
                false),
        new Published("regurgitant volume, ml", MrCovariates.REGURGITANT_VOLUME, 1, 34.5, 11.5, 36, "TITAN implanted",
                false),
        new Published("LV end-diastolic volume, ml", MrCovariates.END_DIASTOLIC_VOLUME, 1, 208.5, 62.0, 36,
                "TITAN implanted (echo)", false),
        new Published("LV end-systolic volume, ml", MrCovariates.END_SYSTOLIC_VOLUME, 1, 151.8, 57.1, 36,
                "TITAN implanted (echo)", false),
        new Published("circumflex under the CS, %", MrCovariates.CIRCUMFLEX_UNDER_CS, 100, 84, Double.NaN, 43,
                "AMADEUS procedural", true),
        new Published("CS ostium to crossing, mm", MrCovariates.CROSSING_DISTANCE, 1, 86.5, 21, 36,
                "Choure et al. 2006 (CT)", true),
    };

    @Test
    void baselineMeansAgainstTheStudies() {
        final MrSample sample = MrSample.get();
        final List<String> errors = new ArrayList<>();
        System.out.println("| quantity | cohort mean (SD) | published mean (SD), n | source | asserted within |");
        for (Published p : TABLE) {
            final double[] x = sample.accepted(p.covariate());
            final double mean = p.scale() * SampleStatistics.mean(x);
            final double sd = p.scale() * SampleStatistics.sd(x);
            final double publishedSd = Double.isNaN(p.sd()) && p.scale() == 100
                    ? 100 * Math.sqrt(p.mean() / 100 * (1 - p.mean() / 100)) : p.sd();
            final double tolerance = 2 * publishedSd / Math.sqrt(p.n());
            System.out.printf(Locale.ROOT, "| %s | %.3g (%.3g) | %.3g (%s), %d | %s | %s |%n", p.quantity(), mean, sd,
                    p.mean(), Double.isNaN(p.sd()) ? "-" : String.format(Locale.ROOT, "%.3g", p.sd()), p.n(),
                    p.source(), p.asserted() ? String.format(Locale.ROOT, "+/- %.3g", tolerance) : "printed only");
            if (p.asserted() && Math.abs(mean - p.mean()) > tolerance) {
                errors.add(String.format(Locale.ROOT, "%s: cohort %.4g, %s %.4g +/- %.3g", p.quantity(), mean,
                        p.source(), p.mean(), tolerance));
            }
        }
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }
}
