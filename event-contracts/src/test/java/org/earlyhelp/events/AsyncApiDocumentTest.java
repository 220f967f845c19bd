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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The AsyncAPI document describes the catalogue ({@link EventType}) and its records exactly, and partner webhooks.
 * The structural checks read the document as lines and walk it by indentation, relying on the layout it promises (see
 * {@link #section(String...)}); the examples are checked against their schemas with a JSON Schema validator (networknt,
 * draft 2020-12, formats asserted) over the document parsed by Jackson's YAML reader.
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

    /** The channel, message and schemas that describe what partner systems receive (notification-service's webhooks). */
    private static final String WEBHOOK_CHANNEL = "partnerWebhook";
    private static final String WEBHOOK_MESSAGE = "PartnerWebhook";
    private static final List<String> WEBHOOK_SCHEMAS = List.of("WebhookHeaders", "WebhookPayload");

    private static List<String> lines;
    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            lines = text.lines().map(String::stripTrailing).toList();
            document = new YAMLMapper().readTree(text);
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
        messageNames.add(WEBHOOK_MESSAGE);
        assertThat(childKeys("components", "messages")).as("one message per catalogued event, and the partner webhook; no other")
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
        schemas.addAll(WEBHOOK_SCHEMAS);
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
        List<String> channels = childKeys("channels").stream().filter(channel -> !channel.equals(WEBHOOK_CHANNEL)).toList();
        assertThat(channels).as("one Kafka channel per topic").hasSameSizeAs(topics);
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

    @Test
    void everyMessageHasAnExampleThatItsSchemasAccept() {
        JsonNode messages = document.at("/components/messages");
        assertThat(messages.size()).as("messages").isEqualTo(EventType.values().length + 1);
        messages.fields().forEachRemaining(message -> {
            String name = message.getKey();
            JsonNode examples = message.getValue().path("examples");
            assertThat(examples.isArray() && !examples.isEmpty()).as(name + " has an example").isTrue();
            JsonSchema payload = schema(message.getValue().path("payload"));
            JsonSchema headers = schema(message.getValue().path("headers"));
            for (JsonNode example : examples) {
                String where = name + " example " + example.path("name").asText();
                assertThat(example.path("name").asText()).as(where + " is named").isNotBlank();
                assertThat(example.path("summary").asText()).as(where + " has a summary").isNotBlank();
                assertThat(example.path("payload").isObject()).as(where + " has a payload").isTrue();
                assertThat(example.path("headers").isObject()).as(where + " has headers").isTrue();
                assertThat(payload.validate(example.path("payload"))).as(where + ": payload against its schema").isEmpty();
                assertThat(headers.validate(example.path("headers"))).as(where + ": headers against their schema").isEmpty();
            }
        });
    }

    @Test
    void everyEventExampleNamesEachFieldOfItsRecordAndNoOther() {
        for (EventType type : EventType.values()) {
            String record = type.recordType().getSimpleName();
            for (JsonNode example : document.at("/components/messages/" + record + "/examples")) {
                List<String> fields = new ArrayList<>();
                example.path("payload").fieldNames().forEachRemaining(fields::add);
                assertThat(fields).as(record + " example fields").containsExactlyInAnyOrderElementsOf(componentNames(type.recordType()));
                assertThat(example.at("/headers/ce_type").asText()).as(record + " example ce_type").isEqualTo(type.cloudEventType());
                assertThat(example.at("/headers/ce_subject").asText()).as(record + " example: ce_subject is the family id")
                        .isEqualTo(example.at("/payload/familyId").asText());
            }
        }
    }

    @Test
    void theExampleCheckRefusesAnExampleThatBreaksItsSchema() {
        JsonSchema payload = schema(document.at("/components/messages/AssessmentCompletedV1/payload"));
        ObjectNode broken = document.at("/components/messages/AssessmentCompletedV1/examples/0/payload").deepCopy();
        assertThat(payload.validate(broken)).as("the example itself").isEmpty();
        ((ObjectNode) broken.path("childAges").get(0)).put("age", "seven");
        broken.put("completedOn", "22/03/2027");
        broken.remove("levelOfNeed");
        assertThat(payload.validate(broken)).extracting(ValidationMessage::getMessage).as("a wrong type, a bad date and a missing field")
                .hasSize(3).anyMatch(m -> m.contains("age")).anyMatch(m -> m.contains("completedOn")).anyMatch(m -> m.contains("levelOfNeed"));
        JsonSchema headers = schema(document.at("/components/messages/PartnerWebhook/headers"));
        ObjectNode badSignature = document.at("/components/messages/PartnerWebhook/examples/0/headers").deepCopy();
        badSignature.put("webhook-signature", "sha256=abc");
        assertThat(headers.validate(badSignature)).as("a signature header not in the Standard Webhooks form").isNotEmpty();
    }

    @Test
    void partnerWebhooksAreAnHttpsPostOfTheSignedPayload() {
        assertThat(document.at("/channels/" + WEBHOOK_CHANNEL + "/servers/0/$ref").asText()).isEqualTo("#/servers/partnerReceiver");
        assertThat(document.at("/servers/partnerReceiver/protocol").asText()).isEqualTo("https");
        JsonNode operation = document.at("/operations/deliverPartnerWebhooks");
        assertThat(operation.at("/bindings/http/method").asText()).isEqualTo("POST");
        assertThat(operation.path("description").asText()).as("the retry policy and how to verify")
                .contains("5 s", "1 h", "24 h", "50 consecutive", "webhook-id", "HMAC-SHA256", "secret-rotations");
        assertThat(document.at("/components/schemas/WebhookHeaders/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("content-type", "webhook-id", "webhook-timestamp", "webhook-signature");
        JsonNode data = document.at("/components/messages/PartnerWebhook/examples/0/payload/data");
        assertThat(data.toString()).as("a partner's copy names no professional and carries no sealed text")
                .doesNotContain("\"name\"", "ciphertext");
        String signature = document.at("/components/messages/PartnerWebhook/examples/0/headers/webhook-signature").asText();
        assertThat(signature.split(" ")).as("two signatures during a rotation's overlap").hasSize(2).allMatch(s -> s.startsWith("v1,"));
    }

    /** A validator for a message's payload or headers schema, its {@code $ref}s resolved inside this document. */
    private static JsonSchema schema(JsonNode schema) {
        assertThat(schema.isMissingNode()).as("a schema").isFalse();
        ObjectNode root = schema.deepCopy();
        root.set("components", document.path("components").deepCopy());
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config);
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
