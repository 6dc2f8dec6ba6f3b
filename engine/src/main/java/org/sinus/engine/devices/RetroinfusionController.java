package org.sinus.engine.devices;

import java.util.Arrays;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.CoronaryFlows;

/**
 * The retroinfusion pump and balloon for a batch, and the infusate's mass balance over each patient's coronary venous
 * network. Mutable, owned by one thread.
 *
 * <p><b>Network.</b> Five well-mixed compartments: the coronary sinus with the epicardial veins (the model's
 * {@code SINUS} state) and the four intramyocardial venous compartments. The infusate enters the sinus at the pump's
 * flow times a unit concentration and moves along the kernel's flows ({@link CoronaryFlows}), upwind: a flow carries
 * the concentration of the compartment it leaves, {@code c = m / V}, {@code V} the unstressed volume (below) plus the
 * stressed volume of the state, floored. Flows between the compartments: sinus and subepicardial veins (drain, either
 * way), subepicardial and subendocardial veins (transmural, either way), the two subepicardial veins (veno-venous,
 * either way). Sinks, which accumulate: the Thebesian veins into the LV, the ostium into the right atrium, a graft back
 * into the aorta, and each layer's capillaries when its capillary flow is retrograde (vein into microvessels).
 *
 * <p><b>The capillaries are a trap.</b> Infusate carried into a layer's microvessels counts as delivered to that layer
 * and is not followed further: extraction 1 on arrival, as for the 15 um microspheres with which retrograde delivery is
 * measured ("nutritive flow, i.e. percentage of delivered microspheres trapped in myocardial capillaries", Partington
 * et al., J Thorac Cardiovasc Surg 1989;97:605), and the limit of Crone-Renkin extraction {@code 1 - exp(-PS/F)} for
 * the slow retrograde capillary flows. For a drug it is the upper bound of uptake. It also means no infusate reaches
 * the arterioles, so there is no loss back through them; following the microvessels without a trap would count the
 * infusate that sloshes into the capillaries in diastole and out again in systole as delivered many times, or, net, as
 * nothing once the arterial inflow has washed the capillaries.
 *
 * <p><b>Step.</b> At every integration step (after {@link #act}, on the state at its start) each compartment loses the
 * share {@code 1 - exp(-Q dt / V)} of its mass, {@code Q} its total outflow, split among its outflows in proportion to
 * them: exact for flows constant over the step, positive and stable for any step; it conserves mass to rounding because
 * every share taken from one compartment is added to another or to a sink. The largest {@code Q dt / V} of the cycle is
 * reported ({@code retroinfusion_max_step_outflow_fraction}): at 1 ms it is at most about 0.015 (the distended sinus
 * emptying through the ostium just released), so the step resolves the transport; halving the step moves no share by
 * more than 1e-4 ({@code RetroinfusionTest}). The step length is the time between successive calls (the kernel steps at
 * a fixed size).
 *
 * <p><b>Volumes.</b> Unstressed volumes (assumptions, per 100 g): intramyocardial veins
 * {@value #VEIN_UNSTRESSED_ML_PER_100G} ml per 100 g of their layer, so that with the model's stressed volume at a
 * transmural 5 mmHg (0.359 ml/mmHg per 100 g, about 1.8 ml) they hold about 6 ml per 100 g, two thirds (seed 000: the
 * veins hold "2/3 of the whole intracoronary blood volume") of a myocardial blood volume of about 9 ml per 100 g
 * (cardiac MR at rest, 9% of LV mass; 8.6 ml/100 g in KCl-arrested rat hearts); epicardial veins and sinus
 * {@value #SINUS_UNSTRESSED_ML_PER_100G} ml per 100 g of LV (4.5 ml at 150 g: a sinus of 10 mm, C10's 7 to 13 mm, and
 * 30 to 40 mm long holds 2.4 to 3.1 ml, the great cardiac and other epicardial veins about 1.5 ml). Total volumes are
 * floored at {@value #MIN_VOLUME_ML} ml (a collapsed compartment then empties within a step).
 */
final class RetroinfusionController implements Controller {
    /** Unstressed volume of an intramyocardial venous compartment, ml per 100 g of its layer (class comment). */
    static final double VEIN_UNSTRESSED_ML_PER_100G = 4;
    /** Unstressed volume of the epicardial veins and coronary sinus, ml per 100 g of LV (class comment). */
    static final double SINUS_UNSTRESSED_ML_PER_100G = 3;
    /** Floor of a compartment's total volume, ml. */
    static final double MIN_VOLUME_ML = 0.01;

