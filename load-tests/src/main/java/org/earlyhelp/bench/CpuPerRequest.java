package org.earlyhelp.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU milliseconds per request, by request type and process, as {@code load-tests/cpu-per-request.py --all} writes them
 * (a line per type: {@code family: n=300 statuses={200: 300} wall 14.3 ms/request; CPU ms/request: gateway=4.83 ... total=18.77}),
 * rendered as a table.
 */
record CpuPerRequest(Map<String, Map<String, Double>> byType, Map<String, String> statuses) {

    private static final Pattern LINE = Pattern.compile("^([^:]+): n=\\d+ statuses=(\\{[^}]*\\}).*CPU ms/request: (.*)$");
    private static final Pattern COST = Pattern.compile("([a-z-]+)=([0-9.]+)");
    /** The columns, the request's path first; any other process the file names follows them. */
    private static final List<String> ORDER = List.of("gateway", "assessment-service", "plan-service", "referral-service",
            "notification-service", "reporting-service", "postgresql", "kafka", "keycloak");

    static CpuPerRequest read(Path file) throws IOException {
        Map<String, Map<String, Double>> byType = new LinkedHashMap<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String line : Report.read(file).split("\n")) {
            Matcher m = LINE.matcher(line.trim());
            if (!m.matches()) {
                continue;
            }
            Map<String, Double> costs = new LinkedHashMap<>();
            Matcher cost = COST.matcher(m.group(3));
            while (cost.find()) {
                costs.put(cost.group(1), Double.valueOf(cost.group(2)));
            }
            byType.put(m.group(1), costs);
            statuses.put(m.group(1), m.group(2));
        }
        return new CpuPerRequest(byType, statuses);
    }

    boolean isEmpty() {
        return byType.isEmpty();
    }

    Double total(String type) {
        Map<String, Double> costs = byType.get(type);
        return costs == null ? null : costs.get("total");
    }

    /** One row per request type, a column per process, then the total; statuses last (a type that failed shows it there). */
    String table() {
        Set<String> columns = new LinkedHashSet<>();
        for (String process : ORDER) {
            if (byType.values().stream().anyMatch(costs -> costs.containsKey(process))) {
                columns.add(process);
            }
        }
        byType.values().forEach(costs -> costs.keySet().stream().filter(p -> !p.equals("total")).forEach(columns::add));
        List<String> header = new ArrayList<>(List.of("request"));
        columns.forEach(c -> header.add(c.replace("-service", "")));
        header.add("total");
        header.add("answers");
        StringBuilder md = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> md.append(" --- |"));
        md.append('\n');
        for (var type : byType.entrySet()) {
            md.append("| ").append(type.getKey());
            for (String column : columns) {
                Double ms = type.getValue().get(column);
                md.append(" | ").append(ms == null ? "" : "%.2f".formatted(ms));
            }
            Double total = type.getValue().get("total");
            md.append(" | **").append(total == null ? "?" : "%.2f".formatted(total)).append("** | `")
                    .append(statuses.get(type.getKey())).append("` |\n");
        }
        return md.toString();
    }
}
