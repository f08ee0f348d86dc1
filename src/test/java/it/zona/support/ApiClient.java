package it.zona.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON calls to the API as one account (or anonymously when the bearer is null), for tests written
 * as a conversation with the API. The request builders and problem checks of the authorisation and
 * bad-input tests are in it.zona.api.Api.
 */
public final class ApiClient {

    private final MockMvc mvc;
    private final JsonMapper json;
    private final String bearer;

    public ApiClient(MockMvc mvc, JsonMapper json, String bearer) {
        this.mvc = mvc;
        this.json = json;
        this.bearer = bearer;
    }

    public ResultActions get(String path, Object... variables) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.get(path, variables)));
    }

    public ResultActions post(String path, String body, Object... variables) throws Exception {
        return mvc.perform(withJson(MockMvcRequestBuilders.post(path, variables), body));
    }

    /** A POST with one more header, such as the reason for changing an approved plan. */
    public ResultActions postWithHeader(String path, String body, String header, String value, Object... variables)
            throws Exception {
        return mvc.perform(
                withJson(MockMvcRequestBuilders.post(path, variables), body).header(header, value));
    }

    public ResultActions put(String path, String body, Object... variables) throws Exception {
        return mvc.perform(withJson(MockMvcRequestBuilders.put(path, variables), body));
    }

    public ResultActions delete(String path, Object... variables) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.delete(path, variables)));
    }

    /** The JSON body of a call that must succeed. */
    public JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, String body) {
        return auth(request).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder request) {
        return bearer == null ? request : request.header("Authorization", bearer);
    }
}
