package org.sinus.engine.physiology;

/**
 * The physiology the kernel reports for one patient under one arm, averaged over whole therapy cycles (whole beats
 * for control). Flows per gram are per gram of that layer: "flow" is the net arterial inflow, "retrograde" the
 * blood entering the microcirculation backwards from its veins (retroperfusion), "perfusion" the two together, the
 * blood that passes through the layer's capillaries.
 */
public enum Metric {
    MEAN_AORTIC_MMHG("mean_aortic_mmhg"),
    SYSTOLIC_AORTIC_MMHG("systolic_aortic_mmhg"),
    DIASTOLIC_AORTIC_MMHG("diastolic_aortic_mmhg"),
    LVEDP_MMHG("lvedp_mmhg"),
    STROKE_VOLUME_ML("stroke_volume_ml"),
    EJECTION_FRACTION("ejection_fraction"),
    /** Forward flow through the aortic valve: the native heart's output, without pumps or regurgitation. */
    CARDIAC_OUTPUT_L_PER_MIN("cardiac_output_l_per_min"),
    /** Flow through the systemic resistance: native output plus pumps, what the body receives. */
    SYSTEMIC_FLOW_L_PER_MIN("systemic_flow_l_per_min"),
    /** Flow of every extracorporeal or axial pump together. */
    PUMP_FLOW_L_PER_MIN("pump_flow_l_per_min"),
    /** Mean arterial pressure times systemic flow over 451 (Fincke et al., JACC 2004). */
    CARDIAC_POWER_OUTPUT_W("cardiac_power_output_w"),
    LV_SYSTOLIC_MMHG("lv_systolic_mmhg"),
    LV_EDV_ML("lv_edv_ml"),
    LV_ESV_ML("lv_esv_ml"),
    MEAN_LA_MMHG("mean_la_mmhg"),
    MEAN_RA_MMHG("mean_ra_mmhg"),
    MEAN_PA_MMHG("mean_pa_mmhg"),
    /** Volume back through the mitral valve per beat. */
    REGURGITANT_VOLUME_ML("regurgitant_volume_ml"),
    /** Regurgitant over total LV ejection (regurgitant plus aortic). */
    REGURGITANT_FRACTION("regurgitant_fraction"),
    CS_MEAN_MMHG("cs_mean_mmhg"),
    CS_SYSTOLIC_MMHG("cs_systolic_mmhg"),
    CS_DIASTOLIC_MMHG("cs_diastolic_mmhg"),
    CS_PULSE_MMHG("cs_pulse_mmhg"),
    RISK_ENDO_FLOW_ML_PER_MIN_PER_G("risk_endo_flow_ml_per_min_per_g"),
    RISK_EPI_FLOW_ML_PER_MIN_PER_G("risk_epi_flow_ml_per_min_per_g"),
    REMOTE_ENDO_FLOW_ML_PER_MIN_PER_G("remote_endo_flow_ml_per_min_per_g"),
    REMOTE_EPI_FLOW_ML_PER_MIN_PER_G("remote_epi_flow_ml_per_min_per_g"),
    RISK_ENDO_RETROGRADE_ML_PER_MIN_PER_G("risk_endo_retrograde_ml_per_min_per_g"),
    RISK_EPI_RETROGRADE_ML_PER_MIN_PER_G("risk_epi_retrograde_ml_per_min_per_g"),
    RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G("risk_endo_perfusion_ml_per_min_per_g"),
    RISK_ENDO_EPI_RATIO("risk_endo_epi_ratio"),
    THEBESIAN_FRACTION("thebesian_fraction"),
    STROKE_WORK_MMHG_ML("stroke_work_mmhg_ml"),
    PVA_MMHG_ML("pva_mmhg_ml"),
    MVO2_ML_PER_MIN_PER_G("mvo2_ml_per_min_per_g"),
    RISK_ENDO_O2_BALANCE("risk_endo_o2_balance"),
    RISK_EPI_O2_BALANCE("risk_epi_o2_balance"),
    RISK_VEIN_MEAN_MMHG("risk_vein_mean_mmhg"),
    /** Peak pressure of the at-risk subepicardial veins (the great cardiac vein's territory), beat mean, mmHg. */
    RISK_VEIN_PEAK_MMHG("risk_vein_peak_mmhg"),
    EPICARDIAL_MEAN_MMHG("epicardial_mean_mmhg"),
    OCCLUSION_FRACTION("occlusion_fraction"),
    MEASURED_BEATS("measured_beats"),
    MEASURED_S("measured_s");

    private final String column;

    Metric(String column) {
        this.column = column;
    }

    /** The metric's column name in result files (snake_case, unit last). */
    public String column() {
        return column;
    }
}
