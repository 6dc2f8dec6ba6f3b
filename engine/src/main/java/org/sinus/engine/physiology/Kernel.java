package org.sinus.engine.physiology;

import java.util.Arrays;
import java.util.List;

/**
 * Runs a batch of patients under one {@link Device} through the {@link CardiovascularModel}, beat by beat, and
 * reports each patient's {@link ArmPhysiology}. A mutable workspace owned by one thread: every array is sized once
 * at construction, and {@link #run} allocates only its results.
 *
 * <p>Each patient keeps its own beat clock (heart rates differ). At the end of each of its beats the kernel (1)
 * lets the remote territory's arterioles autoregulate towards demand (the at-risk territory's autoregulation is
 * exhausted, {@code docs/model.md}), (2) checks the state is finite, or sends the patient to the failure ledger,
 * (3) hands the beat to the device's controller, and (4) adds the beat to the measurement window, which covers
 * whole therapy cycles only.
 */
public final class Kernel {
    /** Integration step, s: well inside RK4's stability limit for the stiffest pair (aortic valve and LV). */
    public static final double DEFAULT_STEP_S = 0.001;

    // Beat accumulator rows.
    static final int B_TIME = 0;
    static final int B_AORTA = 1;
    static final int B_SINUS = 2;
    static final int B_FLOW = 3; // four layers
    static final int B_THEBESIAN = 7;
    static final int B_VEIN_RISK = 8;
    static final int B_EPICARDIAL = 9;
    static final int B_OCCLUDED = 10;
    static final int B_RETRO = 11; // two at-risk layers
    static final int B_WORK = 13; // loop area, the LV's external work, mmHg ml
    static final int B_LA = 14;
    static final int B_RA = 15;
    static final int B_PULMONARY = 16;
    static final int B_MITRAL = 17; // forward mitral flow
    static final int B_REGURGITANT = 18;
    static final int B_TRICUSPID = 19;
    static final int B_AORTIC_VALVE = 20;
    static final int B_SYSTEMIC = 21;
    static final int B_PUMPS = 22; // axial, left atrial and venous pumps
    static final int B_SIZE = 23;
    // Window accumulator rows: the beat sums plus per-beat extremes summed over beats.
    private static final int W_SINUS_MAX = B_SIZE;
    private static final int W_SINUS_MIN = B_SIZE + 1;
    private static final int W_AORTA_MAX = B_SIZE + 2;
    private static final int W_AORTA_MIN = B_SIZE + 3;
    private static final int W_EDP = B_SIZE + 4;
    private static final int W_STROKE = B_SIZE + 5;
    private static final int W_EF = B_SIZE + 6;
    private static final int W_BEATS = B_SIZE + 7;
    private static final int W_POTENTIAL = B_SIZE + 8;
    private static final int W_LV_MAX = B_SIZE + 9;
    private static final int W_EDV = B_SIZE + 10;
    private static final int W_ESV = B_SIZE + 11;
    private static final int W_VEIN_MAX = B_SIZE + 12;
    private static final int W_SIZE = B_SIZE + 13;

    private final CardiovascularModel model;
    private final ExplicitRungeKutta integrator;
    private final double stepS;
    private final double[][] y;
    private final double[][] beat;
    private final double[][] window;
    private final double[][] committed;
    private final double[] sinusMax;
    private final double[] sinusMin;
    private final double[] aortaMax;
    private final double[] aortaMin;
    private final double[] lvMax;
    private final double[] veinMax;
    private final double[] volumeMax;
    private final double[] volumeMin;
    private final double[] lastVolume;
    private final double[] lastPressure;
    private final double[] nextBeatS;
    private final double[][] arteriolarReference = new double[4][];
    private final int[] cycles;
    private final int[] measuredCycles;
    private final byte[] stage; // 0 warm-up, 1 skipping, 2 measuring, 3 done
    private final String[] failure;
    private final double[] obs = new double[Observation.SIZE];
    /** Everything the kernel and the model change while stepping, to branch devices off one warm-up. */
    private final BatchSnapshot workspace;
    /** The arterial baroreflex, acting from each device's start; null when switched off. */
    private final Baroreflex baroreflex;
    /** The per-step bookkeeping's vector twin; null on the scalar path. */
    private final VectorBookkeeping vectorBookkeeping;
    /** Patients per batch asked for; the columns hold {@link #lanes} more at most (padding). */
    private final int capacity;
    /** Patients per vector on the vector path (batches are padded to whole vectors), 1 on the scalar path. */
    private final int lanes;
    private Trace trace;


