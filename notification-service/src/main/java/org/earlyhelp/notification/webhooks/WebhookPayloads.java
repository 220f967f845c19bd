package org.earlyhelp.notification.webhooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a partner receives (the Standard Webhooks payload shape): {@code {type, timestamp, data}},
 * where {@code data} is the event's ids, codes and dates. Sealed text (goal wording carried over
 * from CSC) and people's names (a professional is sent by user id, agency and role) are removed:
 * a partner reads details through the API with its own token.
 */
public final class WebhookPayloads {

    /** The family a queued payload is about ({@code data.familyId}), or null. */
    static java.util.UUID familyOf(ObjectMapper json, String payload) {
        try {
            return familyOf(json.readTree(payload).path("data"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    /** The family an event's data names ({@code familyId}), or null. */
    static java.util.UUID familyOf(JsonNode data) {
        JsonNode family = data.path("familyId");
        try {
            return family.isTextual() ? java.util.UUID.fromString(family.asText()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String of(ObjectMapper json, String type, Instant timestamp, JsonNode event) {
        ObjectNode data = event.deepCopy();
        unseal(data);
        ObjectNode payload = json.createObjectNode();
        payload.put("type", type);
        payload.put("timestamp", timestamp.toString());
        payload.set("data", data);
        return payload.toString();
    }

    /** Removes every {@code {"ciphertext": ...}} value and every professional's name, however deep. */
    static void unseal(JsonNode node) {
        if (node.isObject()) {
            if (node.has("userId") && node.has("name")) {
                ((ObjectNode) node).remove("name");
            }
            List<String> sealed = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (value.isObject() && value.size() == 1 && value.has("ciphertext")) {
                    sealed.add(field.getKey());
                } else {
                    unseal(value);
                }
            }
            sealed.forEach(((ObjectNode) node)::remove);
        } else if (node.isArray()) {
            node.forEach(WebhookPayloads::unseal);
        }
    }

    private WebhookPayloads() {
    }
}
