package org.sinus.engine.scenario;

/**
 * How much of an arm's timed therapy (PICSO's or pICSO's {@code therapy-min}) its patients actually receive, as
 * trials report it: the therapy is started in a share {@code started} of the patients and given in full to a share
 * {@code completed}; a patient in whom it was started but not completed receives a uniformly distributed fraction of
 * it (assumption: no published distribution of the stopping time). Each patient's delivery comes from its own
 * {@code DELIVERY} stream, the same draws in every arm (common random numbers). In the file: an arm's optional
 * {@code delivery:} block; without one every patient receives the whole therapy.
 *
 * @param started share of patients in whom the therapy is started, in [0, 1]
 * @param completed share who receive the whole therapy, in [0, started]
 */
public record DeliverySpec(double started, double completed) {
    public DeliverySpec {
        Specs.range("started", started, 0, false, 1);
        if (!(completed >= 0 && completed <= started)) {
            throw new SpecException("completed", Specs.number(completed), "a number in [0, started = "
                    + Specs.number(started) + "]");
        }
    }

    /** Every patient receives the whole therapy. */
    public static DeliverySpec full() {
        return new DeliverySpec(1, 1);
    }

    /**
     * The fraction of the therapy a patient receives, from its two uniform draws: {@code u} decides whether it was
     * started ({@code u < started}) and completed ({@code u < completed}), {@code v} the fraction received when it was
     * started but not completed.
     *
     * @param u the patient's first uniform draw in [0, 1)
     * @param v its second uniform draw in [0, 1)
     * @return the fraction received, in [0, 1]
     */
    public double fraction(double u, double v) {
        if (u < completed) {
            return 1;
        }
        return u < started ? v : 0;
    }
}