    /**
     * A kernel on {@link KernelPath#configured()}'s derivative path.
     *
     * @param constants structural constants
     * @param capacity the most patients per batch
     * @param stepS integration step, s
     */
    public Kernel(ModelConstants constants, int capacity, double stepS) {
        this(constants, capacity, stepS, KernelPath.configured());
    }

    /**
     * @param constants structural constants
     * @param capacity the most patients per batch
     * @param stepS integration step, s
     * @param path the scalar reference or its vector twin (scalar where the vector module is missing)
     */
    public Kernel(ModelConstants constants, int capacity, double stepS, KernelPath path) {
        this(constants, capacity, stepS, path, Baroreflex.configured());
    }

    /**
     * @param constants structural constants
     * @param capacity the most patients per batch
     * @param stepS integration step, s
     * @param path the scalar reference or its vector twin (scalar where the vector module is missing)
     * @param baroreflex whether the arterial baroreflex acts from each device's start ({@link Baroreflex})
     */
    public Kernel(ModelConstants constants, int capacity, double stepS, KernelPath path, boolean baroreflex) {
        this.capacity = capacity;
        this.lanes = path.effective() == KernelPath.VECTOR ? VectorDerivatives.lanes() : 1;
        int columns = padded(capacity);
        this.model = new CardiovascularModel(constants, columns, path);
        this.integrator = new ExplicitRungeKutta(ButcherTableau.RK4, CardiovascularModel.DIMENSION, columns);
        this.stepS = stepS;
        y = new double[CardiovascularModel.DIMENSION][columns];
        beat = new double[B_SIZE][columns];
        window = new double[W_SIZE][columns];
        committed = new double[W_SIZE][columns];
        sinusMax = new double[columns];
        sinusMin = new double[columns];
        aortaMax = new double[columns];
        aortaMin = new double[columns];
        lvMax = new double[columns];
        veinMax = new double[columns];
        volumeMax = new double[columns];
        volumeMin = new double[columns];
        lastVolume = new double[columns];
        lastPressure = new double[columns];
        nextBeatS = new double[columns];
        for (int l = 0; l < 4; l++) {
            arteriolarReference[l] = new double[columns];
        }
        cycles = new int[columns];
        measuredCycles = new int[columns];
        stage = new byte[columns];
        failure = new String[columns];
        this.baroreflex = baroreflex ? new Baroreflex(columns) : null;
        workspace = new BatchSnapshot().doubles(y).doubles(model.arteriolarResistance)
                .doubles(model.arteriolarConductance).doubles(model.actuators())
                .doubles(model.emax, model.rsys).doubles(this.baroreflex == null ? new double[0][] : this.baroreflex
                        .columns())
                .doubles(beat).doubles(sinusMax, sinusMin, aortaMax, aortaMin, lvMax, veinMax, volumeMax, volumeMin,
                        lastVolume, lastPressure, nextBeatS).bytes(stage).strings(failure);
        vectorBookkeeping = model.path() == KernelPath.VECTOR ? new VectorBookkeeping(model, beat, sinusMax, sinusMin,
                aortaMax, aortaMin, lvMax, volumeMax, volumeMin, lastVolume, lastPressure, veinMax) : null;
    }

    /** {@code n} patients rounded up to whole vectors. */
    private int padded(int n) {
        return (n + lanes - 1) / lanes * lanes;
    }

