package it.zona.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.support.ServerStart;
import it.zona.support.ZonaIntegrationTest;
import org.junit.jupiter.api.Test;

@ZonaIntegrationTest
class DemoBeforeServingTest {

    @Test
    void theDemoIsInBeforeTheServerTakesItsFirstRequest() {
        assertThat(ServerStart.districts()).contains(PoggiardoDemo.SLUG);
    }
}
