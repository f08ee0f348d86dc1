package it.zona.shared;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Work done once at start-up, in a lifecycle phase before the web server's: the server takes its
 * first request, and readiness goes up, only after it (an application runner would run after the
 * server had started). Steps run in the order of their distance from the server, farthest first.
 */
public abstract class StartUpStep implements SmartLifecycle {

    private final int phase;
    private volatile boolean running;

    /** {@code phasesBeforeTheServer}: 1 runs last, just before the server opens its port. */
    protected StartUpStep(int phasesBeforeTheServer) {
        this.phase = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - phasesBeforeTheServer;
    }

    /** The work; an exception stops the start-up. */
    protected abstract void run();

    @Override
    public final void start() {
        running = true;
        run();
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
