# One image recipe for every Newsflow service: docker-compose passes SERVICE (ingest-service, enrich-service or
# store-service) as a build argument.
ARG SERVICE

FROM maven:3.9.11-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
# The poms alone first: their dependencies and plugins download in a layer of their own, cached until a pom
# changes, so a change to the sources rebuilds only the compile below. Every module the parent lists must be there.
COPY pom.xml ./
COPY contracts/pom.xml contracts/
COPY logging/pom.xml logging/
COPY http/pom.xml http/
COPY metrics/pom.xml metrics/
COPY kafka-embedded/pom.xml kafka-embedded/
COPY testing/pom.xml testing/
COPY ingest-service/pom.xml ingest-service/
COPY enrich-service/pom.xml enrich-service/
COPY store-service/pom.xml store-service/
COPY launcher/pom.xml launcher/
COPY bench/pom.xml bench/
RUN mvn -q -B -pl "${SERVICE}" -am dependency:go-offline
COPY . .
RUN mvn -q -B -DskipTests -pl "${SERVICE}" -am package

FROM eclipse-temurin:17.0.16_8-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/newsflow-${SERVICE}.jar /app/service.jar
COPY --from=build /src/${SERVICE}/target/lib /app/lib
RUN useradd --system --uid 10001 newsflow && mkdir -p /data && chown newsflow /data
USER newsflow
ENV NEWSFLOW_DATA_DIR=/data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