    /** The most patients per batch. */
    public int capacity() {
        return capacity;
    }

    /** The path that evaluates the model's derivatives (after any fallback). */
    public KernelPath path() {
        return model.path();
    }

    /**
     * Simulates {@code patients} (at most {@link #capacity()}) under {@code device}.
     *
     * @return one result per patient, in order
     */
    public ArmPhysiology[] run(List<PatientParameters> patients, Device device) {
        return run(patients, List.of(device))[0];
    }

    /**
     * Simulates {@code patients} (at most {@link #capacity()}) under each of {@code devices}, integrating the open
     * warm-up once: no device acts before its start, so the state at the end of the shared warm-up is the same for
     * every device, and each device continues from a copy of it. The results are bit for bit those of separate
     * {@link #run(List, Device)} calls; the devices must share their warm-up time.
     *
     * @return {@code [device][patient]}
     */
    public ArmPhysiology[][] run(List<PatientParameters> patients, List<Device> devices) {
        return run(patients, devices, null);
    }

    /**
     * As {@link #run(List, List)}, also handing every step of every patient under every device to {@code trace}
     * (null: no trace). For looking at a few patients; a trace slows the kernel.
     *
     * @return {@code [device][patient]}
     */
    public ArmPhysiology[][] run(List<PatientParameters> patients, List<Device> devices, Trace trace) {
        int n = patients.size();
        if (n > capacity) {
            throw new IllegalArgumentException("batch of " + n + " patients exceeds the kernel's capacity "
                    + capacity);
        }
        double warmupS = devices.get(0).protocol().warmupS();
        for (Device d : devices) {
            if (d.protocol().warmupS() != warmupS) {
                throw new IllegalArgumentException("devices simulated together must share their warm-up: "
                        + devices.get(0).name() + " has " + warmupS + " s, " + d.name() + " "
                        + d.protocol().warmupS() + " s");
            }
        }
        reset(patients, n);
        int width = pad(patients, n);
        // Steps whose end lies before the warm-up's end: no beat can start a device in them.
        long shared = 0;
        while ((shared + 1) * stepS < warmupS) {
            shared++;
        }
        Protocol warmup = devices.get(0).protocol();
        this.trace = trace;
        advance(IdleController.INSTANCE, warmup, n, width, 0, shared, -1);
        if (devices.size() > 1) {
            workspace.save(width);
        }
        ArmPhysiology[][] out = new ArmPhysiology[devices.size()][];
        for (int k = 0; k < devices.size(); k++) {
            Device device = devices.get(k);
            if (k > 0) {
                workspace.restore(width);
                clearCycles(n);
            }
            Controller controller = device.controller(model.capacity());
            advance(controller, device.protocol(), n, width, shared, (long) Math.ceil(device.protocol().maxS() / stepS),
                    k);
            out[k] = results(n, device, controller);
        }
        this.trace = null;
        return out;
    }

    /**
     * Receives the observations of one step of one patient under one device; the array is reused, copy what you
     * keep. The shared warm-up is reported with device index -1.
     */
    @FunctionalInterface
    public interface Trace {
        /**
         * @param device index of the device in the run's list, or -1 for the shared warm-up
         * @param patient index of the patient in the batch
         * @param timeS time, s
         * @param observation values by {@link Observation} index
         * @param model the model, for its actuator columns
         */
        void record(int device, int patient, double timeS, double[] observation, CardiovascularModel model);
    }

