package org.earlyhelp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


/**
 * Writes {@code RESULTS.md} from what one {@code ./earlyhelp bench} run left in {@code target/bench}:
 * {@code env.txt} (machine and versions), {@code seed.txt}, {@code pgbench.txt}, one Gatling report
 * per scenario (the statistics table of its {@code <scenario>/index.html}), {@code step-down-latency.txt},
 * {@code cpu-before.txt} and {@code cpu-after.txt} (around the mixed run), {@code cpu-per-request.txt} and {@code processes.txt}; and the
 * baseline it is compared with, {@code load-tests/baseline/} ({@code before.txt}, {@code cpu-per-request.txt}). Every figure is read
 * from those files; none is typed in.
 * Usage: {@code Report <bench-dir> <results-file>}.
 */
public final class Report {

    record Stats(String name, long requests, long ko, double rps, long p50, long p95, long p99, long max) {
        private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
        private static final Pattern CELL = Pattern.compile("col-(\\d+)\">([^<]*)<");

        /** One row of the statistics table of Gatling's report (columns: total, OK, KO, % KO, req/s, min, p50, p75, p95, p99, max). */
        static Stats ofRow(String row) {
            Matcher name = NAME.matcher(row);
            Map<Integer, String> cells = new java.util.HashMap<>();
            Matcher cell = CELL.matcher(row);
            while (cell.find()) {
                cells.put(Integer.valueOf(cell.group(1)), cell.group(2).trim());
            }
            return new Stats(name.find() ? name.group(1) : "?", number(cells, 2), number(cells, 4), Double.parseDouble(cells.getOrDefault(6, "0")),
                    number(cells, 8), number(cells, 10), number(cells, 11), number(cells, 12));
        }

        private static long number(Map<Integer, String> cells, int column) {
            String value = cells.getOrDefault(column, "0");
            return value.equals("-") ? 0 : Long.parseLong(value);
        }

        String row() {
            return "| %s | %d | %d | %.0f | %d | %d | %d | %d |".formatted(name, requests, ko, rps, p50, p95, p99, max);
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Path out = Path.of(args.length > 1 ? args[1] : "RESULTS.md");
        // the baseline beside the results file: load-tests/baseline/
        Path baselineDir = out.toAbsolutePath().getParent().resolve("baseline");
        Files.writeString(out, new Report(dir, baselineDir).markdown() + keptReportsSection(out));
        System.out.println("wrote " + out.toAbsolutePath());
    }

    /** The section {@code reports-bench.sh} writes (between its markers) outlives a new run of this benchmark. */
    static String keptReportsSection(Path results) throws IOException {
        if (!Files.exists(results)) {
            return "";
        }
        Matcher section = Pattern.compile("<!-- reports:begin -->.*?<!-- reports:end -->", Pattern.DOTALL)
                .matcher(Files.readString(results));
        return section.find() ? "\n" + section.group() + "\n" : "";
    }

    private final Path dir;
    private final Path baselineDir;
    private final Map<String, String> env;
    private final Map<String, String> baseline;

    Report(Path dir, Path baselineDir) throws IOException {
        this.dir = dir;
        this.baselineDir = baselineDir;
        this.env = keyValues(dir.resolve("env.txt"));
        this.baseline = keyValues(baselineDir.resolve("before.txt"));
    }

    String markdown() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Written by `").append(env.getOrDefault("command", "./earlyhelp bench")).append("` on ")
                .append(env.getOrDefault("date", "?")).append(". Reproduce with exactly that command on a clean clone.\n\n");
        md.append("## Machine and versions\n\n| | |\n| --- | --- |\n");
        for (String key : List.of("cpu", "cores", "memory", "os", "java", "jvm", "quarkus", "postgresql", "kafka", "keycloak", "gatling", "pgbench")) {
            md.append("| ").append(key).append(" | ").append(env.getOrDefault(key, "?")).append(" |\n");
        }
        md.append("\nEverything runs on this one machine: PostgreSQL, Kafka, Keycloak, the four services, the gateway, ")
                .append("and the load generator (Gatling) or pgbench, which take CPU from the system they measure.\n\n");

