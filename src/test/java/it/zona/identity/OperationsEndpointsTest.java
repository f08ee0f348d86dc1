package it.zona.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.Fixtures;
import it.zona.support.ZonaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ZonaIntegrationTest
class OperationsEndpointsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void livenessAndReadinessAnswerAnyoneWithTheirStatusOnly() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            mvc.perform(get(probe))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components").doesNotExist())
                    .andExpect(jsonPath("$.details").doesNotExist());
        }
    }

    @Test
    void metricsAreForPlatformAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus")
                        .header("Authorization", fixtures.district().editor().bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus")
                        .header("Authorization", fixtures.platformAdmin().bearer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void nothingElseOfTheActuatorIsOpenEvenToAPlatformAdmin() throws Exception {
        String admin = fixtures.platformAdmin().bearer();
        for (String other : new String[] {"/actuator", "/actuator/health", "/actuator/env", "/actuator/beans"}) {
            mvc.perform(get(other)).andExpect(status().isUnauthorized());
            mvc.perform(get(other).header("Authorization", admin)).andExpect(status().isForbidden());
        }
    }
}
