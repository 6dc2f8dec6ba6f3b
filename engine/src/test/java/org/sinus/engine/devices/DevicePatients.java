package org.sinus.engine.devices;

import java.util.List;
import java.util.Locale;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.CoronaryParameters;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
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
