package org.earlyhelp.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.earlyhelp.localstack.EarlyHelpSystem.DomainService;
import org.earlyhelp.localstack.EarlyHelpSystem.PortPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PortPlanTest {

    @Test
    @DisplayName("./earlyhelp up's ports: the five domain services on 8081-8085 in start order, reporting-service last on 8085")
    void documentedPorts() {
        assertThat(PortPlan.defaults().services()).containsExactly(
                Map.entry("assessment-service", 8081), Map.entry("plan-service", 8082),
                Map.entry("referral-service", 8083), Map.entry("notification-service", 8084),
                Map.entry("reporting-service", 8085));
    }

    @Test
    @DisplayName("each service's database is its name without -service; only reporting-service goes without the sealing key")
    void databasesAndSealingKey() {
        assertThat(EarlyHelpSystem.DOMAIN.stream().map(DomainService::database).toList())
                .containsExactly("assessment", "plan", "referral", "notification", "reporting");
        assertThat(EarlyHelpSystem.DOMAIN.stream().filter(s -> !s.sealingKey()).map(DomainService::name).toList())
                .containsExactly("reporting-service");
    }

    @Test
    @DisplayName("a test system's free ports: one for every domain service, none shared with another component")
    void freePortsForEveryService() {
        PortPlan plan = PortPlan.free();
        assertThat(plan.services().keySet()).containsExactlyElementsOf(EarlyHelpSystem.DOMAIN_SERVICES);
        List<Integer> all = plan.all();
        Set<Integer> distinct = new HashSet<>(all);
        assertThat(distinct).hasSameSizeAs(all);
    }
}
