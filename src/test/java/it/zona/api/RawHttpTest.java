package it.zona.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.support.ZonaIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses that the server refuses before any controller sees them (an encoded NUL or slash, a
 * path parameter that climbs out of a folder), sent as raw HTTP to the real server because MockMvc
 * bypasses the servlet container and its firewall. Under /api every refusal is a problem detail.
 */
@ZonaIntegrationTest
class RawHttpTest {

    @LocalServerPort
    int port;

    @Test
    void addressesRefusedBeforeAnyControllerAreProblemDetailsUnderTheApi() throws IOException {
        List<String> faults = new ArrayList<>();
        for (String path : List.of(
                "/api/v1/organizations%00",
                "/api/v1/a%2Fb", "/api/v1/..;/organizations", "/api/v1/districts/%2e%2e/x", "/api/v1/no-such-thing")) {
            String answer = get(path);
            String head =
                    answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
            if (!head.startsWith("http/1.1 4") || !head.contains("content-type: application/problem+json")) {
                faults.add(path + " -> " + head.lines().findFirst().orElse("") + " "
                        + head.lines()
                                .filter(l -> l.startsWith("content-type"))
                                .findFirst()
                                .orElse("no type"));
            }
        }
        assertThat(faults).isEmpty();
    }

    /**
     * "+1" and "0x10" are not ids, though Java reads them as numbers: the API answers 400 (a bad
     * parameter), a page 404 (no such page), never the resource with id 1 or 16.
     */
    @Test
    void aSignedOrHexadecimalIdIsNoId() throws IOException {
        // The demo's plan 2024-2026 is public.
        assertThat(get("/api/v1/plans/2")).startsWith("HTTP/1.1 200");
        assertThat(get("/plans/2")).startsWith("HTTP/1.1 200");
        for (String id : List.of("+2", "0x2", "%2B2")) {
            assertThat(get("/api/v1/plans/" + id)).as(id).startsWith("HTTP/1.1 400");
            assertThat(get("/plans/" + id)).as(id).startsWith("HTTP/1.1 404");
        }
    }

    private String get(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