    /**
     * Steps {@code [from, to)} of the batch of {@code n} patients ({@code width} columns with the padding) under
     * {@code controller}, or until every patient is done.
     */
    private void advance(Controller controller, Protocol protocol, int n, int width, long from, long to, int device) {
        ModelConstants.Microcirculation mc = model.constants().microcirculation();
        double restFlowPerG = mc.restFlowMlPerMinPerG() / 60;
        double endoShare = 2 * mc.endoEpiFlowRatio() / (1 + mc.endoEpiFlowRatio());
        double dt = stepS;
        int active = 0;
        for (int i = 0; i < n; i++) {
            active += stage[i] == 3 ? 0 : 1;
        }
        for (long s = from; s < to && active > 0; s++) {
            double t = s * dt;
            controller.act(t, model, 0, n);
            controller.observeStep(t, model, y, 0, n);
            int scalarFrom = trace == null && vectorBookkeeping != null
                    ? vectorBookkeeping.accumulate(t, dt, y, 0, width) : 0;
            for (int i = scalarFrom; i < n; i++) {
                if (stage[i] != 3) {
                    accumulate(i, t, dt);
                    if (trace != null) {
                        trace.record(device, i, t, obs, model);
                    }
                }
            }
            integrator.step(model, t, dt, y, 0, width);
            double tEnd = (s + 1) * dt;
            for (int i = 0; i < n; i++) {
                if (stage[i] == 3 || tEnd < nextBeatS[i]) {
                    continue;
                }
                nextBeatS[i] += model.periodS(i);
                if (!finite(i)) {
                    fail(i, "non-finite state at t = " + tEnd + " s");
                    active--;
                    continue;
                }
                model.observe(i, tEnd, y, obs);
                autoregulate(i, restFlowPerG, endoShare);
                if (stage[i] == 0) {
                    prime(i, tEnd, protocol.warmupS());
                }
                if (baroreflex != null) {
                    reflex(i, tEnd, protocol.warmupS());
                }
                if (endBeat(i, tEnd, protocol, controller)) {
                    active--;
                }
            }
        }
    }

    private void reset(List<PatientParameters> patients, int n) {
        for (int i = 0; i < n; i++) {
            model.load(i, patients.get(i), y);
            for (int l = 0; l < 4; l++) {
                arteriolarReference[l][i] = model.arteriolarResistance[l][i];
            }
            nextBeatS[i] = model.periodS(i);
            cycles[i] = 0;
            measuredCycles[i] = 0;
            stage[i] = 0;
            failure[i] = null;
            clearBeat(i);
            lastVolume[i] = Double.NaN;
            lastPressure[i] = Double.NaN;
            for (double[] row : window) {
                row[i] = 0;
            }
            for (double[] row : committed) {
                row[i] = 0;
            }
        }
    }

    /**
     * Fills the columns after the batch's last patient up to a whole vector with copies of the first patient, done
     * from the start: the vector code computes them and nothing reads them, so that every patient of the batch is
     * computed by the same (vector) code, whatever its place in the batch (STYLE.md principle 7).
     *
     * @return the number of columns stepped
     */
    private int pad(List<PatientParameters> patients, int n) {
        int width = padded(n);
        for (int i = n; i < width; i++) {
            model.load(i, patients.get(0), y);
            nextBeatS[i] = Double.POSITIVE_INFINITY;
            stage[i] = 3;
            failure[i] = null;
            clearBeat(i);
            lastVolume[i] = Double.NaN;
            lastPressure[i] = Double.NaN;
        }
        return width;
    }

    private void clearBeat(int i) {
        for (double[] row : beat) {
            row[i] = 0;
        }
        sinusMax[i] = Double.NEGATIVE_INFINITY;
        sinusMin[i] = Double.POSITIVE_INFINITY;
        aortaMax[i] = Double.NEGATIVE_INFINITY;
        aortaMin[i] = Double.POSITIVE_INFINITY;
        lvMax[i] = Double.NEGATIVE_INFINITY;
        veinMax[i] = Double.NEGATIVE_INFINITY;
        volumeMax[i] = Double.NEGATIVE_INFINITY;
        volumeMin[i] = Double.POSITIVE_INFINITY;
    }

