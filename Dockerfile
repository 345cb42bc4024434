# One image recipe for every Newsflow service: docker-compose passes SERVICE (ingest-service, enrich-service or
# store-service) as a build argument.
ARG SERVICE

FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN mvn -q -B -DskipTests -pl "${SERVICE}" -am package

FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/newsflow-${SERVICE}.jar /app/service.jar
COPY --from=build /src/${SERVICE}/target/lib /app/lib
RUN useradd --system --uid 10001 newsflow && mkdir -p /data && chown newsflow /data
USER newsflow
ENV NEWSFLOW_DATA_DIR=/data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
