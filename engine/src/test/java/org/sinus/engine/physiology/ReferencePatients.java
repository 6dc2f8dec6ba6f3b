package org.sinus.engine.physiology;

/** Reference patients for kernel tests, each described by the population it stands for. */
final class ReferencePatients {
    private ReferencePatients() {
    }

    /**
     * Stable angina at elective LAD PCI, the Prepare PICSO population (targets.md#C01, C02): heart rate 70 bpm,
     * normal LV (EF about 55%), mean aortic pressure about 90 mmHg, LV mass 150 g, LAD territory 40% of the LV,
     * CFI 0.15.
     */
    static PatientParameters stableAngina(boolean ladOccluded) {
        return new PatientParameters(
                new HeartParameters(70, 2.4, 0.08, 15, 9, 3),
                new VascularParameters(1.15, 1.4),
                new CoronaryParameters(150, 0.4, 0.15, 1.0, ladOccluded));
    }
}
