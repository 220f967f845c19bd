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

    @Test
    @DisplayName("--replicas 3: instance k of each service on its documented port + 10 * (k - 1), named plan-service, plan-service-2, ...")
    void replicaPorts() {
        PortPlan plan = PortPlan.defaults(3);
        assertThat(plan.instances().get("plan-service")).containsExactly(8082, 8092, 8102);
        assertThat(plan.instances().get("reporting-service")).containsExactly(8085, 8095, 8105);
        assertThat(plan.services()).containsEntry("plan-service", 8082);
        assertThat(plan.replicas()).isEqualTo(3);
        assertThat(EarlyHelpSystem.instanceName("plan-service", 1)).isEqualTo("plan-service");
        assertThat(EarlyHelpSystem.instanceName("plan-service", 2)).isEqualTo("plan-service-2");
        List<Integer> all = PortPlan.defaults(EarlyHelpSystem.MAX_REPLICAS).all();
        assertThat(new HashSet<>(all)).hasSameSizeAs(all);
    }

    @Test
    @DisplayName("a test system with replicas: a free port for every instance, none shared")
    void freePortsForEveryInstance() {
        PortPlan plan = PortPlan.free(2);
        assertThat(plan.instances().values()).allSatisfy(ports -> assertThat(ports).hasSize(2));
        List<Integer> all = plan.all();
        assertThat(new HashSet<>(all)).hasSameSizeAs(all);
    }

    @Test
    @DisplayName("replicas from 1 to 4; anything else is refused with a clear message, as is a malformed --replicas")
    void replicasChecked() {
        assertThat(Main.replicas(new String[] {"up"})).isEqualTo(1);
        assertThat(Main.replicas(new String[] {"up", "--replicas", "4"})).isEqualTo(4);
        for (String bad : List.of("0", "5", "two", "-1")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Main.replicas(new String[] {"up", "--replicas", bad}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1").hasMessageContaining("4");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Main.replicas(new String[] {"up", "--replicas"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
