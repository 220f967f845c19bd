package org.earlyhelp.localstack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape every service keeps (conventions.md): thin resources that never reach a repository,
 * domain classes (entities) that know nothing of HTTP or messaging, and no service code touching Kafka or a messaging channel. Use with
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

    /** Classes compiled from src/main (a test may read a topic with Kafka's own types). */
    private static final DescribedPredicate<JavaClass> MAIN_CODE = DescribedPredicate.describe("are main code",
            javaClass -> javaClass.getSource().map(source -> !source.getUri().toString().contains("/test-classes/")).orElse(true));

    @ArchTest
    public static final ArchRule serviceCodeImportsNoKafkaType = noClasses()
            .that(MAIN_CODE)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.eclipse.microprofile.reactive.messaging..",
                    "io.smallrye.reactive.messaging..")
            .because("a service registers its event handlers with platform.consuming, which owns the channels (conventions.md, Events)");

    private ArchitectureRules() {
    }
}
