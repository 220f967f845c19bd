package org.earlyhelp.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.platform.security.Caller;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The address in a practitioner's token is learned once, however many of their first requests arrive together. */
@QuarkusTest
class EmailLearningTest {

    @Inject
    EmailPreferences preferences;

    @Test
    @DisplayName("eight first requests at the same instant: none fails, one preference with the token's address")
    void firstRequestsTogetherLearnTheAddressOnce() throws Exception {
        Caller caller = new Caller("learner-" + UUID.randomUUID(), TestTokens.DEFAULT_AREA, "school", Set.of("practitioner"));
        int requests = 8;
        CyclicBarrier together = new CyclicBarrier(requests);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<CompletableFuture<Void>> learning = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                learning.add(CompletableFuture.runAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    preferences.learn(caller, "learner@school.example");
                }, pool));
            }
            CompletableFuture.allOf(learning.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdownNow();
        }
        assertThat(preferences.of(caller.userId())).hasValueSatisfying(p -> {
            assertThat(p.email()).isEqualTo("learner@school.example");
            assertThat(p.emailEnabled()).isTrue();
        });
    }

    @Test
    @DisplayName("an address the practitioner set is kept: a later token's address does not replace it")
    void aSetAddressIsKept() {
        Caller caller = new Caller("keeper-" + UUID.randomUUID(), TestTokens.DEFAULT_AREA, "school", Set.of("practitioner"));
        preferences.change(caller, "chosen@school.example", true);
        preferences.learn(caller, "from-token@school.example");
        assertThat(preferences.of(caller.userId())).hasValueSatisfying(p -> assertThat(p.email()).isEqualTo("chosen@school.example"));
    }
}
