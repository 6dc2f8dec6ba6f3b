/**
 * Devices that act on the physiology kernel through its actuator columns: control, permanent coronary sinus
 * occlusion, PICSO, ICSO, pICSO ({@code ObservedIcso}), synchronised retroperfusion, retroinfusion, the Reducer,
 * the Beck II / Hochberg grafts ({@code SinusGraft}), the coronary sinus mitral annuloplasty ({@code CsAnnuloplasty}),
 * the intra-aortic balloon pump ({@code Iabp}), the Impella, the TandemHeart and VA-ECMO ({@code VaEcmo}), each a
 * small immutable description with its own per-batch controller; {@code Combined} runs several at once; and
 * {@code Devices.of} builds one from a scenario's device spec. Shared helpers: the plateau detector of PICSO and
 * pICSO, the geometric resistances ({@code Hydraulics}) of the Reducer and the grafts, the patient key of the keyed
 * device draws ({@code PatientKey}: pICSO's delays, the annuloplasty's compression), and the extracorporeal pumps'
 * protocol and flow meter ({@code PumpMeter}).
 *
 * <p>Depends on {@code org.sinus.engine.physiology}, {@code org.sinus.engine.scenario} and
 * {@code org.sinus.engine.random}; no device knows another's concrete type.
 */
package org.sinus.engine.devices;