    // Sink rows.
    private static final int DELIVERED = 0; // four layers
    private static final int THEBESIAN = 4; // two territories
    private static final int OSTIUM = 6;
    private static final int AORTA = 7;
    private static final int TO_REMOTE = 8; // veno-venous, at-risk to remote subepicardial veins
    private static final int TO_RISK = 9; // and back
    private static final int INFUSED = 10; // mass in; with unit concentration, also the volume infused, ml
    private static final int SINKS = 11;
    // Compartment rows: the sinus, then the veins by layer.
    private static final int SINUS = 0;
    private static final int COMPARTMENTS = 5;

    private final Retroinfusion device;
    private final double rateMlPerS;
    private final boolean[] started;
    private final boolean[] done;
    private final double[] startS;
    private final double[] peakSinusMmHg;
    private final double[] maxStepOutflow;
    private final double[][] mass = new double[COMPARTMENTS][];
    private final double[][] sink = new double[SINKS][];
    private final double[] q = new double[CoronaryFlows.SIZE];
    private final double[] volume = new double[COMPARTMENTS];
    private final double[] perOutflow = new double[COMPARTMENTS];
    private final double[] lastS;

    RetroinfusionController(Retroinfusion device, int capacity) {
        this.device = device;
        rateMlPerS = device.flowMlPerMin() / 60;
        started = new boolean[capacity];
        done = new boolean[capacity];
        startS = new double[capacity];
        peakSinusMmHg = new double[capacity];
        maxStepOutflow = new double[capacity];
        lastS = new double[capacity];
        Arrays.fill(lastS, Double.NaN);
        for (int c = 0; c < COMPARTMENTS; c++) {
            mass[c] = new double[capacity];
        }
        for (int s = 0; s < SINKS; s++) {
            sink[s] = new double[capacity];
        }
    }

    @Override
    public void start(int i, double timeS) {
        started[i] = true;
        done[i] = false;
        startS[i] = timeS;
        peakSinusMmHg[i] = Double.NEGATIVE_INFINITY;
        maxStepOutflow[i] = 0;
        for (double[] row : mass) {
            row[i] = 0;
        }
        for (double[] row : sink) {
            row[i] = 0;
        }
    }

    private boolean infusing(int i, double timeS) {
        return started[i] && timeS - startS[i] < device.infusionS();
    }

