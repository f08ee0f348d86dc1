package it.zona.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

@ZonaIntegrationTest
class AuthenticationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountRegistry accounts;

    private ResultActions requestToken(String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("username", username, "password", password))));
    }

    @Test
    void aTokenIsStoredOnlyAsItsHashAndExpires() throws Exception {
        Staff viewer = fixtures.district().viewer();
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_token where token_hash = ?", Integer.class, viewer.token()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_token where token_hash = ?",
                        Integer.class,
                        TokenService.hash(viewer.token())))
                .isOne();
        requestToken(viewer.username(), Fixtures.PASSWORD)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").isString())
                .andExpect(jsonPath("$.expiresAt").isString());
    }

    @Test
    void aRevokedTokenNoLongerWorks() throws Exception {
        TestDistrict district = fixtures.district();
        String bearer = district.viewer().bearer();
        mvc.perform(get("/api/v1/districts/{slug}/organizations", district.slug())
                        .header("Authorization", bearer))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", bearer))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/districts/{slug}/organizations", district.slug())
                        .header("Authorization", bearer))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:zona:problem:unauthenticated"));
    }

    @Test
    void anExpiredTokenNoLongerWorks() throws Exception {
        TestDistrict district = fixtures.district();
        jdbc.update(
                "update api_token set expires_at = created_at where token_hash = ?",
                TokenService.hash(district.viewer().token()));
        mvc.perform(get("/api/v1/districts/{slug}/organizations", district.slug())
                        .header("Authorization", district.viewer().bearer()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
    }

    @Test
    void wrongCredentialsGetAProblemDetailThatDoesNotSayWhichPartWasWrong() throws Exception {
        Staff viewer = fixtures.district().viewer();
        String wrongPassword = requestToken(viewer.username(), "not-the-password")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:zona:problem:bad-credentials"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String unknownUser = requestToken("nobody-" + Fixtures.unique(), "not-the-password")
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json.readTree(wrongPassword).get("detail"))
                .isEqualTo(json.readTree(unknownUser).get("detail"));
    }

    @Test
    void repeatedFailuresLockTheUsernameEvenWithTheRightPassword() throws Exception {
        Staff viewer = fixtures.district().viewer();
        for (int i = 0; i < 5; i++) {
            requestToken(viewer.username(), "wrong-" + i).andExpect(status().isUnauthorized());
        }
        requestToken(viewer.username(), Fixtures.PASSWORD)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("urn:zona:problem:login-locked"));
    }

    @Test
    void unknownUsernamesAreLockedTheSameWaySoTheLockRevealsNothing() throws Exception {
        String nobody = "nobody-" + Fixtures.unique();
        for (int i = 0; i < 5; i++) {
            requestToken(nobody, "wrong").andExpect(status().isUnauthorized());
        }
        requestToken(nobody, "wrong").andExpect(status().isTooManyRequests());
    }

    @Test
    void aSuccessfulSignInClearsTheFailures() throws Exception {
        Staff viewer = fixtures.district().viewer();
        for (int i = 0; i < 4; i++) {
            requestToken(viewer.username(), "wrong").andExpect(status().isUnauthorized());
        }
        requestToken(viewer.username(), Fixtures.PASSWORD).andExpect(status().isCreated());
        for (int i = 0; i < 4; i++) {
            requestToken(viewer.username(), "wrong").andExpect(status().isUnauthorized());
        }
        requestToken(viewer.username(), Fixtures.PASSWORD).andExpect(status().isCreated());
    }

    @Test
    void aTemporaryPasswordGivesNoTokenUntilItIsChanged() throws Exception {
        TestDistrict district = fixtures.district();
        String username = "new-" + Fixtures.unique();
        String temporary = fixtures.as(
                        district.admin().username(),
                        () -> accounts.grant(
                                district.id(),
                                new AccountRegistry.NewAccount(username, "Nuova Persona", null),
                                DistrictRole.VIEWER))
                .temporaryPassword();
        assertThat(temporary).hasSize(16);
        requestToken(username, temporary)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:zona:problem:password-change-required"));
    }

    @Test
    void passwordsAreHashedWithArgon2id() {
        Staff viewer = fixtures.district().viewer();
        assertThat(jdbc.queryForObject(
                        "select password_hash from account where username = ?", String.class, viewer.username()))
                .startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void aSignedInWebSessionIsKeptInTheDatabaseSoAnyNodeCanServeIt() throws Exception {
        Staff editor = fixtures.district().editor();
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", editor.username())
                        .param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/dashboard"))
                .andReturn()
                .getRequest()
                .getSession();
        assertThat(session).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?",
                        Integer.class,
                        editor.username()))
                .isPositive();
    }

    @Test
    void aRoleTakenAwayTakesEffectAtOnceForAnExistingToken() throws Exception {
        TestDistrict district = fixtures.district();
        mvc.perform(get("/api/v1/districts/{slug}/organizations", district.slug())
                        .header("Authorization", district.viewer().bearer()))
                .andExpect(status().isOk());
        fixtures.as(district.admin().username(), () -> {
            accounts.revoke(district.id(), district.viewer().username());
            return null;
        });
        mvc.perform(get("/api/v1/districts/{slug}/organizations", district.slug())
                        .header("Authorization", district.viewer().bearer()))
                .andExpect(status().isForbidden());
    }
}
