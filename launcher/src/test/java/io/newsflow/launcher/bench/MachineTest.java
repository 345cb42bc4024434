package io.newsflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The disturbance figure: CPU the machine spent that was neither this process nor a process of the run. */
class MachineTest {

    @Test
    void others_are_the_machines_busy_time_less_ours_in_cores() {
        // given 2 CPUs over 100 ticks of wall time (200 ticks in all): 150 busy, 90 by us and 20 by our database
        var before = new Machine.CpuSample(1_000, 10_000, 2, 500, Map.of("42", 300L));
        var after = new Machine.CpuSample(1_150, 10_200, 2, 590, Map.of("42", 310L, "43", 10L));

        // then 40 ticks were others': 0.4 of a core
        assertThat(after.othersCoresSince(before)).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void a_process_of_ours_that_ended_leaves_its_last_ticks_with_the_others_never_fewer() {
        var before = new Machine.CpuSample(1_000, 10_000, 2, 500, Map.of("42", 300L));
        var after = new Machine.CpuSample(1_100, 10_200, 2, 550, Map.of());

        assertThat(after.othersCoresSince(before)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void this_machines_counters_are_read_where_linux_has_them() {
        Machine.cpu(Set.of("postgres")).ifPresent(sample -> {
            assertThat(sample.cpus()).isPositive();
            assertThat(sample.machineTotal()).isGreaterThanOrEqualTo(sample.machineBusy());
            assertThat(sample.self()).isPositive();
        });
        assertThat(Machine.describe()).contains("cores", "max heap");
    }
}