    @Override
    public void act(double timeS, CardiovascularModel model, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!started[i]) {
                continue;
            }
            boolean on = infusing(i, timeS);
            model.sinusPumpMlPerS[i] = on ? rateMlPerS : 0;
            if (device.balloon()) {
                model.csOstiumOpen[i] = on ? 0 : 1;
            }
        }
    }

    @Override
    public void observeStep(double timeS, CardiovascularModel model, double[][] y, int from, int to) {
        for (int i = from; i < to; i++) {
            double dt = timeS - lastS[i]; // the step about to be taken: the kernel steps at a fixed size
            lastS[i] = timeS;
            if (started[i] && !done[i] && dt > 0) {
                transport(i, timeS, dt, model, y);
            }
        }
    }

    /** Moves patient {@code i}'s infusate over the step {@code [timeS, timeS + dt]} (class comment). */
    private void transport(int i, double timeS, double dt, CardiovascularModel model, double[][] y) {
        CoronaryFlows.of(model, i, timeS, y, q);
        double scale = device.volumeScale();
        double lvMass = 0;
        for (int l = 0; l < 4; l++) {
            double layer = model.layerMassG(l, i);
            lvMass += layer;
            volume[1 + l] = Math.max(MIN_VOLUME_ML, scale * VEIN_UNSTRESSED_ML_PER_100G * layer / 100
                    + y[CardiovascularModel.VEIN + l][i]);
        }
        volume[SINUS] = Math.max(MIN_VOLUME_ML, scale * SINUS_UNSTRESSED_ML_PER_100G * lvMass / 100
                + y[CardiovascularModel.SINUS][i]);

        // Outflows of each compartment, ml/s (positive parts of the signed flows, in their leaving direction).
        double sOstium = Math.max(0, q[CoronaryFlows.OSTIUM]);
        double sAorta = Math.max(0, -q[CoronaryFlows.GRAFT]);
        double sToVein0 = Math.max(0, -q[CoronaryFlows.DRAIN]);
        double sToVein1 = Math.max(0, -q[CoronaryFlows.DRAIN + 1]);
        double vvToRemote = Math.max(0, q[CoronaryFlows.VENO_VENOUS]);
        double vvToRisk = Math.max(0, -q[CoronaryFlows.VENO_VENOUS]);
        double[] out = perOutflow; // first each total outflow, ml/s, then the mass leaving per ml/s of it
        out[SINUS] = sOstium + sAorta + sToVein0 + sToVein1;
        for (int t = 0; t < 2; t++) {
            int endo = 2 * t;
            int epi = endo + 1;
            double tm = q[CoronaryFlows.TRANSMURAL + t];
            out[1 + endo] = q[CoronaryFlows.THEBESIAN + t] + Math.max(0, tm)
                    + Math.max(0, -q[CoronaryFlows.CAPILLARY + endo]);
            out[1 + epi] = Math.max(0, q[CoronaryFlows.DRAIN + t]) + Math.max(0, -tm)
                    + Math.max(0, -q[CoronaryFlows.CAPILLARY + epi]) + (t == 0 ? vvToRemote : vvToRisk);
        }
        // Mass leaving per ml/s of outflow over the step: m (1 - exp(-Q dt / V)) / Q, or m dt / V as Q -> 0.
        for (int c = 0; c < COMPARTMENTS; c++) {
            double x = out[c] * dt / volume[c];
            maxStepOutflow[i] = Math.max(maxStepOutflow[i], x);
            out[c] = mass[c][i] * (x > 1e-12 ? -Math.expm1(-x) / out[c] : dt / volume[c]);
        }

        // Transfers from the masses at the step's start, then applied together.
        double fromSinus = out[SINUS];
        double ostium = fromSinus * sOstium;
        double aorta = fromSinus * sAorta;
        double sinusToVein0 = fromSinus * sToVein0;
        double sinusToVein1 = fromSinus * sToVein1;
        double in = infusing(i, timeS) ? q[CoronaryFlows.PUMP] * dt : 0;
        double toRemote = out[1 + CardiovascularModel.RISK_EPI] * vvToRemote;
        double toRisk = out[1 + CardiovascularModel.REMOTE_EPI] * vvToRisk;
        double sinusNext = mass[SINUS][i] - ostium - aorta - sinusToVein0 - sinusToVein1 + in;
        for (int t = 0; t < 2; t++) {
            int endo = 2 * t;
            int epi = endo + 1;
            double tm = q[CoronaryFlows.TRANSMURAL + t];
            double fromEndo = out[1 + endo];
            double fromEpi = out[1 + epi];
            double thebesian = fromEndo * q[CoronaryFlows.THEBESIAN + t];
            double endoToEpi = fromEndo * Math.max(0, tm);
            double endoDelivered = fromEndo * Math.max(0, -q[CoronaryFlows.CAPILLARY + endo]);
            double epiToEndo = fromEpi * Math.max(0, -tm);
            double epiDelivered = fromEpi * Math.max(0, -q[CoronaryFlows.CAPILLARY + epi]);
            double epiToSinus = fromEpi * Math.max(0, q[CoronaryFlows.DRAIN + t]);
            double sinusToEpi = t == 0 ? sinusToVein0 : sinusToVein1;
            double shuntOut = t == 0 ? toRemote : toRisk;
            double shuntIn = t == 0 ? toRisk : toRemote;
            mass[1 + endo][i] += epiToEndo - thebesian - endoToEpi - endoDelivered;
            mass[1 + epi][i] += sinusToEpi + endoToEpi + shuntIn - epiToEndo - epiDelivered - epiToSinus - shuntOut;
            sinusNext += epiToSinus;
            sink[DELIVERED + endo][i] += endoDelivered;
            sink[DELIVERED + epi][i] += epiDelivered;
            sink[THEBESIAN + t][i] += thebesian;
        }
        mass[SINUS][i] = sinusNext;
        sink[OSTIUM][i] += ostium;
        sink[AORTA][i] += aorta;
        sink[TO_REMOTE][i] += toRemote;
        sink[TO_RISK][i] += toRisk;
        sink[INFUSED][i] += in;
    }

    @Override
    public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
        if (done[i]) {
            return CycleEvent.CONTINUES;
        }
        peakSinusMmHg[i] = Math.max(peakSinusMmHg[i], csSystolicMmHg);
        if (timeS - startS[i] >= device.cycleS()) {
            done[i] = true;
            return CycleEvent.COMPLETED;
        }
        return CycleEvent.CONTINUES;
    }

    @Override
    public void metrics(int i, double[] out) {
        double infused = sink[INFUSED][i];
        for (int l = 0; l < 4; l++) {
            out[l] = sink[DELIVERED + l][i] / infused;
        }
        out[4] = sink[THEBESIAN][i] / infused;
        out[5] = sink[THEBESIAN + 1][i] / infused;
        out[6] = sink[OSTIUM][i] / infused;
        out[7] = sink[AORTA][i] / infused;
        double remaining = 0;
        for (int c = 0; c < COMPARTMENTS; c++) {
            remaining += mass[c][i];
        }
        out[8] = remaining / infused;
        out[9] = (sink[TO_RISK][i] - sink[TO_REMOTE][i]) / infused;
        out[10] = infused;
        out[11] = peakSinusMmHg[i];
        out[12] = maxStepOutflow[i];
    }
}
