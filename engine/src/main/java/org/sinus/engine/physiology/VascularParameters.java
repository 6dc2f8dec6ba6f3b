package org.sinus.engine.physiology;

/**
 * The systemic circulation of one virtual patient: a two-element Windkessel (Westerhof et al., Med Biol Eng Comput
 * 2009) from the aortic valve to the right atrium. Sources and ranges: {@code docs/model.md}, section "Circulation".
 *
 * @param systemicResistanceMmHgSPerMl total peripheral resistance, mmHg s/ml, in [0.3, 4]
 * @param arterialComplianceMlPerMmHg total arterial compliance, ml/mmHg, in [0.3, 4]
 */
public record VascularParameters(double systemicResistanceMmHgSPerMl, double arterialComplianceMlPerMmHg) {

    public VascularParameters {
        Checks.range("systemicResistanceMmHgSPerMl", systemicResistanceMmHgSPerMl, 0.3, 4);
        Checks.range("arterialComplianceMlPerMmHg", arterialComplianceMlPerMmHg, 0.3, 4);
    }
}
