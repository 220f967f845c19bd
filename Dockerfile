# syntax=docker/dockerfile:1
####
# One Dockerfile for the five services and the gateway: it builds ONE Maven module from source and packages it as a
# JVM-mode (fast-jar) image. Only Docker is needed: no JDK or Maven on the host, no `./mvnw package` first.
#
#   docker build --build-arg MODULE=plan-service --build-arg PORTS=8082 \
#     -t earlyhelp/plan-service:0.1.0-SNAPSHOT .
#
# The build context is the repository root (the module needs the parent pom, platform and event-contracts); the root
# .dockerignore keeps target/, .git, node_modules and local data out of it. docker-compose.yml passes MODULE and PORTS
# for each service:
#
#   | MODULE               | PORTS     |
#   | assessment-service   | 8081      |
#   | plan-service         | 8082      |
#   | referral-service     | 8083      |
#   | notification-service | 8084      |
#   | reporting-service    | 8085      |
#   | gateway              | 8080 9000 |  (9000: its management interface, health and metrics)
#
# Why one file and not six: the six images differ only in the module built and the ports documented, and each needs the
# whole reactor as context anyway; one file keeps the base images, the build command and the JVM flags in one place.
#
# Needs BuildKit (the default builder since Docker 23, and always used by `docker compose build`) for the cache mount.
###

############################ build: ./mvnw -pl <module> -am package ############################
FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /build

# The whole source tree (less .dockerignore); the reactor needs every module's pom.xml to start, and `-am` builds only
# what MODULE needs (parent, event-contracts, platform and the test-scoped local-stack whose artifacts it resolves).
COPY . .

# ~/.m2 is a BuildKit cache mount: Maven, the plugins and every dependency are downloaded once and reused by the next
# build of any module, whatever layer changed (it never ends up in an image). `dependency:go-offline` cannot prime it
# here: the services' sibling SNAPSHOTs (platform, event-contracts) are not in any repository until the reactor builds
# them, and Quarkus resolves its deployment artifacts only during the build itself. `docker compose build` builds the six
# images in parallel on the one shared cache, so Maven's resolver takes file locks in it (the resolver's documented
# setting for a local repository shared by several processes).
RUN --mount=type=cache,target=/root/.m2,sharing=shared \
    test -n "${MODULE}" || { echo "build-arg MODULE is required (e.g. --build-arg MODULE=plan-service)" >&2; exit 1; }; \
    ./mvnw -B -ntp -pl "${MODULE}" -am package -DskipTests \
      -Daether.syncContext.named.factory=file-lock -Daether.syncContext.named.nameMapper=file-gav \
    && test -f "${MODULE}/target/quarkus-app/quarkus-run.jar"

############################ runtime: the fast-jar on a JRE ############################
# Red Hat's OpenJDK 17 runtime image: a JRE, bash and coreutils, user 185 (non-root) and run-java.sh, which builds the
# java command line from the container's memory limit.
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24
ARG MODULE
ARG PORTS=8080

ENV LANGUAGE='en_US:en'
LABEL org.opencontainers.image.title="earlyhelp ${MODULE}" \
      org.opencontainers.image.source="Dockerfile at the root of the early help platform's repository"

# Four layers, least often changed first: a code change rebuilds only app/.
COPY --from=build --chown=185 /build/${MODULE}/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=185 /build/${MODULE}/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=185 /build/${MODULE}/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=185 /build/${MODULE}/target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE ${PORTS}
USER 185

# Container-aware heap: run-java.sh turns JAVA_MAX_MEM_RATIO into -XX:MaxRAMPercentage=75 (of the container's memory
# limit, e.g. 384 MiB of a 512 MiB limit; the rest is metaspace, threads and direct buffers). ExitOnOutOfMemoryError
# lets the orchestrator restart a JVM that ran out of heap instead of leaving it half-working.
# JAVA_OPTS_APPEND adds options; setting JAVA_OPTS replaces run-java.sh's computed defaults.
ENV JAVA_MAX_MEM_RATIO=75 \
    JAVA_INITIAL_MEM_RATIO=25 \
    JAVA_OPTS_APPEND="-XX:+ExitOnOutOfMemoryError -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_APP_JAR="/deployments/quarkus-run.jar"

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
