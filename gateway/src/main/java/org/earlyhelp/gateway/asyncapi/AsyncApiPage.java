package org.earlyhelp.gateway.asyncapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain HTML rendering of an AsyncAPI 3 document: servers, channels with their messages, operations, each message
 * with its headers and payload as field tables and its examples as JSON, and the shared schemas. Every text from the
 * document is HTML-escaped; no script, no external asset (the page's CSP allows its inline styles only).
 */
final class AsyncApiPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringBuilder html = new StringBuilder(256 * 1024);
    private final JsonNode document;

    private AsyncApiPage(JsonNode document) {
        this.document = document;
    }

    static String render(JsonNode document) {
        return new AsyncApiPage(document).page();
    }

    private String page() {
        JsonNode info = document.path("info");
        String title = info.path("title").asText("AsyncAPI document");
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;line-height:1.4;color:#1b1b1b}")
                .append("table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}th,td{border:1px solid #ccc;padding:.25rem .5rem;")
                .append("text-align:left;vertical-align:top}th{background:#f2f2f2}code,pre{font-family:ui-monospace,monospace}")
                .append("pre{background:#f6f8fa;padding:.75rem;overflow:auto}section{border-top:2px solid #ddd;margin-top:1.5rem}")
                .append(".muted{color:#555}\n</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"muted\">AsyncAPI ")
                .append(escape(document.path("asyncapi").asText())).append(", version ").append(escape(info.path("version").asText()))
                .append(" &middot; <a href=\"/asyncapi.yaml\">the document (YAML)</a></p>\n");
        paragraphs(info.path("description"));
        contents();
        servers();
        channels();
        operations();
        messages();
        schemas();
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void contents() {
        html.append("<nav><h2>Contents</h2><ul>");
        for (String section : List.of("servers", "channels", "operations", "messages", "schemas")) {
            html.append("<li><a href=\"#").append(section).append("\">").append(capitalised(section)).append("</a></li>");
        }
        html.append("</ul></nav>\n");
    }

    private void servers() {
        html.append("<section id=\"servers\"><h2>Servers</h2>\n<table><tr><th>server</th><th>host</th><th>protocol</th><th>description</th></tr>\n");
        for (Map.Entry<String, JsonNode> server : fields(document.path("servers"))) {
            JsonNode s = server.getValue();
            html.append("<tr><td id=\"server-").append(escape(server.getKey())).append("\"><code>").append(escape(server.getKey()))
                    .append("</code></td><td><code>").append(escape(s.path("host").asText())).append("</code></td><td>")
                    .append(escape(s.path("protocol").asText())).append("</td><td>").append(escape(s.path("description").asText()))
                    .append("</td></tr>\n");
        }
        html.append("</table></section>\n");
    }

    private void channels() {
        html.append("<section id=\"channels\"><h2>Channels</h2>\n");
        for (Map.Entry<String, JsonNode> channel : fields(document.path("channels"))) {
            JsonNode c = channel.getValue();
            html.append("<h3 id=\"channel-").append(escape(channel.getKey())).append("\">").append(escape(c.path("title").asText(channel.getKey())))
                    .append("</h3>\n<p>Address: <code>").append(c.path("address").isNull() ? "(the subscriber's url)" : escape(c.path("address").asText()))
                    .append("</code></p>\n");
            paragraphs(c.path("description"));
            html.append("<p>Messages:</p><ul>");
            for (Map.Entry<String, JsonNode> message : fields(c.path("messages"))) {
                String target = refName(message.getValue().path("$ref").asText());
                html.append("<li><a href=\"#message-").append(escape(target)).append("\">").append(escape(messageLabel(target)))
                        .append("</a></li>");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private void operations() {
        html.append("<section id=\"operations\"><h2>Operations</h2>\n");
        for (Map.Entry<String, JsonNode> operation : fields(document.path("operations"))) {
            JsonNode o = operation.getValue();
            String channel = refName(o.path("channel").path("$ref").asText());
            html.append("<h3 id=\"operation-").append(escape(operation.getKey())).append("\">").append(escape(o.path("title").asText(operation.getKey())))
                    .append("</h3>\n<p><strong>").append(escape(o.path("action").asText())).append("</strong> on <a href=\"#channel-")
                    .append(escape(channel)).append("\">").append(escape(channel)).append("</a>");
            String method = o.at("/bindings/http/method").asText("");
            if (!method.isEmpty()) {
                html.append(" (HTTP ").append(escape(method)).append(")");
            }
            html.append(": ").append(escape(o.path("summary").asText())).append("</p>\n");
            paragraphs(o.path("description"));
        }
        html.append("</section>\n");
    }

    private void messages() {
        html.append("<section id=\"messages\"><h2>Messages</h2>\n");
        for (Map.Entry<String, JsonNode> message : fields(document.at("/components/messages"))) {
            JsonNode m = message.getValue();
            html.append("<article><h3 id=\"message-").append(escape(message.getKey())).append("\">").append(escape(m.path("title").asText(message.getKey())))
                    .append(" <code>").append(escape(m.path("name").asText())).append("</code></h3>\n");
            if (m.hasNonNull("summary")) {
                html.append("<p>").append(escape(m.path("summary").asText())).append("</p>\n");
            }
            paragraphs(m.path("description"));
            html.append("<p>Content type: <code>").append(escape(m.path("contentType").asText(document.path("defaultContentType").asText())))
                    .append("</code></p>\n");
            html.append("<h4>Headers</h4>\n");
            schemaTable(m.path("headers"));
            html.append("<h4>Payload</h4>\n");
            schemaTable(m.path("payload"));
            for (JsonNode example : m.path("examples")) {
                html.append("<h4>Example: ").append(escape(example.path("name").asText())).append("</h4>\n");
                if (example.hasNonNull("summary")) {
                    html.append("<p>").append(escape(example.path("summary").asText())).append("</p>\n");
                }
                if (example.has("headers")) {
                    html.append("<p>Headers</p><pre>").append(escape(pretty(example.path("headers")))).append("</pre>\n");
                }
                html.append("<p>Payload</p><pre>").append(escape(pretty(example.path("payload")))).append("</pre>\n");
            }
            html.append("</article>\n");
        }
        html.append("</section>\n");
    }

    private void schemas() {
        html.append("<section id=\"schemas\"><h2>Schemas</h2>\n");
        for (Map.Entry<String, JsonNode> schema : fields(document.at("/components/schemas"))) {
            html.append("<h3 id=\"schema-").append(escape(schema.getKey())).append("\">").append(escape(schema.getKey())).append("</h3>\n");
            paragraphs(schema.getValue().path("description"));
            fieldTable(schema.getValue());
        }
        html.append("</section>\n");
    }

    /** A message's headers or payload: a reference to a shared schema, an allOf of them, or a schema written in place. */
    private void schemaTable(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = refName(schema.path("$ref").asText());
            html.append("<p>Schema <a href=\"#schema-").append(escape(name)).append("\">").append(escape(name)).append("</a></p>\n");
            fieldTable(document.at("/components/schemas/" + name));
        } else if (schema.has("allOf")) {
            for (JsonNode part : schema.path("allOf")) {
                schemaTable(part);
            }
        } else if (!schema.isMissingNode()) {
            fieldTable(schema);
        }
    }

    private void fieldTable(JsonNode schema) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<Map.Entry<String, JsonNode>> properties = fields(schema.path("properties"));
        if (properties.isEmpty()) {
            return;
        }
        html.append("<table><tr><th>field</th><th>type</th><th>required</th><th>description</th></tr>\n");
        for (Map.Entry<String, JsonNode> property : properties) {
            html.append("<tr><td><code>").append(escape(property.getKey())).append("</code></td><td>").append(type(property.getValue()))
                    .append("</td><td>").append(required.contains(property.getKey()) ? "yes" : "no").append("</td><td>")
                    .append(escape(property.getValue().path("description").asText())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** The type column, already escaped: type (or a link to the schema), format, enum, const, pattern, items. */
    private String type(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = refName(schema.path("$ref").asText());
            return "<a href=\"#schema-" + escape(name) + "\">" + escape(name) + "</a>";
        }
        StringBuilder type = new StringBuilder();
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            List<String> names = new ArrayList<>();
            t.forEach(n -> names.add(n.asText()));
            type.append(escape(String.join(" | ", names)));
        } else {
            type.append(escape(t.asText("any")));
        }
        if (schema.has("items")) {
            type.append(" of ").append(type(schema.path("items")));
        }
        if (schema.has("format")) {
            type.append(" (").append(escape(schema.path("format").asText())).append(")");
        }
        if (schema.has("const")) {
            type.append(" = <code>").append(escape(schema.path("const").asText())).append("</code>");
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(v -> values.add(v.asText()));
            type.append(": <code>").append(escape(String.join(", ", values))).append("</code>");
        }
        if (schema.has("pattern")) {
            type.append(", pattern <code>").append(escape(schema.path("pattern").asText())).append("</code>");
        }
        return type.toString();
    }

    private void paragraphs(JsonNode text) {
        if (text.isMissingNode() || text.isNull()) {
            return;
        }
        for (String paragraph : text.asText().strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip().replaceAll("\\s*\\n\\s*", " "))).append("</p>\n");
            }
        }
    }

    private String messageLabel(String message) {
        JsonNode m = document.at("/components/messages/" + message);
        return m.path("title").asText(message) + " (" + m.path("name").asText(message) + ")";
    }

    /** {@code #/components/messages/PlanOpenedV1} or {@code #/channels/x}: the last segment. */
    private static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            fields.add(it.next());
        }
        return fields;
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
