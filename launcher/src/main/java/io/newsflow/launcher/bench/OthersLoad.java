package io.newsflow.launcher.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How much CPU other processes took during each measured phase, from {@link Machine#cpu()} samples at the phases'
 * boundaries. What happens between phases (reading records back, stopping the services) is left out with
 * {@link #restart()}.
 */
final class OthersLoad {

    private final Map<String, Double> byPhase = new LinkedHashMap<>();
    private Optional<Machine.CpuSample> since = Machine.cpu();

    /** Starts a measured phase now. */
    void restart() {
        since = Machine.cpu();
    }

    /** Ends the phase begun at the last restart or end; the next phase starts now. */
    void ended(String phase) {
        Optional<Machine.CpuSample> now = Machine.cpu();
        byPhase.put(phase, since.isPresent() && now.isPresent() ? now.get().othersCoresSince(since.get()) : Double.NaN);
        since = now;
    }

    Map<String, Double> byPhase() {
        return byPhase;
    }
}
