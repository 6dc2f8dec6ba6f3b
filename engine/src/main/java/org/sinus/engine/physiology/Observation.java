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
    public static final int SIZE = 21;
}