        Map<String, String> seed = keyValues(dir.resolve("seed.txt"));
        md.append("## Dataset\n\n").append(seed.getOrDefault("families", "?")).append(" families seeded (each: a child and a parent, ")
                .append("a consent, an assessment, an active plan with a goal and its review, two notifications) in ")
                .append(seed.getOrDefault("seconds", "?")).append(" s (").append(seed.getOrDefault("rate", "?")).append(" families/s), ")
                .append("straight into the services' schemas (`load-tests/src/main/java/org/earlyhelp/bench/Seed.java`).\n\n");

        md.append("## Scenarios (through the gateway, real Keycloak tokens)\n\n");
        md.append("Response times in ms. `KO` counts failed requests (wrong status or a timeout). Before them: ")
                .append(env.getOrDefault("settings.warmup", "no warm-up")).append(".\n\n");
        List<String[]> scenarios = List.of(
                new String[] { "mixed", "1. Mixed practitioner traffic, open model at the target rate" },
                new String[] { "stepdown", "2. Step-down journey (step-downs at a steady rate, mixed traffic in the background)" },
                new String[] { "families", "Ceiling comparison: POST /api/families, closed loop" },
                new String[] { "scale", "4. Caseload and timeline at the seeded size" });
        for (String[] scenario : scenarios) {
            List<Stats> stats = stats(scenario[0]);
            if (stats.isEmpty()) {
                md.append("### ").append(scenario[1]).append("\n\nNot run.\n\n");
                continue;
            }
            md.append("### ").append(scenario[1]).append("\n\n").append(env.getOrDefault("settings." + scenario[0], "")).append("\n\n");
            md.append("| request | requests | KO | req/s | p50 | p95 | p99 | max |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            stats.forEach(row -> md.append(row.row()).append('\n'));
            md.append('\n');
        }

        String stepDown = read(dir.resolve("step-down-latency.txt")).trim();
        md.append("### Step-down accepted → plan and first review readable\n\n")
                .append("Measured by the step-down scenario from the acceptance's 200 to the plan with its review being readable through ")
                .append("the gateway (polled every 20 ms, so up to 20 ms of each figure is the polling interval): ms, `")
                .append(stepDown.isEmpty() ? "not run" : stepDown).append("`.\n\n");

        md.append("### 3. Open-loop ramp: where p99 passes 100 ms\n\n");
        md.append("Mixed traffic at rising arrival rates, each step its own run (").append(env.getOrDefault("settings.ramp", ""))
                .append(").\n\n| offered req/s | served req/s | KO | p50 | p95 | p99 |\n| --- | --- | --- | --- | --- | --- |\n");
        String knee = "not reached in the steps run";
        String previous = "0";
        for (Path step : ramp()) {
            Stats s = stats(step.getFileName().toString()).get(0);
            String offered = step.getFileName().toString().replace("ramp-", "");
            md.append("| %s | %.0f | %d | %d | %d | %d |\n".formatted(offered, s.rps(), s.ko(), s.p50(), s.p95(), s.p99()));
            if (s.p99() > 100 && knee.startsWith("not")) {
                knee = "between " + previous + " and " + offered + " req/s offered";
            }
            previous = offered;
        }
        md.append("\np99 passes 100 ms: ").append(knee).append(".\n\n");

        md.append("## The ceiling: pgbench on the same PostgreSQL\n\n");
        Double tps = ceilingTps();
        Double ours = familyWrites();
        md.append("`load-tests/ceiling.sql`: the transaction `POST /api/families` commits (duplicate check, family, two members, outbox row, ")
                .append("audit entry), ").append(env.getOrDefault("settings.pgbench", "")).append(".\n\n")
                .append("| | transactions/s |\n| --- | --- |\n")
                .append("| pgbench (the ceiling) | ").append(tps == null ? "?" : "%.0f".formatted(tps)).append(" |\n")
                .append("| `POST /api/families` through the gateway | ").append(ours == null ? "?" : "%.0f".formatted(ours)).append(" |\n")
                .append("| ratio | ").append(tps == null || ours == null ? "?" : "%.0f %%".formatted(100 * ours / tps)).append(" |\n\n");

        md.append(whereTheTimeGoes());
        md.append(cpuPerRequest());

        md.append("## Processes\n\nResident memory after the scenarios; start time as each process logged it while the whole system ")
                .append("started together (JVM mode); then each service restarted on its own with the rest of the system idle: the start ")
                .append("time it logged and the wall time from launch to its readiness answering 200.\n\n")
                .append("| process | resident MB | started in (all together) | started in (alone) | ready after (alone, ms) |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (Process process : processes()) {
            md.append("| %s | %s | %s | %s | %s |\n".formatted(process.name(), process.residentMb(), process.startedTogether(),
                    process.startedAlone(), process.readyAloneMs()));
        }
        md.append('\n');
        md.append(targets());
        return md.toString();
    }

