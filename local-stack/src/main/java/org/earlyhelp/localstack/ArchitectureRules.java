package org.earlyhelp.localstack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape every service keeps (conventions.md): thin resources that never reach a repository,
 * and domain classes (entities) that know nothing of HTTP or messaging. Use with
 * {@code @ArchTest static final ArchTests rules = ArchTests.in(ArchitectureRules.class);}.
 */
public final class ArchitectureRules {

    @ArchTest
    public static final ArchRule resourcesDoNotTouchRepositories = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("a resource parses, authorises and calls one service method");

    @ArchTest
    public static final ArchRule domainDoesNotKnowRestOrMessaging = noClasses()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                    "org.eclipse.microprofile.reactive.messaging..", "org.apache.kafka..", "io.smallrye.reactive.messaging..")
            .because("rules live in domain classes that a unit test reaches without HTTP or a broker")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule resourcesAreNotTransactional = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().beAnnotatedWith("jakarta.transaction.Transactional")
            .because("transactions belong to the application service");

    private ArchitectureRules() {
    }
}