    /** Left Riemann sums of the observed quantities over the beat (error O(dt), dt = 1 ms against beats of ~1 s). */
    private void accumulate(int i, double t, double dt) {
        model.observe(i, t, y, obs);
        beat[B_TIME][i] += dt;
        beat[B_AORTA][i] += obs[Observation.AORTIC_PRESSURE] * dt;
        double pcs = obs[Observation.SINUS_PRESSURE];
        beat[B_SINUS][i] += pcs * dt;
        for (int l = 0; l < 4; l++) {
            beat[B_FLOW + l][i] += obs[Observation.LAYER_FLOW + l] * dt;
        }
        beat[B_THEBESIAN][i] += obs[Observation.THEBESIAN_FLOW] * dt;
        double riskVein = obs[Observation.VEIN_PRESSURE + CardiovascularModel.RISK_EPI];
        beat[B_VEIN_RISK][i] += riskVein * dt;
        veinMax[i] = Math.max(veinMax[i], riskVein);
        beat[B_EPICARDIAL][i] += obs[Observation.EPICARDIAL_PRESSURE] * dt;
        beat[B_OCCLUDED][i] += (1 - model.csOstiumOpen[i]) * dt;
        beat[B_RETRO][i] += obs[Observation.RETROGRADE_FLOW + CardiovascularModel.RISK_ENDO] * dt;
        beat[B_RETRO + 1][i] += obs[Observation.RETROGRADE_FLOW + CardiovascularModel.RISK_EPI] * dt;
        sinusMax[i] = Math.max(sinusMax[i], pcs);
        sinusMin[i] = Math.min(sinusMin[i], pcs);
        double pao = obs[Observation.AORTIC_PRESSURE];
        aortaMax[i] = Math.max(aortaMax[i], pao);
        aortaMin[i] = Math.min(aortaMin[i], pao);
        beat[B_LA][i] += obs[Observation.LA_PRESSURE] * dt;
        beat[B_RA][i] += obs[Observation.RA_PRESSURE] * dt;
        beat[B_PULMONARY][i] += obs[Observation.PULMONARY_PRESSURE] * dt;
        beat[B_MITRAL][i] += obs[Observation.MITRAL_FLOW] * dt;
        beat[B_REGURGITANT][i] += obs[Observation.REGURGITANT_FLOW] * dt;
        beat[B_TRICUSPID][i] += obs[Observation.TRICUSPID_FLOW] * dt;
        beat[B_AORTIC_VALVE][i] += obs[Observation.AORTIC_VALVE_FLOW] * dt;
        beat[B_SYSTEMIC][i] += obs[Observation.SYSTEMIC_FLOW] * dt;
        beat[B_PUMPS][i] += (obs[Observation.AXIAL_PUMP_FLOW] + obs[Observation.LA_PUMP_FLOW]
                + obs[Observation.RA_PUMP_FLOW]) * dt;
        double v = obs[Observation.LV_VOLUME];
        volumeMax[i] = Math.max(volumeMax[i], v);
        volumeMin[i] = Math.min(volumeMin[i], v);
        double plv = obs[Observation.LV_PRESSURE];
        lvMax[i] = Math.max(lvMax[i], plv);
        if (lastVolume[i] == lastVolume[i]) { // trapezoidal loop area: ejection counts positive
            beat[B_WORK][i] += 0.5 * (plv + lastPressure[i]) * (lastVolume[i] - v);
        }
        lastVolume[i] = v;
        lastPressure[i] = plv;
    }

