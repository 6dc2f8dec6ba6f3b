package org.sinus.engine.devices;

import java.util.List;
import java.util.Objects;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * Retroinfusion ({@code physiology.md} section 3; seed 000: "retroinfusion techniques aim to deliver drugs and not
 * arterialised blood to the heart ... to deliver cardioplegia"): an infusate is pumped into the coronary sinus at
 * {@code flowMlPerMin} for {@code infusionS}, with the ostium occluded by a balloon if {@code balloon}; then the pump
 * stops, the balloon is released, and the infusate left in the veins washes out for {@link #WASHOUT_S}. One therapy
 * cycle is the infusion and the wash-out; the kernel measures over it.
 *
 * <p><b>Where the infusate goes comes from a tracer, not a table.</b> The controller ({@link RetroinfusionController})
 * follows the infusate's mass through the coronary venous network at every integration step, using the kernel's own
 * flows ({@code CoronaryFlows}). The output is the fraction of the infused mass delivered to each layer's capillaries
 * (carried backwards from a vein into its microvessels), lost through the Thebesian veins into the LV, lost through the
 * ostium into the right atrium, lost into the aorta (only through a graft), and left in the veins at the end; these
 * sum to 1. Also reported: the net share shunted through the veno-venous connections from the remote to the at-risk
 * territory, the volume infused, the highest systolic sinus pressure and a numerical check. The seed's point that the
 * right ventricle is under-protected, because its venous drainage is not entirely through the sinus, cannot show:
 * the model has no right ventricular myocardium, and its only Thebesian drainage is into the LV.
 *
 * <p><b>Pump.</b> The kernel's sinus pump takes arterial blood from the aorta ({@code CardiovascularModel
 * .sinusPumpMlPerS}, made for retroperfusion). An infusate from a syringe adds volume from outside instead; at 10 to
 * 200 ml/min against a cardiac output of 5 l/min the difference in the circulation's volume is small, and on the sinus
 * side it is hydraulically the same. An infusion actuator that adds volume from outside is a kernel change.
 *
 * @see RetroinfusionController for the transport equations, volumes and their sources
 */
public final class Retroinfusion implements Device {
    /** Metric names, in {@link Controller#metrics} order; the first {@link #PARTITION} sum to 1. */
    public static final List<String> METRICS = List.of(
            "retroinfusion_risk_endo_delivered_fraction",
            "retroinfusion_risk_epi_delivered_fraction",
            "retroinfusion_remote_endo_delivered_fraction",
            "retroinfusion_remote_epi_delivered_fraction",
            "retroinfusion_thebesian_risk_fraction",
            "retroinfusion_thebesian_remote_fraction",
            "retroinfusion_ostium_fraction",
            "retroinfusion_aorta_fraction",
            "retroinfusion_remaining_fraction",
            "retroinfusion_veno_venous_to_risk_fraction",
            "retroinfusion_infused_ml",
            "retroinfusion_peak_cs_mmhg",
            "retroinfusion_max_step_outflow_fraction");
    /** Number of leading metrics that partition the infused mass (delivered, lost, remaining). */
    public static final int PARTITION = 9;
    /**
     * Wash-out after the infusion, s: the intramyocardial veins (about 6 ml per 100 g with their unstressed volume,
     * draining about 0.7 ml/min per g) turn over in about 5 s, so after 30 s less than 0.2% of the infusate is left
     * (3% with the unstressed volumes doubled; {@code RetroinfusionTest} prints it).
     */
    public static final double WASHOUT_S = 30;

    private final double flowMlPerMin;
    private final double infusionS;
    private final boolean balloon;
    private final double volumeScale;

    /**
     * @param flowMlPerMin infusion flow, ml/min, in (0, 500]
     * @param infusionS infusion time, s, in [1, 600]
     * @param balloon whether a balloon occludes the sinus ostium during the infusion
     */
    public Retroinfusion(double flowMlPerMin, double infusionS, boolean balloon) {
        this(flowMlPerMin, infusionS, balloon, 1);
    }

    /** As the public constructor, with every unstressed volume of the tracer network scaled (sensitivity tests). */
    Retroinfusion(double flowMlPerMin, double infusionS, boolean balloon, double volumeScale) {
        if (!(flowMlPerMin > 0 && flowMlPerMin <= 500)) {
            throw new IllegalArgumentException("retroinfusion: flowMlPerMin = " + flowMlPerMin
                    + " is outside (0, 500]");
        }
        if (!(infusionS >= 1 && infusionS <= 600)) {
            throw new IllegalArgumentException("retroinfusion: infusionS = " + infusionS + " is outside [1, 600]");
        }
        if (!(volumeScale > 0 && volumeScale <= 10)) {
            throw new IllegalArgumentException("retroinfusion: volumeScale = " + volumeScale
                    + " is outside (0, 10]");
        }
        this.flowMlPerMin = flowMlPerMin;
        this.infusionS = infusionS;
        this.balloon = balloon;
        this.volumeScale = volumeScale;
    }

    /** Infusion flow, ml/min. */
    public double flowMlPerMin() {
        return flowMlPerMin;
    }

    /** Infusion time, s. */
    public double infusionS() {
        return infusionS;
    }

    /** Whether a balloon occludes the ostium during the infusion. */
    public boolean balloon() {
        return balloon;
    }

    /** Factor on every unstressed volume of the tracer network (1 in scenarios). */
    double volumeScale() {
        return volumeScale;
    }

    /** Infusion plus wash-out, s: one therapy cycle. */
    public double cycleS() {
        return infusionS + WASHOUT_S;
    }

    @Override
    public String name() {
        return "retroinfusion";
    }

    /** The shared 15 s warm-up, then one cycle measured from the start (nothing skipped), with 10 s to spare. */
    @Override
    public Protocol protocol() {
        return new Protocol(15, 0, 1, 15 + cycleS() + 10);
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public Controller controller(int capacity) {
        return new RetroinfusionController(this, capacity);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Retroinfusion r && r.flowMlPerMin == flowMlPerMin && r.infusionS == infusionS
                && r.balloon == balloon && r.volumeScale == volumeScale;
    }

    @Override
    public int hashCode() {
        return Objects.hash(flowMlPerMin, infusionS, balloon, volumeScale);
    }

    @Override
    public String toString() {
        return "Retroinfusion[flowMlPerMin=" + flowMlPerMin + ", infusionS=" + infusionS + ", balloon=" + balloon
                + (volumeScale == 1 ? "" : ", volumeScale=" + volumeScale) + "]";
    }
}