    record Process(String name, String residentMb, String startedTogether, String startedAlone, String readyAloneMs) {
        boolean isService() {
            return name.endsWith("-service") || name.equals("gateway");
        }
    }

    private List<Process> processes() throws IOException {
        List<Process> processes = new ArrayList<>();
        for (String line : read(dir.resolve("processes.txt")).split("\n")) {
            String[] p = line.trim().split("\\s+");
            if (p.length >= 3) {
                processes.add(new Process(p[0], p[1], p[2], p.length > 3 ? p[3] : "n/a", p.length > 4 ? p[4] : "n/a"));
            }
        }
        return processes;
    }

    /**
     * Each process's share of the machine's busy CPU during the mixed run at the target rate (from {@code cpu-before.txt}
     * and {@code cpu-after.txt}: ticks of 1/100 s, and a JVM's JIT and GC seconds from HotSpot's counters).
     */
    private String whereTheTimeGoes() throws IOException {
        Map<String, double[]> before = cpuTable(dir.resolve("cpu-before.txt"));
        Map<String, double[]> after = cpuTable(dir.resolve("cpu-after.txt"));
        if (before.isEmpty() || after.isEmpty() || !before.containsKey("machine")) {
            return "## Where the time goes\n\nNot measured in this run.\n\n";
        }
        double machine = (after.get("machine")[0] - before.get("machine")[0]) / 100;
        StringBuilder md = new StringBuilder("## Where the time goes\n\nCPU of each process during the mixed run at the target rate ")
                .append("(scenario 1, with Gatling's start and its 10 s ramp): seconds of CPU, the share of all the machine's busy CPU, ")
                .append("and of a JVM's, the seconds its JIT compiler and its garbage collector spent (HotSpot's own counters; ")
                .append("the compiler's are elapsed time). The rest is the load generator (Gatling in Maven's JVM) and the OS.\n\n")
                .append("| process | CPU s | share | JIT compiler s | GC s |\n| --- | --- | --- | --- | --- |\n");
        double listed = 0;
        for (Map.Entry<String, double[]> end : after.entrySet()) {
            double[] start = before.get(end.getKey());
            if (end.getKey().equals("machine") || start == null) {
                continue;
            }
            double cpu = (end.getValue()[0] - start[0]) / 100;
            listed += cpu;
            md.append("| %s | %.1f | %.0f %% | %.1f | %.1f |\n".formatted(end.getKey(), cpu, 100 * cpu / machine,
                    end.getValue()[1] - start[1], end.getValue()[2] - start[2]));
        }
        md.append("| the rest (Gatling, Maven, the OS) | %.1f | %.0f %% | | |\n".formatted(machine - listed, 100 * (machine - listed) / machine))
                .append("| the machine (2 cores) | %.1f | 100 %% | | |\n\n".formatted(machine));
        return md.toString();
    }

