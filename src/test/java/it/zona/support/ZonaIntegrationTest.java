package it.zona.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of the application through its services, API and pages (MockMvc). Tagged "db": .ci/run
 * runs these tests again on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ZonaApplicationTest
@Tag("db")
public @interface ZonaIntegrationTest {}
