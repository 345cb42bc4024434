package io.newsflow.launcher.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How much CPU other processes took during each measured phase, from {@link Machine#cpu()} samples at the phases'
 * boundaries. What happens between phases (reading records back, stopping the services) is left out with
 * {@link #restart()}.
 */
final class OthersLoad {

    private final Map<String, Double> byPhase = new LinkedHashMap<>();
    private final Set<String> alsoOurs;
    private Optional<Machine.CpuSample> since;

    /** @param alsoOurs command names of processes that are part of the run (a local database server) */
    OthersLoad(Set<String> alsoOurs) {
        this.alsoOurs = Set.copyOf(alsoOurs);
        this.since = Machine.cpu(alsoOurs);
    }

    /** Starts a measured phase now. */
    void restart() {
        since = Machine.cpu(alsoOurs);
    }

    /** Ends the phase begun at the last restart or end; the next phase starts now. */
    void ended(String phase) {
        Optional<Machine.CpuSample> now = Machine.cpu(alsoOurs);
        byPhase.put(phase, since.isPresent() && now.isPresent() ? now.get().othersCoresSince(since.get()) : Double.NaN);
        since = now;
    }

    Map<String, Double> byPhase() {
        return byPhase;
    }
}