    private static Map<String, double[]> cpuTable(Path file) throws IOException {
        Map<String, double[]> table = new LinkedHashMap<>();
        for (String line : read(file).split("\n")) {
            String[] p = line.trim().split("\\s+");
            if (p.length == 4) {
                table.put(p[0], new double[] { Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]) });
            }
        }
        return table;
    }

    /**
     * CPU per request type and process, this run's ({@code cpu-per-request.txt}, written by {@code cpu-per-request.py --all}
     * after the warm-up) and the baseline's ({@code load-tests/baseline/cpu-per-request.txt}, the same script on the code
     * before issue 22).
     */
    private String cpuPerRequest() throws IOException {
        CpuPerRequest now = CpuPerRequest.read(dir.resolve("cpu-per-request.txt"));
        CpuPerRequest before = CpuPerRequest.read(baselineDir.resolve("cpu-per-request.txt"));
        StringBuilder md = new StringBuilder("## CPU per request\n\n");
        if (now.isEmpty()) {
            return md.append("Not measured in this run.\n\n").toString();
        }
        md.append("Milliseconds of CPU each process spends on one request of each type, through the gateway with the demo teacher's ")
                .append("token: `load-tests/cpu-per-request.py --all ").append(env.getOrDefault("settings.cpu", "")).append("`, one request ")
                .append("at a time on a keep-alive connection after the warm-up, over the seeded families. Each process's CPU is read from ")
                .append("`/proc` before and after, less what it burns idle (its schedulers and consumers' polls, measured over 5 s with no ")
                .append("request just before), so background work is not charged to a request. The client (python) is not counted.\n\n")
                .append("### This run\n\n").append(now.table()).append('\n');
        if (!before.isEmpty()) {
            md.append("### Before (").append(baseline.getOrDefault("cpu.source", "the baseline")).append(")\n\n")
                    .append(before.table()).append("\n| request | before ms | this run ms | change |\n| --- | --- | --- | --- |\n");
            for (String type : now.byType().keySet()) {
                Double was = before.total(type);
                Double is = now.total(type);
                md.append("| %s | %s | %s | %s |\n".formatted(type, was == null ? "n/a" : "%.2f".formatted(was),
                        is == null ? "?" : "%.2f".formatted(is),
                        was == null || is == null || was == 0 ? "" : "%+.0f %%".formatted(100 * (is - was) / was)));
            }
            md.append('\n');
        }
        return md.toString();
    }

    /**
     * Issue 22's targets: this run's figures against the baseline's ({@code load-tests/baseline/before.txt}, the run the
     * issue quotes), each met or not, computed from the figures above.
     */
    private String targets() throws IOException {
        StringBuilder md = new StringBuilder("## Targets (2 cores, the whole stack on one machine)\n\nBefore: ")
                .append(baseline.getOrDefault("source", "no baseline")).append(". This run: the figures above.\n\n")
                .append("| target | before | this run | met |\n| --- | --- | --- | --- |\n");
        List<Stats> mixed = stats("mixed");
        if (!mixed.isEmpty()) {
            Stats all = mixed.get(0);
            String offered = env.getOrDefault("settings.mixed", "?").split(" ")[0];
            md.append("| mixed traffic p99 < 100 ms at ≥ 200 req/s offered | %s req/s served (%s KO), p99 %s ms at 200 offered; %s | %.0f req/s served (%d KO), p99 %d ms at %s offered | %s |\n"
                    .formatted(before("mixed.200.served"), before("mixed.200.ko"), before("mixed.200.p99"), before("mixed.knee"),
                            all.rps(), all.ko(), all.p99(), offered,
                            yes(Double.parseDouble(offered) >= 200 && all.p99() < 100 && all.ko() == 0)));
        }
        Double tps = ceilingTps();
        Double ours = familyWrites();
        if (tps != null && ours != null) {
            double ratio = 100 * ours / tps;
            md.append("| `POST /api/families` ≥ 300/s and ≥ 14 %% of the pgbench ceiling | %s/s, %s of %s | %.0f/s, %.0f %% of %.0f | %s |\n"
                    .formatted(before("families.rps"), percent(before("families.rps"), before("ceiling.tps")), before("ceiling.tps"),
                            ours, ratio, tps, yes(ours >= 300 && ratio >= 14)));
        }
        Double stepDownP99 = number(read(dir.resolve("step-down-latency.txt")), "p99=([0-9]+)");
        if (stepDownP99 != null) {
            md.append("| step-down accepted → plan and first review readable p99 < 500 ms at %s families, 100 req/s mixed | p99 %s ms | p99 %.0f ms | %s |\n"
                    .formatted(keyValues(dir.resolve("seed.txt")).getOrDefault("families", "?"), before("stepdown.p99"), stepDownP99,
                            yes(stepDownP99 < 500)));
        }
        for (Process process : processes()) {
            if (process.isService()) {
                boolean small = process.residentMb().matches("\\d+") && Integer.parseInt(process.residentMb()) < 250;
                boolean quick = process.readyAloneMs().matches("\\d+") && Integer.parseInt(process.readyAloneMs()) < 2000;
                String was = baseline.containsKey(process.name() + ".rss")
                        ? "%s MB, ready after %s ms".formatted(before(process.name() + ".rss"), before(process.name() + ".ready"))
                        : "not measured (new since)";
                md.append("| %s ready < 2 s after launch alone, < 250 MB resident | %s | %s MB, ready after %s ms | %s |\n".formatted(
                        process.name(), was, process.residentMb(), process.readyAloneMs(),
                        small && quick ? "yes" : small ? "memory yes, start no" : quick ? "start yes, memory no" : "no"));
            }
        }
        return md.append('\n').toString();
    }

    private String before(String key) {
        return baseline.getOrDefault(key, "?");
    }

    private static String percent(String part, String whole) {
        try {
            return "%.0f %%".formatted(100 * Double.parseDouble(part) / Double.parseDouble(whole));
        } catch (NumberFormatException e) {
            return "?";
        }
    }

    /** pgbench's transactions per second: the ceiling. */
    private Double ceilingTps() throws IOException {
        return number(read(dir.resolve("pgbench.txt")), "tps = ([0-9.]+)");
    }

    /** {@code POST /api/families} per second through the gateway, against the ceiling; null when not run. */
    private Double familyWrites() throws IOException {
        List<Stats> families = stats("families");
        return families.isEmpty() ? null : families.get(0).rps();
    }

    private static String yes(boolean met) {
        return met ? "yes" : "no";
    }

    /** The rows of the report's statistics table, "All Requests" first; empty when the scenario did not run. */
    private List<Stats> stats(String scenario) throws IOException {
        String html = read(dir.resolve(scenario).resolve("index.html"));
        List<Stats> rows = new ArrayList<>();
        for (String row : html.split("<tr id=\"")) {
            if (row.contains("ellipsed-name") && row.contains("col-2")) {
                rows.add(Stats.ofRow(row));
            }
        }
        return rows;
    }

    private List<Path> ramp() throws IOException {
        try (Stream<Path> steps = Files.list(dir)) {
            List<Path> list = new ArrayList<>(steps.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("ramp-")).toList());
            list.sort((a, b) -> Integer.compare(Integer.parseInt(a.getFileName().toString().substring(5)),
                    Integer.parseInt(b.getFileName().toString().substring(5))));
            return list;
        }
    }

    static Map<String, String> keyValues(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([A-Za-z][A-Za-z0-9.-]*)=(\"[^\"]*\"|\\S+)").matcher(read(file));
        while (m.find()) {
            values.put(m.group(1), m.group(2).replace("\"", ""));
        }
        return values;
    }

    static Double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
