package it.zona.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistrictRoleTest {

    @Test
    void eachRoleIncludesTheRightsOfTheOnesBeforeIt() {
        assertThat(DistrictRole.ADMIN.includes(DistrictRole.EDITOR)).isTrue();
        assertThat(DistrictRole.ADMIN.includes(DistrictRole.VIEWER)).isTrue();
        assertThat(DistrictRole.EDITOR.includes(DistrictRole.VIEWER)).isTrue();
        assertThat(DistrictRole.EDITOR.includes(DistrictRole.EDITOR)).isTrue();
    }

    @Test
    void noRoleIncludesAHigherOne() {
        assertThat(DistrictRole.VIEWER.includes(DistrictRole.EDITOR)).isFalse();
        assertThat(DistrictRole.EDITOR.includes(DistrictRole.ADMIN)).isFalse();
        assertThat(DistrictRole.VIEWER.includes(DistrictRole.ADMIN)).isFalse();
    }
}
