package vn.giaoviec;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

import vn.giaoviec.support.ResetClock;

/**
 * The whole application on a real port, the demo organisation loaded, the job executor off (tests
 * run due jobs themselves); the beans of vn.giaoviec.support are found by the
 * application's own component scan. Every test class shares one context and one database: tests create
 * their own directives and never assume an empty database. The engine's clock is put back after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ResetClock.class)
public @interface IntegrationTest {
}
