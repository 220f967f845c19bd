package org.earlyhelp.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.CurrentCaller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerRequest;

/**
 * Honours {@code Idempotency-Key} on {@link IdempotentWrite} resource methods. The key is claimed
 * before the write (a concurrent twin waits its turn as a 409), the answer stored after it, and a
 * failed write frees the key. Keys are per caller; the request is compared by a hash of its path
 * and body.
 */
@IdempotentWrite
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class IdempotentWriteInterceptor {

    public static final String HEADER = "Idempotency-Key";

    private final IdempotencyStore store;
    private final CurrentCaller caller;
    private final HttpServerRequest request;
    private final ObjectMapper json;

    public IdempotentWriteInterceptor(IdempotencyStore store, CurrentCaller caller, HttpServerRequest request, ObjectMapper json) {
        this.store = store;
        this.caller = caller;
        this.request = request;
        this.json = json;
    }

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null || key.isBlank()) {
            return invocation.proceed();
        }
        if (key.length() > 200) {
            throw new RuleViolation("idempotency-key-length", "Idempotency-Key must be at most 200 characters");
        }
        String who = caller.get().userId();
        String hash = hash(request.path(), invocation.getParameters());
        Optional<IdempotencyStore.Entry> seen = store.claim(who, key, hash);
        if (seen.isPresent()) {
            IdempotencyStore.Entry entry = seen.get();
            if (!entry.requestHash().equals(hash)) {
                throw new RuleViolation("idempotency-key-reused", "This Idempotency-Key was already used for a different request");
            }
            if (!entry.isComplete()) {
                throw new ConflictingState("A request with this Idempotency-Key is still being processed: retry shortly");
            }
            Response.ResponseBuilder replay = Response.status(entry.status()).entity(entry.body()).type(MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replayed", "true");
            if (entry.location() != null) {
                replay.location(URI.create(entry.location()));
            }
            return replay.build();
        }
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception | Error e) {
            store.release(who, key);
            throw e;
        }
        Response response = result instanceof Response r ? r : Response.ok(result).build();
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            String location = response.getLocation() == null ? null : response.getLocation().toString();
            store.complete(who, key, response.getStatus(), json.writeValueAsString(response.getEntity()), location);
        } else {
            store.release(who, key);
        }
        return result;
    }

    private String hash(String path, Object[] parameters) throws JsonProcessingException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        for (Object parameter : parameters) {
            digest.update(json.writeValueAsString(parameter).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
