package org.sinus.engine.physiology;

/**
 * The controller of the shared open warm-up: acts on nothing, and is never started (no beat of the warm-up ends
 * after it, so the kernel never hands it a therapy beat).
 */
final class IdleController implements Controller {
    /** The one instance: it holds no state. */
    static final IdleController INSTANCE = new IdleController();

    private IdleController() {
    }

    @Override
    public void start(int i, double timeS) {
        throw new IllegalStateException("the warm-up controller is never started");
    }

    @Override
    public void act(double timeS, CardiovascularModel model, int from, int to) {
    }

    @Override
    public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
        throw new IllegalStateException("the warm-up controller sees no therapy beats");
    }

    @Override
    public void metrics(int i, double[] out) {
    }
}
