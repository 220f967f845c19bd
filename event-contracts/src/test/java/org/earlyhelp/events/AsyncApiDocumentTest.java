package org.earlyhelp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document describes the catalogue ({@link EventType}) and its records exactly.
 * No YAML library is on the classpath: the document is read as lines and walked by indentation,
 * relying on the layout it promises (see {@link #section(String...)}).
 */
class AsyncApiDocumentTest {

    private static final String RESOURCE = "/org/earlyhelp/events/asyncapi.yaml";

    /** Components a producer may legitimately leave null: optional in their schema and typed {@code [X, "null"]}. */
    private static final Set<String> NULLABLE = Set.of(
            "StepUpReferralSubmittedV1.planId",
            "StepUpDecisionRecordedV1.planId",
            "StepUpDecisionRecordedV1.leadProfessionalUserId",
            "PlanOpenedV1.originRef",
            "StepDownProposedV1.warmHandoverOn",
            // recorded dates added to v1 (issue 17): absent from events published before them
            "StepUpReferralSubmittedV1.referredOn",
            "StepDownProposedV1.proposedOn",
            // issue 18: a goal outcome recorded at closure has no review; a plan shared before any review had no due date
            "GoalOutcomeRecordedV1.reviewId",
            "RevisedPlanSharedV1.revisedPlanDueBy",
            // issue 20: fields for reporting, absent from events published before them; closureDueBy only for CLOSE
            "AssessmentCompletedV1.childAges",
            "ReviewHeldV1.kind",
            "ReviewHeldV1.closureDueBy",
            "LeadProfessionalChangedV1.changedOn");

    private static List<String> lines;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::stripTrailing).toList();
        }
    }

    @Test
    void everyCataloguedEventHasAMessageNamedByItsCloudEventsType() {
        String text = String.join("\n", lines);
        List<String> messageNames = new ArrayList<>();
        for (EventType type : EventType.values()) {
            String record = type.recordType().getSimpleName();
            messageNames.add(record);
            assertThat(text).as(type + ": a message named by its CloudEvents type")
                    .contains("name: " + type.cloudEventType());
            assertThat(stripped(section("components", "messages", record))).as("message " + record)
                    .contains("name: " + type.cloudEventType(),
                            "const: " + type.cloudEventType(),
                            "contentType: application/json",
                            "- $ref: '#/components/schemas/CloudEventHeaders'",
                            "$ref: '#/components/schemas/" + record + "'");
            assertThat(section("components", "schemas", record)).as("schema block of " + record).isNotEmpty();
        }
        assertThat(childKeys("components", "messages")).as("one message per catalogued event, no other")
                .containsExactlyInAnyOrderElementsOf(messageNames);
    }

    @Test
    void everyRecordComponentIsDescribedInItsSchema() {
        Map<String, Class<?>> records = describedRecords();
        assertThat(records).as("nested records are found").containsKeys(
                "Professional", "SealedText", "IdentifiedNeed", "CarriedOverGoal");
        for (Map.Entry<String, Class<?>> entry : records.entrySet()) {
            String schema = entry.getKey();
            List<String> section = section("components", "schemas", schema);
            assertThat(section).as("schema block of " + schema).isNotEmpty();
            String text = String.join("\n", section);
            for (String component : componentNames(entry.getValue())) {
                assertThat(text).as(schema + " describes " + component).contains(component + ":");
            }
            assertThat(childKeys("components", "schemas", schema, "properties")).as("properties of " + schema)
                    .containsExactlyInAnyOrderElementsOf(componentNames(entry.getValue()));
        }
        List<String> schemas = new ArrayList<>(records.keySet());
        schemas.add("CloudEventHeaders");
        assertThat(childKeys("components", "schemas")).as("a schema per record, no stale one")
                .containsExactlyInAnyOrderElementsOf(schemas);
    }

    @Test
    void everyComponentIsTypedAfterItsJavaType() {
        for (Map.Entry<String, Class<?>> entry : describedRecords().entrySet()) {
            for (RecordComponent component : entry.getValue().getRecordComponents()) {
                assertTyped(entry.getKey() + "." + component.getName(), component.getGenericType(),
                        "components", "schemas", entry.getKey(), "properties", component.getName());
            }
        }
    }

    @Test
    void onlyTheLegitimatelyNullableComponentsAreOptional() {
        List<String> nullableSeen = new ArrayList<>();
        for (Map.Entry<String, Class<?>> entry : describedRecords().entrySet()) {
            String schema = entry.getKey();
            List<String> required = new ArrayList<>();
            for (String component : componentNames(entry.getValue())) {
                String qualified = schema + "." + component;
                List<String> own = ownLines("components", "schemas", schema, "properties", component);
                if (NULLABLE.contains(qualified)) {
                    nullableSeen.add(qualified);
                    assertThat(own).as(qualified + " admits null")
                            .anyMatch(line -> line.startsWith("type: [") && line.endsWith(", \"null\"]"));
                } else {
                    required.add(component);
                    assertThat(own).as(qualified + " does not admit null").noneMatch(line -> line.contains("\"null\""));
                }
            }
            assertThat(listItems("components", "schemas", schema, "required")).as("required of " + schema)
                    .containsExactlyInAnyOrderElementsOf(required);
        }
        assertThat(nullableSeen).as("every nullable component named here exists").containsExactlyInAnyOrderElementsOf(NULLABLE);
    }

    @Test
    void everyTopicIsAChannel() throws IllegalAccessException {
        List<String> topics = topics();
        assertThat(topics).as("Topics constants").isNotEmpty();
        List<String> channels = childKeys("channels");
        assertThat(channels).as("one channel per topic").hasSameSizeAs(topics);
        for (String topic : topics) {
            String channel = channelOf(channels, topic);
            assertThat(channel).as("a channel with address " + topic).isNotNull();
            assertThat(String.join("\n", section("channels", channel))).as(channel + " notes its dead-letter topic")
                    .contains(Topics.deadLetter(topic));
            List<String> published = new ArrayList<>();
            for (EventType type : EventType.values()) {
                if (type.topic().equals(topic)) {
                    String record = type.recordType().getSimpleName();
                    published.add(record);
                    assertThat(stripped(section("channels", channel, "messages", record))).as(channel + " lists " + record)
                            .contains("$ref: '#/components/messages/" + record + "'");
                }
            }
            assertThat(childKeys("channels", channel, "messages")).as("the messages of " + channel)
                    .containsExactlyInAnyOrderElementsOf(published);
        }
    }

    @Test
    void everyChannelIsPublishedByASendOperationOfAllItsMessages() {
        List<String> operations = childKeys("operations");
        for (String channel : childKeys("channels")) {
            String operation = operations.stream()
                    .filter(op -> stripped(section("operations", op, "channel")).contains("$ref: '#/channels/" + channel + "'"))
                    .findFirst().orElse(null);
            assertThat(operation).as("an operation on " + channel).isNotNull();
            assertThat(ownLines("operations", operation)).as(operation).contains("action: send");
            List<String> messages = childKeys("channels", channel, "messages").stream()
                    .map(message -> "$ref: '#/channels/" + channel + "/messages/" + message + "'").toList();
            assertThat(listItems("operations", operation, "messages")).as("messages of " + operation)
                    .containsExactlyInAnyOrderElementsOf(messages);
        }
    }

    // --- the document's layout -------------------------------------------------------------

    /**
     * The lines nested under a key path, e.g. {@code ("components", "schemas", "PlanOpenedV1")}:
     * those after the line {@code "    PlanOpenedV1:"} (found inside the enclosing section) up to
     * the next line indented as little or less. Assumes the layout asyncapi.yaml keeps to:
     * 2-space indentation, so the n-th key of a path (from 0) is indented 2n spaces; every key of
     * a path alone on its line (block style, never an inline {@code {...}} value); list items
     * indented 2 more than their key. Blank and comment lines never end a section. Empty when the
     * path is not in the document.
     */
    private static List<String> section(String... path) {
        int from = 0;
        int to = lines.size();
        for (int depth = 0; depth < path.length; depth++) {
            String header = " ".repeat(2 * depth) + path[depth] + ":";
            int start = -1;
            for (int i = from; i < to && start < 0; i++) {
                if (lines.get(i).equals(header)) {
                    start = i;
                }
            }
            if (start < 0) {
                return List.of();
            }
            int end = start + 1;
            while (end < to && (isBlankOrComment(lines.get(end)) || indent(lines.get(end)) > 2 * depth)) {
                end++;
            }
            from = start + 1;
            to = end;
        }
        return lines.subList(from, to);
    }

    /** The lines directly under a key path (not those nested deeper), stripped. */
    private static List<String> ownLines(String... path) {
        int own = 2 * path.length;
        return section(path).stream()
                .filter(line -> !isBlankOrComment(line) && indent(line) == own)
                .map(String::strip)
                .toList();
    }

    /** The keys directly under a key path, e.g. the property names of a schema. */
    private static List<String> childKeys(String... path) {
        return ownLines(path).stream()
                .filter(line -> !line.startsWith("- ") && line.contains(":"))
                .map(line -> line.substring(0, line.indexOf(':')))
                .toList();
    }

    /** The items of a block list under a key path, e.g. a schema's {@code required}. */
    private static List<String> listItems(String... path) {
        return ownLines(path).stream()
                .filter(line -> line.startsWith("- "))
                .map(line -> line.substring(2).strip())
                .toList();
    }

    private static List<String> stripped(List<String> section) {
        return section.stream().map(String::strip).toList();
    }

    private static boolean isBlankOrComment(String line) {
        return line.isBlank() || line.strip().startsWith("#");
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    // --- the Java side ---------------------------------------------------------------------

    /** Every catalogued record and every record nested in one, by schema name (the simple name). */
    private static Map<String, Class<?>> describedRecords() {
        Map<String, Class<?>> records = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            addWithNested(records, type.recordType());
        }
        return records;
    }

    private static void addWithNested(Map<String, Class<?>> records, Class<?> record) {
        assertThat(record.isRecord()).as(record.getName() + " is a record").isTrue();
        Class<?> previous = records.putIfAbsent(record.getSimpleName(), record);
        if (previous != null) {
            assertThat(previous).as("one record per schema name " + record.getSimpleName()).isEqualTo(record);
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> type = elementType(component.getGenericType());
            if (type.isRecord()) {
                addWithNested(records, type);
            }
        }
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getActualTypeArguments()[0];
        }
        return (Class<?>) type;
    }

    private static List<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static void assertTyped(String where, Type javaType, String... path) {
        List<String> own = ownLines(path);
        assertThat(own).as(where + " is described").isNotEmpty();
        if (javaType instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertThat(own).as(where + " is an array").anyMatch(line -> line.equals("type: array") || line.equals("type: [array, \"null\"]"));
            String[] items = Arrays.copyOf(path, path.length + 1);
            items[path.length] = "items";
            assertTyped(where + "[]", list.getActualTypeArguments()[0], items);
            return;
        }
        Class<?> type = (Class<?>) javaType;
        if (type.isRecord()) {
            assertThat(own).as(where).contains("$ref: '#/components/schemas/" + type.getSimpleName() + "'");
            return;
        }
        String json = jsonType(type);
        assertThat(own).as(where + " has type " + json)
                .anyMatch(line -> line.equals("type: " + json) || line.equals("type: [" + json + ", \"null\"]"));
        String format = jsonFormat(type);
        if (format != null) {
            assertThat(own).as(where).contains("format: " + format);
        }
    }

    private static String jsonType(Class<?> type) {
        if (type == String.class || type == UUID.class || type == LocalDate.class || type == Instant.class) {
            return "string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        throw new AssertionError("No JSON Schema type known for " + type.getName() + ": teach this test");
    }

    private static String jsonFormat(Class<?> type) {
        if (type == UUID.class) {
            return "uuid";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == Instant.class) {
            return "date-time";
        }
        return null;
    }

    private static List<String> topics() throws IllegalAccessException {
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        return topics;
    }

    private static String channelOf(List<String> channels, String topic) {
        return channels.stream()
                .filter(channel -> ownLines("channels", channel).contains("address: " + topic))
                .findFirst().orElse(null);
    }
}