    /**
     * Metabolic autoregulation of both territories: each beat the arteriolar resistance moves a fraction
     * {@link ModelConstants#AUTOREGULATION_GAIN} of the way (in log terms) towards the value giving the demanded
     * flow; demand scales with the rate-pressure product (Gobel et al., Circulation 1978), taken from the LV's peak
     * systolic pressure (the afterload the myocardium works against, not an augmented diastolic aortic pressure).
     * Dilation is bounded by the flow reserve (targets.md#C06): an ischaemic territory, whose perfusion pressure
     * cannot deliver its demand, ends at maximal dilation, its autoregulation exhausted.
     */
    private void autoregulate(int i, double restFlowPerG, double endoShare) {
        double beatS = beat[B_TIME][i];
        double rpp = 60 / model.periodS(i) * lvMax[i];
        double demand = restFlowPerG * rpp / ModelConstants.REFERENCE_RATE_PRESSURE_PRODUCT;
        for (int l = 0; l < 4; l++) {
            boolean endo = (l & 1) == 0;
            double target = demand * model.layerMassG(l, i) * (endo ? endoShare : 2 - endoShare);
            double flow = Math.max(beat[B_FLOW + l][i] / beatS, 1e-3 * target);
            double r = model.arteriolarResistance[l][i] * Math.pow(flow / target, ModelConstants.AUTOREGULATION_GAIN);
            double ref = arteriolarReference[l][i];
            model.arteriolarResistance(l, i, Math.min(3 * ref, Math.max(model.minimalArteriolarResistance(l, i), r)));
        }
    }

    /**
     * The priming of the closed loop during the first {@link ModelConstants#PRIMING_SHARE} of the warm-up: the atria
     * are held at the patient's pressures while the right ventricle's elastance moves each beat towards balancing its
     * inflow with the left ventricle's net inflow; then the loop closes with the blood volume it holds.
     */
    private void prime(int i, double t, double warmupS) {
        if (!model.atriaHeld(i)) {
            return;
        }
        if (t >= ModelConstants.PRIMING_SHARE * warmupS) {
            model.releaseAtria(i);
            return;
        }
        double left = beat[B_MITRAL][i] - beat[B_REGURGITANT][i];
        double right = beat[B_TRICUSPID][i];
        if (left > 0 && right > 0) {
            double e = model.rvEmax(i) * Math.pow(left / right, ModelConstants.PRIMING_GAIN);
            model.rvEmax(i, Math.min(8, Math.max(0.2, e)));
        }
    }

    /**
     * The baroreflex at the end of a beat: its operating point fixed at the warm-up's last beat (the beat whose end
     * starts the device), then one update per beat ({@link Baroreflex}).
     */
    private void reflex(int i, double t, double warmupS) {
        double meanAortic = beat[B_AORTA][i] / beat[B_TIME][i];
        if (stage[i] == 0) {
            if (t >= warmupS) {
                baroreflex.start(i, meanAortic, model);
            }
        } else {
            baroreflex.beat(i, meanAortic, beat[B_TIME][i], model, y);
        }
    }

    /** Processes the end of a beat; returns whether the patient is done. */
    private boolean endBeat(int i, double t, Protocol protocol, Controller controller) {
        if (stage[i] == 0) {
            if (t >= protocol.warmupS()) {
                controller.start(i, t);
                stage[i] = (byte) (protocol.skipCycles() == 0 ? 2 : 1);
            }
            clearBeat(i);
            return false;
        }
        Controller.CycleEvent event = controller.onBeatEnd(i, t, sinusMax[i]);
        if (stage[i] == 2) {
            addBeatToWindow(i);
        }
        clearBeat(i);
        if (event == Controller.CycleEvent.COMPLETED) {
            cycles[i]++;
            if (stage[i] == 1 && cycles[i] >= protocol.skipCycles()) {
                stage[i] = 2;
            } else if (stage[i] == 2) {
                for (int r = 0; r < W_SIZE; r++) {
                    committed[r][i] = window[r][i];
                }
                measuredCycles[i]++;
                if (measuredCycles[i] >= protocol.measureCycles()) {
                    stage[i] = 3;
                    return true;
                }
            }
        }
        return false;
    }

