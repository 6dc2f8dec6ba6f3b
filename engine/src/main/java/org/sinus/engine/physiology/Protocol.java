package org.sinus.engine.physiology;

/**
 * How long the kernel simulates one patient under one device. The device starts after {@code warmupS} of open
 * physiology (time for the circulation and autoregulation to settle); the kernel then lets {@code skipCycles}
 * therapy cycles pass (to reach the periodic steady state of the therapy) and averages over the next
 * {@code measureCycles} whole cycles. A patient that does not complete them within {@code maxS} is a failure.
 *
 * @param warmupS open warm-up, s, in [1, 600]
 * @param skipCycles cycles not measured, in [0, 100]
 * @param measureCycles cycles averaged, in [1, 100]
 * @param maxS simulated time limit, s, greater than {@code warmupS}
 */
public record Protocol(double warmupS, int skipCycles, int measureCycles, double maxS) {

    public Protocol {
        Checks.range("warmupS", warmupS, 1, 600);
        Checks.range("skipCycles", skipCycles, 0, 100);
        Checks.range("measureCycles", measureCycles, 1, 100);
        Checks.range("maxS", maxS, warmupS, 36000);
    }
}
