package org.earlyhelp.reporting.partnership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partnership page, written in plain Java: tables of every figure and inline SVG bar charts (needs identified, closure
 * reasons, children by age band, timeliness by month), no JavaScript, a print stylesheet for a partnership board. Each chart
 * has a {@code <title>} and an aria-label; each bar a {@code data-value} and a text label. Everything written is escaped.
 */
public final class PartnershipPage {

    static final int BAR_AREA = 360;
    static final int LABEL_WIDTH = 230;
    static final int BAR_HEIGHT = 18;
    static final int ROW_HEIGHT = 24;

    private PartnershipPage() {
    }

    /** A bar of a chart: its label, its value, and the series it belongs to (for a chart of two series). */
    record Bar(String key, String label, long value, String series) {
    }

    public static String render(PartnershipReport r, List<MonthlyTimeliness> months) {
        StringBuilder html = new StringBuilder(16_384);
        String title = "Partnership figures: " + r.area() + ", " + r.from() + " to " + r.to();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n");

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("assessmentsCompleted", r.assessmentsCompleted());
        summary.put("episodesStarted", r.episodesStarted().total());
        summary.put("stepDownShare", r.stepDownShare().toPlainString());
        summary.put("familiesOpenAt", r.familiesOpenAt());
        summary.put("childrenOpenAt", r.childrenOpenAt());
        summary.put("closures", r.closures().total());
        summary.put("reEpisodesWithin12Months", r.reEpisodesWithin12Months());
        section(html, "summary", "Summary", null);
        table(html, "summary", "Figure", "Value", summary, LABELS);
        html.append("</section>\n");

        section(html, "episodes-started", "Episodes started, by origin", null);
        table(html, "episodes-started", "Origin", "Episodes", r.episodesStarted().byOrigin(), Map.of());
        html.append("</section>\n");

        section(html, "needs-identified", "Needs identified (families)", null);
        chart(html, "needs-identified", "Needs identified: families with an episode started in the period, by need", bars(r.needsIdentified()));
        table(html, "needs-identified", "Need", "Families", r.needsIdentified(), Map.of());
        html.append("</section>\n");

        section(html, "closure-reasons", "Closures, by reason", null);
        chart(html, "closure-reasons", "Closures in the period, by reason", bars(r.closures().byReason()));
        table(html, "closure-reasons", "Reason", "Episodes", r.closures().byReason(), Map.of());
        html.append("</section>\n");

        section(html, "children-by-age-band", "Children by age band at the start of their episode", null);
        chart(html, "children-by-age-band", "Children of episodes started in the period, by age band", bars(r.childrenByAgeBand()));
        table(html, "children-by-age-band", "Age band", "Children", r.childrenByAgeBand(), Map.of());
        html.append("</section>\n");

        section(html, "lead-agencies", "Lead professionals' agencies (plans open at " + r.to() + ")", null);
        table(html, "lead-agencies", "Agency", "Plans", r.leadAgencies(), Map.of());
        html.append("</section>\n");

        Map<String, Object> timeliness = new LinkedHashMap<>();
        timeliness.put("initialReviewsDue", r.timeliness().initialReviewsDue());
        timeliness.put("initialReviewsOnTime", r.timeliness().initialReviewsOnTime());
        timeliness.put("reviewGapsOver12Weeks", r.timeliness().reviewGapsOver12Weeks());
        timeliness.put("closureSummariesDue", r.timeliness().closureSummariesDue());
        timeliness.put("closureSummariesOnTime", r.timeliness().closureSummariesOnTime());
        section(html, "timeliness", "Timeliness", null);
        table(html, "timeliness", "Figure", "Count", timeliness, LABELS);
        List<Bar> initial = new ArrayList<>();
        List<Bar> closing = new ArrayList<>();
        for (MonthlyTimeliness m : months) {
            initial.add(new Bar(m.month() + ":due", m.month() + " due", m.initialReviewsDue(), "due"));
            initial.add(new Bar(m.month() + ":on-time", m.month() + " on time", m.initialReviewsOnTime(), "on-time"));
            closing.add(new Bar(m.month() + ":due", m.month() + " due", m.closureSummariesDue(), "due"));
            closing.add(new Bar(m.month() + ":on-time", m.month() + " on time", m.closureSummariesOnTime(), "on-time"));
        }
        html.append("<h3>By month</h3>\n");
        chart(html, "initial-reviews-by-month", "Initial reviews due and held on time, by month", initial);
        chart(html, "closure-summaries-by-month", "Closure summaries due and on time, by month", closing);
        html.append("<table id=\"timeliness-by-month-table\">\n<thead><tr><th scope=\"col\">Month</th><th scope=\"col\">Initial reviews due</th>")
                .append("<th scope=\"col\">On time</th><th scope=\"col\">Closure summaries due</th><th scope=\"col\">On time</th></tr></thead>\n<tbody>\n");
        for (MonthlyTimeliness m : months) {
            html.append("<tr data-key=\"").append(escape(m.month().toString())).append("\"><th scope=\"row\">").append(escape(m.month().toString()))
                    .append("</th><td>").append(m.initialReviewsDue()).append("</td><td>").append(m.initialReviewsOnTime()).append("</td><td>")
                    .append(m.closureSummariesDue()).append("</td><td>").append(m.closureSummariesOnTime()).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");

        Map<String, Object> stepUps = new LinkedHashMap<>();
        stepUps.put("referrals", r.stepUps().referrals());
        stepUps.put("significantHarm", r.stepUps().significantHarm());
        section(html, "step-ups", "Step-ups to children's social care", null);
        table(html, "step-ups", "Figure", "Count", stepUps, LABELS);
        table(html, "step-ups-by-decision", "Decision", "Referrals", r.stepUps().byDecision(), Map.of());
        html.append("</section>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("assessmentsCompleted", "Assessments completed"),
            Map.entry("episodesStarted", "Episodes started"), Map.entry("stepDownShare", "Share of episodes started from a step-down"),
            Map.entry("familiesOpenAt", "Families open at the end of the period"),
            Map.entry("childrenOpenAt", "Children open at the end of the period"), Map.entry("closures", "Closures"),
            Map.entry("reEpisodesWithin12Months", "Families starting a new episode within 12 months of a closure"),
            Map.entry("initialReviewsDue", "Initial reviews due"), Map.entry("initialReviewsOnTime", "Initial reviews held on time"),
            Map.entry("reviewGapsOver12Weeks", "Reviews held more than 12 weeks after the one before"),
            Map.entry("closureSummariesDue", "Closure summaries due"), Map.entry("closureSummariesOnTime", "Closure summaries on time"),
            Map.entry("referrals", "Referrals"), Map.entry("significantHarm", "Significant harm suspected"));

    private static List<Bar> bars(Map<String, Long> counts) {
        List<Bar> bars = new ArrayList<>();
        counts.forEach((key, value) -> bars.add(new Bar(key, key, value, "count")));
        return bars;
    }

    private static void section(StringBuilder html, String id, String heading, String note) {
        html.append("<section id=\"").append(escape(id)).append("\">\n<h2>").append(escape(heading)).append("</h2>\n");
        if (note != null) {
            html.append("<p>").append(escape(note)).append("</p>\n");
        }
    }

    private static void table(StringBuilder html, String id, String keyHeading, String valueHeading, Map<String, ?> rows,
            Map<String, String> labels) {
        html.append("<table id=\"").append(escape(id)).append("-table\">\n<thead><tr><th scope=\"col\">").append(escape(keyHeading))
                .append("</th><th scope=\"col\">").append(escape(valueHeading)).append("</th></tr></thead>\n<tbody>\n");
        if (rows.isEmpty()) {
            html.append("<tr><td colspan=\"2\">None</td></tr>\n");
        }
        rows.forEach((key, value) -> html.append("<tr data-key=\"").append(escape(key)).append("\"><th scope=\"row\">")
                .append(escape(labels.getOrDefault(key, key))).append("</th><td data-value=\"").append(escape(String.valueOf(value)))
                .append("\">").append(escape(String.valueOf(value))).append("</td></tr>\n"));
        html.append("</tbody>\n</table>\n");
    }

    /** A horizontal bar chart; every bar on one scale, a bar of 0 drawn as a 1-unit stub so that it stays visible. */
    static void chart(StringBuilder html, String id, String title, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW_HEIGHT + 8;
        int width = LABEL_WIDTH + BAR_AREA + 60;
        html.append("<figure>\n<svg id=\"chart-").append(escape(id)).append("\" class=\"chart\" role=\"img\" aria-label=\"").append(escape(title))
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>").append(escape(title)).append("</title>\n");
        int y = 4;
        for (Bar bar : bars) {
            String length = barLength(bar.value(), max).toPlainString();
            html.append("<g class=\"bar\"><text class=\"label\" x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 13)
                    .append("\" text-anchor=\"end\">").append(escape(bar.label())).append("</text><rect class=\"series-").append(escape(bar.series()))
                    .append("\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(length).append("\" height=\"")
                    .append(BAR_HEIGHT).append("\" data-key=\"").append(escape(bar.key())).append("\" data-value=\"").append(bar.value())
                    .append("\"><title>").append(escape(bar.label() + ": " + bar.value())).append("</title></rect><text class=\"value\" x=\"")
                    .append(LABEL_WIDTH + Double.parseDouble(length) + 4).append("\" y=\"").append(y + 13).append("\">").append(bar.value())
                    .append("</text></g>\n");
            y += ROW_HEIGHT;
        }
        html.append("</svg>\n<figcaption>").append(escape(title)).append("</figcaption>\n</figure>\n");
    }

    /** 1 + value / max of the rest of the bar area: strictly growing with the value, and never 0. */
    static BigDecimal barLength(long value, long max) {
        if (max <= 0) {
            return BigDecimal.ONE;
        }
        return BigDecimal.ONE.add(BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(BAR_AREA - 1))
                .divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP));
    }

    /** Text for HTML and SVG content and attributes. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
            h1 { font-size: 1.6rem; }
            table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
            th, td { border: 1px solid #b1b4b6; padding: 0.3rem 0.6rem; text-align: left; }
            td { text-align: right; }
            svg.chart { display: block; max-width: 100%; height: auto; }
            svg.chart text { font-size: 12px; fill: #1b1b1b; }
            rect.series-count, rect.series-due { fill: #1d70b8; }
            rect.series-on-time { fill: #00703c; }
            figure { margin: 0.5rem 0 1rem; }
            figcaption { font-size: 0.85rem; color: #505a5f; }
            @media print {
              body { margin: 0; font-size: 10pt; }
              section { break-inside: avoid; page-break-inside: avoid; }
              h1 { font-size: 14pt; }
              rect.series-count, rect.series-due { fill: #000; }
              rect.series-on-time { fill: #777; }
              svg.chart { max-width: 100%; }
            }
            """;
}
