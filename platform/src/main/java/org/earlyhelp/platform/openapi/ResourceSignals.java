package org.earlyhelp.platform.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * What the resource code says about each operation, read from the build's index: whether it is an
 * {@code @IdempotentWrite} (so it honours {@code Idempotency-Key}) and which roles it allows. Keyed by
 * {@code "POST /api/families/{id}/members"}, as the document names the operation.
 */
final class ResourceSignals {

    record Signal(boolean idempotent, List<String> roles) {
    }

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName IDEMPOTENT = DotName.createSimple("org.earlyhelp.platform.idempotency.IdempotentWrite");
    private static final DotName ROLES = DotName.createSimple("jakarta.annotation.security.RolesAllowed");
    private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final Map<String, Signal> signals;

    private ResourceSignals(Map<String, Signal> signals) {
        this.signals = signals;
    }

    static ResourceSignals none() {
        return new ResourceSignals(Map.of());
    }

    static ResourceSignals of(IndexView index) {
        Map<String, Signal> signals = new HashMap<>();
        for (AnnotationInstance path : index.getAnnotations(PATH)) {
            if (path.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo resource = path.target().asClass();
            for (MethodInfo method : resource.methods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                AnnotationInstance sub = method.declaredAnnotation(PATH);
                String full = join(path.value().asString(), sub == null ? "" : sub.value().asString());
                boolean idempotent = method.hasDeclaredAnnotation(IDEMPOTENT) || resource.hasDeclaredAnnotation(IDEMPOTENT);
                AnnotationInstance roles = method.hasDeclaredAnnotation(ROLES) ? method.declaredAnnotation(ROLES) : resource.declaredAnnotation(ROLES);
                List<String> allowed = roles == null ? List.of() : List.of(roles.value().asStringArray());
                signals.put(verb + " " + full, new Signal(idempotent, allowed));
            }
        }
        return new ResourceSignals(signals);
    }

    Signal of(String verb, String path) {
        return signals.getOrDefault(verb + " " + path, new Signal(false, List.of()));
    }

    private static String verb(MethodInfo method) {
        for (AnnotationInstance annotation : method.declaredAnnotations()) {
            String simple = annotation.name().withoutPackagePrefix();
            if (annotation.name().packagePrefix().equals("jakarta.ws.rs") && VERBS.contains(simple)) {
                return simple;
            }
        }
        return null;
    }

    static String join(String base, String sub) {
        List<String> parts = new ArrayList<>();
        for (String part : (base + "/" + sub).split("/")) {
            if (!part.isBlank()) {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
