package io.newsflow.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the figures were measured on, and how busy the machine was meanwhile. Figures only compare across machines
 * with the machine beside them, and a run is only worth quoting when nothing else used the CPU: so the bench reads
 * Linux's own accounting ({@code /proc}) to say how much CPU other processes took during each phase. Elsewhere the
 * load is reported as unknown rather than guessed.
 */
public final class Machine {

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");
    private static final Path MEM_INFO = Path.of("/proc/meminfo");
    private static final Path STAT = Path.of("/proc/stat");
    private static final Path PROC = Path.of("/proc");
    private static final Path SELF_STAT = Path.of("/proc/self/stat");
    private static final Path SELF_STATUS = Path.of("/proc/self/status");

    private Machine() {
    }

    /**
     * CPU time counters at one moment, in clock ticks: the whole machine's, this process's, and per process id those
     * of the processes that are part of what is measured (a local database server's).
     */
    public record CpuSample(long machineBusy, long machineTotal, int cpus, long self, Map<String, Long> alsoOurs) {

        /**
         * Cores' worth of CPU that other processes (and the hypervisor, as steal time) used since {@code before}. A
         * process of ours that ended meanwhile takes its last ticks with it; they count as others', so the load is
         * never under-stated.
         */
        public double othersCoresSince(CpuSample before) {
            double elapsedPerCpu = (double) (machineTotal - before.machineTotal) / cpus;
            if (elapsedPerCpu <= 0) {
                return 0;
            }
            long ours = self - before.self;
            for (var process : alsoOurs.entrySet()) {
                ours += process.getValue() - before.alsoOurs.getOrDefault(process.getKey(), 0L);
            }
            return Math.max(0, ((machineBusy - before.machineBusy) - ours) / elapsedPerCpu);
        }
    }

    /** One line: CPU model and cores, memory, OS, JDK and the heap it may use. */
    public static String describe() {
        String cpu = lineValue(CPU_INFO, "model name").orElse(System.getProperty("os.arch"));
        String memory = lineValue(MEM_INFO, "MemTotal")
                .map(kb -> String.format(Locale.ROOT, ", %.1f GB RAM", kilobytes(kb) / 1e9)).orElse("");
        return String.format(Locale.ROOT, "%s, %d cores%s; %s %s; %s %s, max heap %.1f GB", cpu,
                Runtime.getRuntime().availableProcessors(), memory, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() / 1e9);
    }

    /** The most resident memory this process has had so far ({@code VmHWM}), in bytes, where Linux tells. */
    public static OptionalLong peakResidentBytes() {
        return lineValue(SELF_STATUS, "VmHWM").map(kb -> OptionalLong.of(kilobytes(kb))).orElse(OptionalLong.empty());
    }

    /**
     * The CPU counters now, or empty where {@code /proc} does not have them.
     *
     * @param alsoOurs command names of other processes whose CPU counts as the run's own ({@code postgres})
     */
    public static Optional<CpuSample> cpu(Set<String> alsoOurs) {
        try {
            List<String> stat = Files.readAllLines(STAT);
            String[] machine = stat.get(0).trim().split("\\s+"); // cpu user nice system idle iowait irq softirq steal
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(machine[field]);
            }
            long total = busy + Long.parseLong(machine[4]) + Long.parseLong(machine[5]);
            int cpus = (int) stat.stream().filter(line -> line.matches("cpu\\d+ .*")).count();
            long self = processTicks(Files.readString(SELF_STAT));
            return Optional.of(new CpuSample(busy, total, Math.max(1, cpus), self,
                    alsoOurs.isEmpty() ? Map.of() : processesNamed(alsoOurs)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not Linux, or a /proc we do not know: the load stays unknown
        }
    }

    /** The user and system ticks of each running process with one of {@code names}, by process id. */
    private static Map<String, Long> processesNamed(Set<String> names) throws IOException {
        var ticks = new HashMap<String, Long>();
        try (Stream<Path> processes = Files.list(PROC)) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if (names.contains(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) {
                        ticks.put(process.getFileName().toString(), processTicks(stat));
                    }
                } catch (IOException gone) {
                    // the process ended between listing and reading
                }
            }
        }
        return ticks;
    }

    /** utime + stime of a {@code /proc/PID/stat} line. */
    private static long processTicks(String stat) {
        // After the command name in brackets: state is field 3, utime 14, stime 15.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long kilobytes(String value) {
        return Long.parseLong(value.replace("kB", "").trim()) * 1024;
    }

    private static Optional<String> lineValue(Path file, String key) {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(key) && line.indexOf(':') > 0)
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
