package org.sinus.engine.physiology;

/**
 * The physiology the kernel reports for one patient under one arm, averaged over whole therapy cycles (whole beats
 * for control). Flows per gram are per gram of that layer: "flow" is the net arterial inflow, "retrograde" the
 * blood entering the microcirculation backwards from its veins (retroperfusion), "perfusion" the two together, the
 * blood that passes through the layer's capillaries.
 */
public enum Metric {
    MEAN_AORTIC_MMHG("mean-aortic-mmhg"),
    SYSTOLIC_AORTIC_MMHG("systolic-aortic-mmhg"),
    DIASTOLIC_AORTIC_MMHG("diastolic-aortic-mmhg"),
    LVEDP_MMHG("lvedp-mmhg"),
    STROKE_VOLUME_ML("stroke-volume-ml"),
    EJECTION_FRACTION("ejection-fraction"),
    CARDIAC_OUTPUT_L_PER_MIN("cardiac-output-l-per-min"),
    CS_MEAN_MMHG("cs-mean-mmhg"),
    CS_SYSTOLIC_MMHG("cs-systolic-mmhg"),
    CS_DIASTOLIC_MMHG("cs-diastolic-mmhg"),
    CS_PULSE_MMHG("cs-pulse-mmhg"),
    RISK_ENDO_FLOW_ML_PER_MIN_PER_G("risk-endo-flow-ml-per-min-per-g"),
    RISK_EPI_FLOW_ML_PER_MIN_PER_G("risk-epi-flow-ml-per-min-per-g"),
    REMOTE_ENDO_FLOW_ML_PER_MIN_PER_G("remote-endo-flow-ml-per-min-per-g"),
    REMOTE_EPI_FLOW_ML_PER_MIN_PER_G("remote-epi-flow-ml-per-min-per-g"),
    RISK_ENDO_RETROGRADE_ML_PER_MIN_PER_G("risk-endo-retrograde-ml-per-min-per-g"),
    RISK_EPI_RETROGRADE_ML_PER_MIN_PER_G("risk-epi-retrograde-ml-per-min-per-g"),
    RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G("risk-endo-perfusion-ml-per-min-per-g"),
    RISK_ENDO_EPI_RATIO("risk-endo-epi-ratio"),
    THEBESIAN_FRACTION("thebesian-fraction"),
    RISK_VEIN_MEAN_MMHG("risk-vein-mean-mmhg"),
    EPICARDIAL_MEAN_MMHG("epicardial-mean-mmhg"),
    OCCLUSION_FRACTION("occlusion-fraction"),
    MEASURED_BEATS("measured-beats"),
    MEASURED_S("measured-s");

    private final String column;

    Metric(String column) {
        this.column = column;
    }

    /** The metric's column name in result files. */
    public String column() {
        return column;
    }
}
