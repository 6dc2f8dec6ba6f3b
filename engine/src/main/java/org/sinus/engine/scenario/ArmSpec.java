package org.sinus.engine.scenario;

/**
 * One arm of the trial: every patient of the cohort is simulated in every arm (paired design).
 *
 * @param name the arm's name: lower-case letters, digits and hyphens, 1 to 40 characters, starting with a letter or
 *     digit ({@code [a-z0-9][a-z0-9-]{0,39}}); unique within the scenario
 * @param device the device applied in this arm; {@link NoDevice} for control
 * @param delivery how much of a timed therapy its patients receive ({@link DeliverySpec#full()}: all of it)
 */
public record ArmSpec(String name, DeviceSpec device, DeliverySpec delivery) {
    /** What an arm name may look like, for messages. */
    static final String NAME_ALLOWED = "lower-case letters, digits and '-', 1 to 40 characters, not starting with '-'";

    public ArmSpec {
        Specs.required("name", name, NAME_ALLOWED);
        if (!Specs.SLUG.matcher(name).matches()) {
            throw new SpecException("name", name, NAME_ALLOWED);
        }
        Specs.required("device", device, "one of none, picso");
        Specs.required("delivery", delivery, "a delivery block");
    }

    /** An arm whose patients receive the whole therapy. */
    public ArmSpec(String name, DeviceSpec device) {
        this(name, device, DeliverySpec.full());
    }
}