    private void addBeatToWindow(int i) {
        for (int r = 0; r < B_SIZE; r++) {
            window[r][i] += beat[r][i];
        }
        window[W_SINUS_MAX][i] += sinusMax[i];
        window[W_SINUS_MIN][i] += sinusMin[i];
        window[W_AORTA_MAX][i] += aortaMax[i];
        window[W_AORTA_MIN][i] += aortaMin[i];
        window[W_EDP][i] += obs[Observation.LV_PRESSURE];
        window[W_STROKE][i] += volumeMax[i] - volumeMin[i];
        window[W_EF][i] += (volumeMax[i] - volumeMin[i]) / volumeMax[i];
        window[W_BEATS][i] += 1;
        window[W_LV_MAX][i] += lvMax[i];
        window[W_EDV][i] += volumeMax[i];
        window[W_ESV][i] += volumeMin[i];
        window[W_VEIN_MAX][i] += veinMax[i];
        double endSystolicStress = volumeMin[i] - model.v0[i];
        window[W_POTENTIAL][i] += 0.5 * model.emax[i] * endSystolicStress * endSystolicStress;
    }

    private boolean finite(int i) {
        for (double[] row : y) {
            if (!Double.isFinite(row[i])) {
                return false;
            }
        }
        return true;
    }

    private void fail(int i, String reason) {
        failure[i] = reason;
        stage[i] = 3;
        for (double[] row : y) {
            row[i] = 0; // keep the batch's arithmetic finite; the patient is no longer read
        }
        model.resetActuators(i);
    }

    private ArmPhysiology[] results(int n, Device device, Controller controller) {
        ArmPhysiology[] out = new ArmPhysiology[n];
        int deviceMetrics = device.metricNames().size();
        for (int i = 0; i < n; i++) {
            double[] dm = new double[deviceMetrics];
            controller.metrics(i, dm);
            String why = failure[i];
            if (why == null && measuredCycles[i] < device.protocol().measureCycles()) {
                why = "only " + measuredCycles[i] + " of " + device.protocol().measureCycles()
                        + " therapy cycles completed within " + device.protocol().maxS() + " s";
            }
            double[] m = new double[Metric.values().length];
            if (why != null) {
                Arrays.fill(m, Double.NaN);
            } else {
                summarise(i, m);
            }
            out[i] = new ArmPhysiology(m, dm, why);
        }
        return out;
    }

