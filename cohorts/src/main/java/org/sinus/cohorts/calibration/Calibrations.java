package org.sinus.cohorts.calibration;

import java.util.List;
import org.sinus.cohorts.cto.CtoProcedureCalibration;

/** The outcome models' calibrations that {@code ./sinus calibrate} runs, in report order. */
public final class Calibrations {
    /** The seed of the populations the models are fitted on (the default scenario's). */
    public static final long SEED = 20261121;

    private Calibrations() {
    }

    /** Every calibration. */
    public static List<Calibration> all() {
        return List.of(new InfarctCalibration(20_000), new StemiEventsCalibration(20_000),
                seed -> CtoProcedureCalibration.report(seed, 400), new MrCalibration(256),
                new AnginaCalibration(20_000, 256), new ShockCalibration(8_000, 64));
    }
}
