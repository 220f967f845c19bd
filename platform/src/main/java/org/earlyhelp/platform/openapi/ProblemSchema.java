package org.earlyhelp.platform.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The body of every refusal, as the {@code problem} package writes it (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}; {@code errors: [{field, message}]} for bad input (400); {@code rule}
 * (and for one field, {@code field}) when a domain or state rule refuses (422, some 409); and the extra members a refusal
 * names (e.g. {@code activePlanId}, {@code missing}), each listed here. Other members may be added (RFC 9457 allows extension
 * members), so the schema does not close the object.
 */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String ERROR = "ProblemFieldError";
    static final String MEDIA_TYPE = "application/problem+json";

    static Schema problem() {
        Schema schema = object("An RFC 9457 problem: what was refused and why")
                .addProperty("type", string("What kind of refusal: a URN such as urn:earlyhelp:problem:validation-failed, "
                        + "rule-violated, conflict, not-found, stale-version, unauthorized, forbidden, too-large, rate-limited, unavailable", 200)
                        .format("uri"))
                .addProperty("title", string("The status' reason phrase", 200))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)).description("The HTTP status"))
                .addProperty("detail", string("What happened, for a person to read; names the field or the rule", 2000))
                .addProperty("instance", string("The path that was asked", 2000))
                .addProperty("rule", string("A short stable name of the domain or state rule that refused (422, some 409)", 200))
                .addProperty("field", string("The JSON path of the one field that breaks the rule, when there is one", 500))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(1000)
                        .description("Each bad value of the request (400): where and why")
                        .items(OASFactory.createSchema().ref(ERROR)))
                .addProperty("missing", strings("What is missing before the record can move on (assessment completion)", 1000))
                .addProperty("goals", uuids("The goals the rule is about (a review or closure refused)"))
                .addProperty("matchingFamilyIds", uuids("Families the caller may see that look like the one being registered"))
                .addProperty("activePlanId", OASFactory.createSchema().addType(SchemaType.STRING).format("uuid")
                        .description("The family's active plan, when a second one is refused and the caller may see it"))
                .addProperty("member", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ZERO)
                        .description("The index of the team member the rule is about"))
                .required(List.of("type", "title", "status", "detail"));
        schema.setExamples(List.of(Map.of("type", "urn:earlyhelp:problem:validation-failed", "title", "Bad Request", "status", 400,
                "detail", "Some fields are missing or not valid: see errors", "instance", "/api/families",
                "errors", List.of(Map.of("field", "members[0].givenName", "message", "must not be blank")))));
        return schema;
    }

    static Schema fieldError() {
        Schema schema = object("One bad value of the request")
                .addProperty("field", string("The JSON path of the bad value (members[0].givenName), a query parameter's name, or $ for the whole body", 500))
                .addProperty("message", string("Why it is not accepted", 1000))
                .required(List.of("field", "message"))
                .additionalPropertiesBoolean(Boolean.FALSE);
        schema.setExamples(List.of(Map.of("field", "members[0].dateOfBirth", "message", "must be an ISO-8601 date or instant")));
        return schema;
    }

    private static Schema strings(String description, int maxLength) {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(100).description(description)
                .items(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength));
    }

    private static Schema uuids(String description) {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(100).description(description)
                .items(OASFactory.createSchema().addType(SchemaType.STRING).format("uuid"));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
    }

    private static Schema string(String description, int maxLength) {
        return OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength).description(description);
    }

    private ProblemSchema() {
    }
}
