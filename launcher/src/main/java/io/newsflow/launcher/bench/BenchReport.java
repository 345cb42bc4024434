package io.newsflow.launcher.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * The figures of one run, as the table {@code newsflow bench} prints. A throughput is shown beside its ceiling (the
 * same records through plain Kafka clients, or straight into the database, on this machine in this run) and as a
 * share of it, since a share compares across machines where a rate does not. The last line says whether other
 * processes used the CPU meanwhile: a disturbed run is reported as such, not quietly.
 *
 * @param context    what ran where: machine, run, settings
 * @param figures     the rows, in order
 * @param searchKinds the search latencies kind by kind, a table of their own; empty when search was not measured
 * @param othersLoad  per measured phase, the cores' worth of CPU other processes used (NaN where unknown)
 * @param cores       the machine's cores, to judge that load against
 */
public record BenchReport(List<String> context, List<Figure> figures, List<SearchKind> searchKinds,
                          Map<String, Double> othersLoad, int cores) {

    /** Above this many cores' worth of CPU used by others during a phase, the run is called disturbed. */
    public static final double DISTURBED_CORES = 0.25;

    /**
     * One row.
     *
     * @param ceiling     the figure's ceiling, per second as the figure, or 0 where it has none
     * @param ceilingName which ceiling that is
     * @param how         how it was measured, in a few words
     */
    public record Figure(String name, double value, String unit, double ceiling, String ceilingName, String how) {

        public boolean hasCeiling() {
            return ceiling > 0;
        }

        /** The figure as a share of its ceiling. */
        public double ratio() {
            return value / ceiling;
        }
    }

    /**
     * One kind of search's latencies.
     *
     * @param matches the median of its answers' {@code total}: how many stored articles such a search finds
     * @param queries the query strings it asked in turn
     */
    public record SearchKind(String kind, double p50Millis, double p95Millis, double p99Millis, long matches,
                             List<String> queries) {

        public SearchKind {
            queries = List.copyOf(queries);
        }
    }

    public BenchReport {
        context = List.copyOf(context);
        figures = List.copyOf(figures);
        searchKinds = List.copyOf(searchKinds);
        othersLoad = Collections.unmodifiableMap(new LinkedHashMap<>(othersLoad)); // in phase order
    }

    public Figure figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no figure \"" + name + "\""));
    }

    /** True when other processes used more than {@link #DISTURBED_CORES} during some measured phase. */
    public boolean disturbed() {
        return othersLoad.values().stream().anyMatch(cores -> cores > DISTURBED_CORES);
    }

    public void print(PrintStream out) {
        context.forEach(out::println);
        out.println();
        String row = "%-26s %20s  %-20s %6s";
        out.println(String.format(Locale.ROOT, row, "figure", "value", "ceiling", "ratio"));
        for (Figure figure : figures) {
            out.println(String.format(Locale.ROOT, row, figure.name(), number(figure.value()) + " " + figure.unit(),
                    figure.hasCeiling() ? figure.ceilingName() + " " + number(figure.ceiling()) + "/s" : "",
                    figure.hasCeiling() ? String.format(Locale.ROOT, "%.3f", figure.ratio()) : "").stripTrailing());
        }
        if (!searchKinds.isEmpty()) {
            out.println();
            String searchRow = "%-22s %8s %8s %8s %9s  %s";
            out.println(String.format(Locale.ROOT, searchRow, "search by kind", "p50 ms", "p95 ms", "p99 ms",
                    "matches", "queries, in turn"));
            for (SearchKind kind : searchKinds) {
                out.println(String.format(Locale.ROOT, searchRow, kind.kind(), number(kind.p50Millis()),
                        number(kind.p95Millis()), number(kind.p99Millis()), String.format(Locale.ROOT, "%,d",
                                kind.matches()), String.join(" ", kind.queries())));
            }
        }
        out.println();
        out.println("how:");
        // Figures measured the same way (the latency percentiles) share one line.
        var names = new ArrayList<String>();
        for (int i = 0; i < figures.size(); i++) {
            names.add(figures.get(i).name().strip());
            if (i + 1 == figures.size() || !figures.get(i + 1).how().equals(figures.get(i).how())) {
                out.println("  " + String.join(", ", names) + ": " + figures.get(i).how());
                names.clear();
            }
        }
        out.println();
        out.println(verdict());
    }

    private String verdict() {
        if (othersLoad.values().stream().anyMatch(cores -> cores.isNaN())) {
            return "CPU used by other processes: unknown (no /proc here); judge the machine's quiet yourself";
        }
        String load = othersLoad.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "CPU used by other processes, in cores of %d: %s. %s", cores, load,
                disturbed() ? "DISTURBED: other work competed with the run (above " + DISTURBED_CORES
                        + " cores in a phase); quiet the machine and run again before quoting these figures"
                        : "Undisturbed (at most " + DISTURBED_CORES + " cores in any phase).");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }
}
