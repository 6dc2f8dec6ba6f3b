package org.sinus.engine.physiology;

/** Indices of the quantities {@link CardiovascularModel#observe} writes. Pressures mmHg, volumes ml, flows ml/s. */
public final class Observation {
    private Observation() {
    }

    public static final int LV_PRESSURE = 0;
    public static final int AORTIC_PRESSURE = 1;
    public static final int SINUS_PRESSURE = 2;
    public static final int EPICARDIAL_PRESSURE = 3;
    public static final int LV_VOLUME = 4;
    /** First of four arterial inflows, in layer order (at-risk endo, at-risk epi, remote endo, remote epi). */
    public static final int LAYER_FLOW = 5;
    public static final int THEBESIAN_FLOW = 9;
    /** First of four venous pressures, in layer order. */
    public static final int VEIN_PRESSURE = 10;
    public static final int OSTIUM_FLOW = 14;
    public static final int MITRAL_FLOW = 15;
    /** First of four retrograde (vein to microcirculation) flows, in layer order: retroperfusion. */
    public static final int RETROGRADE_FLOW = 16;
    /** Flow through an axial pump from the LV to the aorta, ml/s. */
    public static final int AXIAL_PUMP_FLOW = 20;
    public static final int LA_PRESSURE = 21;
    public static final int RA_PRESSURE = 22;
    public static final int PULMONARY_PRESSURE = 23;
    public static final int RV_PRESSURE = 24;
    public static final int RV_VOLUME = 25;
    /** Flow back through the mitral valve's regurgitant orifice, ml/s. */
    public static final int REGURGITANT_FLOW = 26;
    /** Forward flow through the aortic valve, ml/s. */
    public static final int AORTIC_VALVE_FLOW = 27;
    /** Flow through the systemic resistance (native output, pumps and balloon together), ml/s. */
    public static final int SYSTEMIC_FLOW = 28;
    /** Flow through a left atrial to arterial pump (TandemHeart), ml/s. */
    public static final int LA_PUMP_FLOW = 29;
    /** Flow through a venous to arterial pump (VA-ECMO), ml/s. */
    public static final int RA_PUMP_FLOW = 30;
    public static final int TRICUSPID_FLOW = 31;
    public static final int SIZE = 32;
}
