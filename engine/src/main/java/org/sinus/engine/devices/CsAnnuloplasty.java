package org.sinus.engine.devices;

import java.util.List;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;

/**
 * Percutaneous mitral annuloplasty through the coronary sinus (seed 002; CARILLON, MONARC): a device anchored in the
 * sinus and great cardiac vein shortens the posterior mitral annulus, and may compress the circumflex artery where
 * it crosses under the vein ({@code physiology.md} section 3: both the benefit and the coronary risk). Permanent from
 * its start. It acts through two actuators:
 * <ul>
 * <li><b>Regurgitant orifice.</b> The mitral effective regurgitant orifice is multiplied by
 *     {@code 1 - orificeReduction}; the regurgitant flow, the left atrial pressure and the forward output then follow
 *     from the model's orifice law. The scenario default, a 27% reduction, is the middle of the 22% to 32% by which
 *     five quantitative echocardiographic measures of mitral regurgitation fell at 6 months in AMADEUS (Schofer et
 *     al., Circulation 2009;120:326; the 48-patient case series of seed 002 and targets.md#C19, whose NICE summary
 *     gives clinical results only). That the effective orifice falls by the same fraction is an assumption.</li>
 * <li><b>Circumflex compression.</b> In a patient with mitral regurgitation the model's at-risk territory stands for
 *     the circumflex territory. With probability {@code compressionProbability} (targets.md#C20: 15 of 59 implanted,
 *     about 25%) the patient's artery is compressed: its conductance is multiplied by
 *     {@code compressionConductanceFactor}. The scenario default, 0.29, is a 50% diameter stenosis (assumption: the
 *     usual angiographic threshold of a stenosis, the least a compression reported as an event would be) of a 3 mm
 *     artery over 10 mm, Poiseuille loss plus the Borda-Carnot loss of the jet ({@link Hydraulics}) at a resting
 *     circumflex flow of 0.72 ml/s (0.72 ml/min/g of 60 g, targets.md#C06), in series with the model's open artery
 *     (1 mmHg s/ml): {@code 1 / (1 + 2.5)}.</li>
 * </ul>
 *
 * <p><b>Whether this patient is compressed</b> is the patient's anatomy, drawn once and kept: the first uniform of
 * {@code RandomStreams.of(seed).stream(key, Purpose.DEVICE, }{@link #ANATOMY_SUB_INDEX}{@code )} is below the
 * probability. As for pICSO's operator ({@link ObservedIcso}), the controller does not see the patient id, so the key
 * is {@link PatientKey}'s hash of what the model loaded from the patient's parameters: the draw does not depend on
 * the patient's place in a batch, the partition or the kernel path. The sub-index keeps these draws apart from
 * pICSO's (sub-index 0) when both devices share a seed. With the same seed, two arms compress the same patients, and
 * an arm with a higher probability compresses a superset: arms compare paired (STYLE.md principle 7).
 *
 * @param orificeReduction fractional reduction of the regurgitant orifice, in [0, 1]
 * @param compressionProbability probability of circumflex compression, in [0, 1]
 * @param compressionConductanceFactor the compressed artery's conductance over its native one, in (0, 1]
 * @param seed seed of the compression draws
 */
public record CsAnnuloplasty(double orificeReduction, double compressionProbability,
        double compressionConductanceFactor, long seed) implements Device {
    /** Metric names, in {@link Controller#metrics} order. */
    public static final List<String> METRICS = List.of("cs_annuloplasty_orifice_fraction",
            "cs_annuloplasty_compressed", "cs_annuloplasty_culprit_conductance_fraction");

    /** Sub-index of the compression draw's stream, apart from pICSO's 0. Changing it changes every draw. */
    public static final long ANATOMY_SUB_INDEX = 1;
    /**
     * Beats skipped before measuring: the left atrium and pulmonary veins settle as regurgitation falls; after 20
     * beats the mean pressures are within 0.05 mmHg of their values after 100 (the reference patient). As the
     * Reducer's.
     */
    static final int SETTLE_BEATS = 20;
    /** Beats measured. */
    static final int MEASURE_BEATS = 8;

    public CsAnnuloplasty {
        if (!(orificeReduction >= 0 && orificeReduction <= 1) || !(compressionProbability >= 0
                && compressionProbability <= 1) || !(compressionConductanceFactor > 0
                && compressionConductanceFactor <= 1)) {
            throw new IllegalArgumentException("CS annuloplasty: orifice reduction " + orificeReduction
                    + " and compression probability " + compressionProbability + " in [0, 1], conductance factor "
                    + compressionConductanceFactor + " in (0, 1]");
        }
    }

    /** Whether the patient of {@code patientKey} is compressed, with the streams of the device's seed. */
    static boolean compressed(RandomStreams streams, long patientKey, double probability) {
        return streams.stream(patientKey, Purpose.DEVICE, ANATOMY_SUB_INDEX).nextDouble() < probability;
    }

    @Override
    public String name() {
        return "cs-annuloplasty";
    }

    /** Permanent from its start: {@link #SETTLE_BEATS} skipped, {@link #MEASURE_BEATS} measured, as the Reducer's. */
    @Override
    public Protocol protocol() {
        return new Protocol(15, SETTLE_BEATS, MEASURE_BEATS, 90);
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public Controller controller(int capacity) {
        boolean[] started = new boolean[capacity];
        byte[] compressed = new byte[capacity]; // -1 not drawn yet, 0 no, 1 yes
        double orifice = 1 - orificeReduction;
        RandomStreams streams = RandomStreams.of(seed);
        return new Controller() {
            @Override
            public void start(int i, double timeS) {
                started[i] = true;
                compressed[i] = -1; // drawn at the first act, which has the model for the key
            }

            @Override
            public void act(double timeS, CardiovascularModel model, int from, int to) {
                for (int i = from; i < to; i++) {
                    if (!started[i]) {
                        continue;
                    }
                    if (compressed[i] < 0) {
                        compressed[i] = (byte) (compressed(streams, PatientKey.of(model, i), compressionProbability)
                                ? 1 : 0);
                    }
                    model.mitralOrificeFactor[i] = orifice;
                    model.culpritConductanceFactor[i] = compressed[i] == 1 ? compressionConductanceFactor : 1;
                }
            }

            @Override
            public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
                return CycleEvent.COMPLETED;
            }

            @Override
            public void metrics(int i, double[] out) {
                out[0] = orifice;
                out[1] = compressed[i] < 0 ? Double.NaN : compressed[i];
                out[2] = compressed[i] == 1 ? compressionConductanceFactor : compressed[i] == 0 ? 1 : Double.NaN;
            }
        };
    }
}
