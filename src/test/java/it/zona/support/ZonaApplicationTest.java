package it.zona.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real database and a real server on a random port, with MockMvc too.
 * Every application test uses this same configuration, so they all share one Spring context, and
 * one SMTP server ({@link TestMailServer}) that receives its mail.
 *
 * <p>Tagged "spring": the build runs these tests after the plain unit tests, in lanes of their own
 * (docs/testing.md). {@link TestLanes} fails any Spring test context without this tag.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({CleanDatabase.class, Fixtures.class, PlanFixtures.class, TestMailServer.class, ServerStart.class})
@Tag(TestLanes.SPRING)
public @interface ZonaApplicationTest {}
