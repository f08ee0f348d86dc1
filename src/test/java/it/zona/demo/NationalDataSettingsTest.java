package it.zona.demo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The start-up trigger refuses settings it cannot honour before anything is loaded. */
class NationalDataSettingsTest {

    @Test
    void refusesToRunTogetherWithDemoMode() {
        assertThatThrownBy(() -> settings(new DemoMode("true", ""), true, "bench"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo mode");
        // demo mode auto is on with the embedded database
        assertThatThrownBy(() -> settings(new DemoMode("auto", "jdbc:h2:mem:x"), true, "bench"))
                .hasMessageContaining("demo mode");
    }

    @Test
    void needsThePlatformAdminItWritesAs() {
        assertThatThrownBy(() -> settings(new DemoMode("false", ""), true, " "))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zona.admin.username");
    }

    @Test
    void isQuietWhenOff() {
        settings(new DemoMode("true", ""), false, "").start();
    }

    private static NationalData settings(DemoMode demo, boolean enabled, String admin) {
        return new NationalData(demo, null, null, null, enabled, 2026, 0, 2, admin);
    }
}
