package org.earlyhelp.platform.problem;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * A query value that cannot become its parameter's type ({@code size=abc}): Jakarta REST calls it 404, as if the
 * resource were missing; here it is the 400 it is, naming the parameter. A real 404 stays a 404.
 */
public class UnreadableParameters {

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 50)
    public Response unreadable(NotFoundException e, ResourceInfo resource, UriInfo uri) {
        if (e.getCause() == null || resource == null || resource.getResourceMethod() == null) {
            return Problems.of(Problems.NOT_FOUND, 404, "Not Found",
                    e.getMessage() == null ? "Not found" : "Nothing is here: " + uri.getPath()).toResponse();
        }
        List<Map<String, String>> errors = new ArrayList<>();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        for (Typed parameter : queryParameters(resource.getResourceMethod())) {
            for (String value : query.getOrDefault(parameter.name(), List.of())) {
                if (!readable(value, parameter.type())) {
                    errors.add(Map.of("field", parameter.name(), "message", "must be " + describe(parameter.type())));
                    break;
                }
            }
        }
        if (errors.isEmpty()) {
            errors.add(Map.of("field", "query", "message", "a query parameter has a value of the wrong type"));
        }
        return HttpProblem.builder().withType(Problems.VALIDATION).withStatus(400).withTitle("Bad Request")
                .withDetail("Query parameter " + errors.get(0).get("field") + " " + errors.get(0).get("message"))
                .with("errors", errors).build().toResponse();
    }

    record Typed(String name, Class<?> type) {
    }

    static List<Typed> queryParameters(Method method) {
        List<Typed> found = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            add(found, parameter, parameter.getType());
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = parameter.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        add(found, field, field.getType());
                    }
                }
            }
        }
        return found;
    }

    private static void add(List<Typed> found, AnnotatedElement element, Class<?> type) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null && type != String.class) {
            found.add(new Typed(query.value(), type));
        }
    }

    static boolean readable(String value, Class<?> type) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.trim());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.trim());
            } else if (type == boolean.class || type == Boolean.class) {
                return value.equals("true") || value.equals("false");
            } else if (type == java.util.UUID.class) {
                java.util.UUID.fromString(value.trim());
            } else if (type == java.time.LocalDate.class) {
                java.time.LocalDate.parse(value.trim());
            } else if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value.trim())) {
                        return true;
                    }
                }
                return false;
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == java.time.LocalDate.class) {
            return "an ISO-8601 date";
        }
        return "a valid value";
    }
}