    private void summarise(int i, double[] m) {
        double[] c = new double[W_SIZE];
        for (int r = 0; r < W_SIZE; r++) {
            c[r] = committed[r][i];
        }
        double time = c[B_TIME];
        double beats = c[W_BEATS];
        m[Metric.MEAN_AORTIC_MMHG.ordinal()] = c[B_AORTA] / time;
        m[Metric.SYSTOLIC_AORTIC_MMHG.ordinal()] = c[W_AORTA_MAX] / beats;
        m[Metric.DIASTOLIC_AORTIC_MMHG.ordinal()] = c[W_AORTA_MIN] / beats;
        m[Metric.LVEDP_MMHG.ordinal()] = c[W_EDP] / beats;
        m[Metric.STROKE_VOLUME_ML.ordinal()] = c[W_STROKE] / beats;
        m[Metric.EJECTION_FRACTION.ordinal()] = c[W_EF] / beats;
        m[Metric.CARDIAC_OUTPUT_L_PER_MIN.ordinal()] = c[B_AORTIC_VALVE] / time * 60 / 1000;
        double systemic = c[B_SYSTEMIC] / time * 60 / 1000;
        m[Metric.SYSTEMIC_FLOW_L_PER_MIN.ordinal()] = systemic;
        m[Metric.PUMP_FLOW_L_PER_MIN.ordinal()] = c[B_PUMPS] / time * 60 / 1000;
        m[Metric.CARDIAC_POWER_OUTPUT_W.ordinal()] = c[B_AORTA] / time * systemic / 451;
        m[Metric.LV_SYSTOLIC_MMHG.ordinal()] = c[W_LV_MAX] / beats;
        m[Metric.LV_EDV_ML.ordinal()] = c[W_EDV] / beats;
        m[Metric.LV_ESV_ML.ordinal()] = c[W_ESV] / beats;
        m[Metric.MEAN_LA_MMHG.ordinal()] = c[B_LA] / time;
        m[Metric.MEAN_RA_MMHG.ordinal()] = c[B_RA] / time;
        m[Metric.MEAN_PA_MMHG.ordinal()] = c[B_PULMONARY] / time;
        m[Metric.REGURGITANT_VOLUME_ML.ordinal()] = c[B_REGURGITANT] / beats;
        double ejected = c[B_REGURGITANT] + c[B_AORTIC_VALVE];
        m[Metric.REGURGITANT_FRACTION.ordinal()] = ejected > 0 ? c[B_REGURGITANT] / ejected : 0;
        m[Metric.CS_MEAN_MMHG.ordinal()] = c[B_SINUS] / time;
        m[Metric.CS_SYSTOLIC_MMHG.ordinal()] = c[W_SINUS_MAX] / beats;
        m[Metric.CS_DIASTOLIC_MMHG.ordinal()] = c[W_SINUS_MIN] / beats;
        m[Metric.CS_PULSE_MMHG.ordinal()] = (c[W_SINUS_MAX] - c[W_SINUS_MIN]) / beats;
        double arterial = 0;
        for (int l = 0; l < 4; l++) {
            double flow = c[B_FLOW + l] / time;
            arterial += flow;
            m[Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G.ordinal() + l] = flow * 60 / model.layerMassG(l, i);
        }
        for (int l = 0; l < 2; l++) {
            m[Metric.RISK_ENDO_RETROGRADE_ML_PER_MIN_PER_G.ordinal() + l] = c[B_RETRO + l] / time * 60
                    / model.layerMassG(l, i);
        }
        m[Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G.ordinal()] = m[Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G.ordinal()]
                + m[Metric.RISK_ENDO_RETROGRADE_ML_PER_MIN_PER_G.ordinal()];
        m[Metric.RISK_ENDO_EPI_RATIO.ordinal()] = c[B_FLOW] / c[B_FLOW + 1];
        m[Metric.THEBESIAN_FRACTION.ordinal()] = c[B_THEBESIAN] / time / arterial;
        m[Metric.RISK_VEIN_MEAN_MMHG.ordinal()] = c[B_VEIN_RISK] / time;
        m[Metric.RISK_VEIN_PEAK_MMHG.ordinal()] = c[W_VEIN_MAX] / beats;
        m[Metric.EPICARDIAL_MEAN_MMHG.ordinal()] = c[B_EPICARDIAL] / time;
        m[Metric.OCCLUSION_FRACTION.ordinal()] = c[B_OCCLUDED] / time;
        oxygen(i, c, time, beats, m);
        m[Metric.MEASURED_BEATS.ordinal()] = beats;
        m[Metric.MEASURED_S.ordinal()] = time;
    }

    /**
     * Myocardial oxygen demand from the pressure-volume area (Suga, Physiol Rev 1990) and each at-risk layer's
     * oxygen balance: extractable oxygen delivered (arterial inflow and retroperfused venous blood, each down to the
     * minimal end-capillary saturation) over the layer's demand ({@code docs/model.md}, "Oxygen").
     */
    private void oxygen(int i, double[] c, double time, double beats, double[] m) {
        double lvMass = 0;
        for (int l = 0; l < 4; l++) {
            lvMass += model.layerMassG(l, i);
        }
        ModelConstants.Microcirculation mc = model.constants().microcirculation();
        double endoShare = 2 * mc.endoEpiFlowRatio() / (1 + mc.endoEpiFlowRatio());
        Oxygen.DEFAULT.report(c[B_WORK] / beats, c[W_POTENTIAL] / beats, lvMass, beats / time * 60, endoShare, m);
    }

    /** Clears the therapy-cycle counters and measurement windows of patients {@code [0, n)} (all zero after warm-up). */
    private void clearCycles(int n) {
        for (int i = 0; i < n; i++) {
            cycles[i] = 0;
            measuredCycles[i] = 0;
            for (int r = 0; r < W_SIZE; r++) {
                window[r][i] = 0;
                committed[r][i] = 0;
            }
        }
    }
}
