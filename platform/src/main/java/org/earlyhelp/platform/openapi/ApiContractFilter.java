package org.earlyhelp.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.IndexView;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every service's {@code /q/openapi} says what the platform really answers, at build time: the {@code Problem} schema,
 * and on every operation the refusals it can give, each {@code application/problem+json} with that schema. They are
 * derived from what the code declares, not listed by hand ({@link StatusRules}); the headers too ({@code Location} on a
 * 201, {@code ETag} where a version is answered, {@code If-Match} and {@code Idempotency-Key} where they are honoured).
 * Each operation also gets a stable {@code operationId} ({@code Family_register}) and a description naming the roles
 * that may call it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiContractFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/" + ProblemSchema.NAME;

    private final ResourceSignals signals;

    public ApiContractFilter() {
        this(ResourceSignals.none());
    }

    /** SmallRye passes the build's index to a filter that takes one: the resource annotations are read from it. */
    public ApiContractFilter(IndexView index) {
        this(ResourceSignals.of(index));
    }

    ApiContractFilter(ResourceSignals signals) {
        this.signals = signals;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(ProblemSchema.NAME, ProblemSchema.problem());
        components.addSchema(ProblemSchema.ERROR, ProblemSchema.fieldError());
        RegexDialect.rewrite(components.getSchemas().values());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/q/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> describe(path, method, operation));
        });
    }

    void describe(String path, PathItem.HttpMethod method, Operation operation) {
        ResourceSignals.Signal signal = signals.of(method.name(), path);
        if (operation.getOperationId() != null) {
            operation.setOperationId(operation.getOperationId().replace("Resource_", "_"));
        }
        if (operation.getDescription() == null) {
            operation.setDescription(StatusRules.rolesSentence(signal.roles()));
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        RegexDialect.rewrite(parameters.stream().map(Parameter::getSchema).filter(java.util.Objects::nonNull).toList());
        boolean ifMatch = false;
        for (Parameter parameter : parameters) {
            if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName())) {
                ifMatch = true;
                parameter.setDescription("The ETag of the version read: a write over a newer version is refused 412. Without it the write goes ahead");
                parameter.setSchema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(100).examples(List.of("\"3\"")));
            }
        }
        if (signal.idempotent()) {
            operation.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                    .description("Any unique text (a UUID): the same key and body again answers the first answer and changes nothing; "
                            + "the same key with another body is 422")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200)
                            .examples(List.of("6f1c2b9e-3d4a-4f7e-9a51-0c2d8e7b1a44"))));
        }
        StatusRules.Request request = new StatusRules.Request(method.name(), path, operation.getRequestBody() != null,
                parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY), ifMatch, signal.idempotent());
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, APIResponse> existing = responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
        Map<String, APIResponse> answers = new TreeMap<>(existing);
        answers.forEach((code, response) -> {
            if (code.startsWith("2")) {
                successHeaders(code, response, request);
            }
        });
        for (Map.Entry<String, String> refusal : StatusRules.refusals(request).entrySet()) {
            answers.putIfAbsent(refusal.getKey(), OASFactory.createAPIResponse().description(refusal.getValue()));
        }
        answers.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                problem(code, response);
            }
        });
        responses.setAPIResponses(new LinkedHashMap<>(answers));
    }

    private static void successHeaders(String code, APIResponse response, StatusRules.Request request) {
        if (code.equals("201")) {
            response.addHeader("Location", header("Where the new record can be read", "uri", "/api/families/0b6d1c9e-2f4a-4c6e-8a1b-3d5f7e9a2c4b"));
        }
        if (request.answersVersion()) {
            response.addHeader("ETag", header("The record's version: send it back as If-Match to write over this version only", null, "\"3\""));
        }
        if (request.idempotent()) {
            response.addHeader("Idempotent-Replayed", header("true when this is the stored answer to an earlier request with the same Idempotency-Key",
                    null, "true"));
        }
    }

    private static Header header(String description, String format, String example) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.STRING).maxLength(2000);
        if (format != null) {
            schema.setFormat(format);
        }
        schema.setExamples(List.of(example));
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static void problem(String code, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getDescription() == null || response.getDescription().isBlank() || StatusRules.generic(response.getDescription())) {
            String described = StatusRules.DESCRIPTIONS.get(code);
            response.setDescription(described == null ? "Refused" : described);
        }
        Content content = OASFactory.createContent();
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        content.addMediaType(ProblemSchema.MEDIA_TYPE, media);
        response.setContent(content);
        if (code.equals("401")) {
            response.addHeader("WWW-Authenticate", header("Bearer: a token is needed", null, "Bearer"));
        }
        if (code.equals("429") || code.equals("503")) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO).examples(List.of(5))));
        }
    }

    static List<String> codes(Operation operation) {
        return operation.getResponses() == null ? List.of() : new ArrayList<>(operation.getResponses().getAPIResponses().keySet());
    }
}
