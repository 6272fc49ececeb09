package io.cadbridge.bootstrap;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.cadbridge.application.port.out.WorkQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;

/** The hexagon, checked on the production classes of every module. */
@AnalyzeClasses(
        packages = "io.cadbridge",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /**
     * The shared test fixtures (the test-jars of domain, application, adapters-vendors and the example
     * plugin, and the adapter test kit their fakes extend) are on this classpath too; they are not
     * production code.
     */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/io/cadbridge/testkit/");
        }
    }

    private static final String[] FRAMEWORKS = {
        "com.google.inject..",
        "jakarta.inject..",
        "javax.inject..",
        "com.fasterxml.jackson..",
        "org.jooq..",
        "retrofit2..",
        "okhttp3..",
        "io.github.resilience4j..",
        "org.flywaydb..",
        "org.postgresql..",
        "java.sql..",
        "javax.sql..",
        "com.zaxxer..",
        "io.javalin..",
        "org.eclipse.jetty..",
        "io.zonky.."
    };

    /** The one class of the core that may use SLF4J, and only its MDC (ADR 0027). */
    private static final String LOG_CONTEXT = "io.cadbridge.application.processing.LogContext";

    @ArchTest
    static final ArchRule dependenciesPointInward = onionArchitecture()
            .domainModels("io.cadbridge.domain..")
            .domainServices("io.cadbridge.domain..")
            .applicationServices("io.cadbridge.application..")
            .adapter("persistence", "io.cadbridge.adapters.persistence..")
            .adapter("http", "io.cadbridge.adapters.http..")
            .adapter("events", "io.cadbridge.adapters.events..")
            // The composition root may see everything; the Jackson support library is used by adapters only (rule
            // below).
            .ignoreDependency(
                    resideInAnyPackage("io.cadbridge.bootstrap..", "io.cadbridge.support.."),
                    DescribedPredicate.alwaysTrue())
            .because("the domain and the use cases must not know the technology around them");

    @ArchTest
    static final ArchRule inboundPortsDoNotNameOutboundPorts = noClasses()
            .that()
            .resideInAPackage("io.cadbridge.application.port.in..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.cadbridge.application.port.out..")
            .because(
                    "a use case speaks the domain's language to its callers; what it is built on is not their business (ADR 0017)");

    @ArchTest
    static final ArchRule onlyTheWorkerHandlesLeases = noClasses()
            .that()
            .resideInAPackage("io.cadbridge.application..")
            .and()
            .doNotHaveSimpleName("JobWorker")
            .and()
            .doNotHaveSimpleName("QueuePoller")
            .and()
            .doNotHaveSimpleName("LeaseHeartbeat")
            .should()
            .callMethod(WorkQueue.class, "release", String.class, long.class, Instant.class)
            .orShould()
            .callMethod(WorkQueue.class, "releaseAll", String.class)
            .orShould()
            .callMethod(WorkQueue.class, "renew", String.class, Collection.class, Duration.class)
            .orShould()
            .callMethod(WorkQueue.class, "claim", String.class, int.class, Duration.class)
            .because(
                    "reservations, leases and releases are the worker's business; a use case says what, not how (ADR 0017)");

    @ArchTest
    static final ArchRule vendorAdaptersAndTheirSpiKnowOnlyTheJdkTheSpiAndTheJsonModel = classes()
            .that()
            .resideInAnyPackage("io.cadbridge.vendors..", "io.cadbridge.spi..", "io.cadbridge.json..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.cadbridge.vendors..", "io.cadbridge.spi..", "io.cadbridge.json..")
            .because("a built-in adapter is written exactly as a plugin is: against the SPI alone, so that it could"
                    + " move into plugins/ unchanged (ADR 0031)");

    @ArchTest
    static final ArchRule theCoreIsFreeOfFrameworks = noClasses()
            .that()
            .resideInAnyPackage("io.cadbridge.domain..", "io.cadbridge.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS)
            .because("domain and application are plain Java (the Maven enforcer checks the same on the module graph)");

    @ArchTest
    static final ArchRule theCoreLogsThroughTheJdkAndPutsIdsInTheMdcInOnePlace = noClasses()
            .that()
            .resideInAnyPackage("io.cadbridge.domain..", "io.cadbridge.application..")
            .and()
            .doNotHaveFullyQualifiedName(LOG_CONTEXT)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.slf4j..")
            .because("the core logs through System.Logger; SLF4J's MDC is used by LogContext alone (ADR 0027)");

    @ArchTest
    static final ArchRule theLogContextUsesNothingOfSlf4jButTheMdc = noClasses()
            .that()
            .haveFullyQualifiedName(LOG_CONTEXT)
            .should()
            .dependOnClassesThat(
                    resideInAPackage("org.slf4j..").and(DescribedPredicate.not(nameMatching("org\\.slf4j\\.MDC"))))
            .because("the core needs the event's ids on the log lines, not a logging framework (ADR 0027)");

    @ArchTest
    static final ArchRule theCoreDoesNotDependOnSharedAdapterSupport = noClasses()
            .that()
            .resideInAnyPackage("io.cadbridge.domain..", "io.cadbridge.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.cadbridge.support..", "io.cadbridge.bootstrap..");

    @ArchTest
    static final ArchRule theJacksonSupportKnowsOnlyTheDomain = noClasses()
            .that()
            .resideInAPackage("io.cadbridge.support..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.cadbridge.application..", "io.cadbridge.adapters..", "io.cadbridge.bootstrap..");

    @ArchTest
    static final ArchRule generatedJooqCodeStaysInThePersistenceAdapter = noClasses()
            .that()
            .resideOutsideOfPackage("io.cadbridge.adapters.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.cadbridge.adapters.persistence.jooq..", "org.jooq..");

    @ArchTest
    static final ArchRule retrofitAndResilienceStayInTheHttpAdapter = noClasses()
            .that()
            .resideOutsideOfPackage("io.cadbridge.adapters.http..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("retrofit2..", "io.github.resilience4j..");

    @ArchTest
    static final ArchRule javalinStaysInTheInboundAdapterAndTheDemo = noClasses()
            .that()
            .resideOutsideOfPackages("io.cadbridge.adapters.events..", "io.cadbridge.bootstrap.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.javalin..");

    @ArchTest
    static final ArchRule theDomainReadsTimeFromAnInjectedClock = noClasses()
            .that()
            .resideInAnyPackage("io.cadbridge.domain..", "io.cadbridge.application..")
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(OffsetDateTime.class, "now");

    @ArchTest
    static final ArchRule adapterInternalsArePackagePrivate = classes()
            .that()
            .resideInAnyPackage("io.cadbridge.adapters..")
            .and()
            .resideOutsideOfPackage("io.cadbridge.adapters.persistence.jooq..")
            .and()
            .haveSimpleNameNotEndingWith("Module")
            .and()
            .areTopLevelClasses()
            .and()
            .doNotHaveSimpleName("ApiServer")
            .and()
            .doNotHaveSimpleName("DatabaseMigrations")
            .and()
            .doNotHaveSimpleName("CrmClientSettings")
            .and()
            .doNotHaveSimpleName("AllowedTargets")
            .and()
            .doNotHaveSimpleName("MasterKey")
            .and()
            .doNotHaveSimpleName("MasterKeys")
            .and()
            // The queue-depth gauge reads it (bootstrap's EngineGauges): ADR 0025.
            .doNotHaveSimpleName("QueueDepth")
            .and()
            // The pages' framing origins, read from the settings by bootstrap.
            .doNotHaveSimpleName("PageSettings")
            .and()
            // Kafka ingestion (ADR 0030): its settings are read by bootstrap, which starts and stops it.
            .doNotHaveSimpleName("KafkaSettings")
            .and()
            .doNotHaveSimpleName("KafkaIngestion")
            .should()
            .notHaveModifier(JavaModifier.PUBLIC)
            .because("an adapter is used through its Guice module and its few documented entry points");
}
