package org.sinus.engine.devices;

import java.util.List;
import java.util.Locale;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.CoronaryParameters;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.physiology.Protocol;
import org.sinus.engine.physiology.VascularParameters;

/** Reference patients and a runner for the device tests. */
final class DevicePatients {
    private DevicePatients() {
    }

    /**
     * The stable-angina reference patient of the kernel's qualification and calibration ({@code docs/model.md}
     * section 4; the same values as the physiology tests' {@code ReferencePatients.stableAngina}, which is
     * package-private there): HR 70, Emax 2.4, Emin 0.08, V0 15 ml, Pla 9, Pra 3 mmHg, Rsys 1.15, Cart 1.4, LV 150 g,
     * LAD territory 40%, CFI 0.15.
     */
    static PatientParameters stableAngina(boolean ladOccluded) {
        return new PatientParameters(
                new HeartParameters(70, 2.4, 0.08, 15, 9, 3),
                new VascularParameters(1.15, 1.4),
                new CoronaryParameters(150, 0.4, 0.15, 1.0, ladOccluded));
    }

    /**
     * A heart-failure patient, the reference for the circulatory support devices and, with a regurgitant mitral
     * orifice, for the coronary sinus annuloplasty (assumption: a dilated, poorly contracting ventricle of the patients
     * these devices are for; AMADEUS enrolled dilated cardiomyopathy with an ejection fraction below 40%, seed 002):
     * HR 90, Emax 0.6, Emin 0.12 mmHg/ml, V0 40 ml, Pla 22, Pra 10 mmHg, mitral EROA {@code eroaCm2}; Rsys 0.9, Cart
     * 1.2; LV 220 g, culprit open, the at-risk territory (in a functional-MR patient, the circumflex's) 30%, CFI 0.1.
     * Without a device and a competent valve: mean aortic pressure 73 mmHg, ejection fraction 20%, LVEDP 23 mmHg.
     */
    static PatientParameters heartFailure(double eroaCm2) {
        return new PatientParameters(
                new HeartParameters(90, 0.6, 0.12, 40, 22, 10, eroaCm2),
                new VascularParameters(0.9, 1.2),
                new CoronaryParameters(220, 0.3, 0.1, 1.0, false));
    }

    /** One line of the circulation's figures, for printing. */
    static String circulation(String label, ArmPhysiology a) {
        return String.format(Locale.ROOT, "%-24s MAP %5.1f | LV systolic %5.1f | LVEDP %4.1f | EDV %5.1f ESV %5.1f SV "
                + "%4.1f EF %.2f | aortic valve %.2f systemic %.2f pump %.2f L/min | LA %4.1f RA %4.1f PA %4.1f mmHg | "
                + "regurgitant %4.1f ml (%.2f)", label, a.get(Metric.MEAN_AORTIC_MMHG), a.get(Metric.LV_SYSTOLIC_MMHG),
                a.get(Metric.LVEDP_MMHG), a.get(Metric.LV_EDV_ML), a.get(Metric.LV_ESV_ML),
                a.get(Metric.STROKE_VOLUME_ML), a.get(Metric.EJECTION_FRACTION),
                a.get(Metric.CARDIAC_OUTPUT_L_PER_MIN), a.get(Metric.SYSTEMIC_FLOW_L_PER_MIN),
                a.get(Metric.PUMP_FLOW_L_PER_MIN), a.get(Metric.MEAN_LA_MMHG), a.get(Metric.MEAN_RA_MMHG),
                a.get(Metric.MEAN_PA_MMHG), a.get(Metric.REGURGITANT_VOLUME_ML), a.get(Metric.REGURGITANT_FRACTION));
    }

    /** No device, measured over the same beats as a device of protocol {@code like}: comparisons at one time. */
    static Device control(Protocol like) {
        return new Device() {
            @Override
            public String name() {
                return "none";
            }

            @Override
            public Protocol protocol() {
                return like;
            }

            @Override
            public List<String> metricNames() {
                return List.of();
            }

            @Override
            public Controller controller(int capacity) {
                return new Control().controller(capacity);
            }
        };
    }

    /** Runs {@code patients} under each device (sharing the warm-up); fails if a patient fails. */
    static ArmPhysiology[][] run(List<PatientParameters> patients, List<Device> devices) {
        ArmPhysiology[][] out = new Kernel(ModelConstants.defaults(), patients.size(), Kernel.DEFAULT_STEP_S)
                .run(patients, devices);
        for (int d = 0; d < out.length; d++) {
            for (ArmPhysiology a : out[d]) {
                if (!a.ok()) {
                    throw new AssertionError(devices.get(d).name() + ": reference patient failed: " + a.failure());
                }
            }
        }
        return out;
    }

    /** One line of the main coronary sinus figures, for printing. */
    static String line(String label, ArmPhysiology a) {
        return String.format(Locale.ROOT, "%-22s CS mean %5.1f sys %5.1f dia %5.1f | at-risk vein %5.1f | endo/epi "
                + "%.3f | endo perfusion %.3f | MAP %5.1f | occluded %.2f", label, a.get(Metric.CS_MEAN_MMHG),
                a.get(Metric.CS_SYSTOLIC_MMHG), a.get(Metric.CS_DIASTOLIC_MMHG), a.get(Metric.RISK_VEIN_MEAN_MMHG),
                a.get(Metric.RISK_ENDO_EPI_RATIO), a.get(Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G),
                a.get(Metric.MEAN_AORTIC_MMHG), a.get(Metric.OCCLUSION_FRACTION));
    }
}
