package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * A write retried as the API contract allows (api.md: "Writes accept Idempotency-Key: the same key and body again returns
 * the first answer and changes nothing"): one key for every attempt, asked again only while the gateway answers that the
 * service could not be reached or did not answer (502, 503, 504) or the service answers that the same key is still being
 * written by a twin (409). Any other answer is the answer.
 */
final class IdempotentPosts {

    static final Set<Integer> RETRIED = Set.of(409, 502, 503, 504);

    /** The first answer that is not a retried one, within {@code atMost}. */
    static ExtractableResponse<Response> post(String token, String path, String body, Duration atMost, Object... pathParams) {
        String key = UUID.randomUUID().toString();
        AtomicReference<ExtractableResponse<Response>> answer = new AtomicReference<>();
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).pollDelay(Duration.ZERO).until(() -> {
            ExtractableResponse<Response> attempt = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .header("Idempotency-Key", key).body(body).post(path, pathParams).then().extract();
            answer.set(attempt);
            return !RETRIED.contains(attempt.statusCode());
        });
        return answer.get();
    }

    private IdempotentPosts() {
    }
}
