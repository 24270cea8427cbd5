package dev.parley.ops.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

class BundleDiagnosisTest {

    private static final String MISSING_FILTER = "(&(osgi.wiring.package=com.example.missing)(version>=1.0.0))";

    private final FrameworkWiring wiring = mock(FrameworkWiring.class);
    private final BundleRevision revision = mock(BundleRevision.class);

    private Bundle bundle(int state, String fragmentHost) {
        Bundle bundle = mock(Bundle.class);
        Hashtable<String, String> headers = new Hashtable<>();
        headers.put("Bundle-SymbolicName", "com.example.addon");
        if (fragmentHost != null) {
            headers.put("Fragment-Host", fragmentHost);
        }
        when(bundle.getHeaders("")).thenReturn(headers);
        when(bundle.getState()).thenReturn(state);
        when(bundle.getBundleId()).thenReturn(42L);
        when(bundle.adapt(BundleRevision.class)).thenReturn(revision);
        return bundle;
    }

    private BundleRequirement requirement(String namespace, Map<String, String> directives, boolean provided) {
        BundleRequirement requirement = mock(BundleRequirement.class);
        when(requirement.getNamespace()).thenReturn(namespace);
        when(requirement.getDirectives()).thenReturn(directives);
        when(wiring.findProviders(requirement))
                .thenReturn(provided ? List.of(mock(BundleCapability.class)) : List.of());
        return requirement;
    }

    private BundleRequirement packageImport(String filter, boolean provided, String... moreDirectives) {
        Map<String, String> directives = new java.util.HashMap<>();
        directives.put("filter", filter);
        for (int i = 0; i < moreDirectives.length; i += 2) {
            directives.put(moreDirectives[i], moreDirectives[i + 1]);
        }
        return requirement("osgi.wiring.package", directives, provided);
    }

    private void declare(BundleRequirement... requirements) {
        when(revision.getDeclaredRequirements(null)).thenReturn(List.of(requirements));
    }

    @Test
    void namesTheMissingPackageOfAnInstalledBundle() {
        declare(packageImport("(osgi.wiring.package=org.slf4j)", true),
                packageImport(MISSING_FILTER, false));

        Optional<String> why = BundleDiagnosis.whyInactive(bundle(Bundle.INSTALLED, null), wiring);

        assertThat(why).hasValueSatisfying(message -> assertThat(message)
                .contains("cannot resolve")
                .contains("nothing provides package com.example.missing 1.0.0 or newer")
                .doesNotContain("org.slf4j"));
    }

    @Test
    void namesEveryMissingRequirement() {
        declare(packageImport(MISSING_FILTER, false),
                packageImport("(osgi.wiring.package=com.example.other)", false),
                requirement("osgi.ee", Map.of("filter", "(&(osgi.ee=JavaSE)(version=21))"), false));

        Optional<String> why = BundleDiagnosis.whyInactive(bundle(Bundle.INSTALLED, null), wiring);

        assertThat(why).hasValueSatisfying(message -> assertThat(message).contains(
                "nothing provides package com.example.missing 1.0.0 or newer, package com.example.other, "
                        + "osgi.ee (&(osgi.ee=JavaSE)(version=21))"));
    }

    @Test
    void ignoresOptionalDynamicAndActiveTimeRequirements() {
        declare(packageImport(MISSING_FILTER, false),
                packageImport("(osgi.wiring.package=com.example.optional)", false, "resolution", "optional"),
                packageImport("(osgi.wiring.package=com.example.dynamic)", false, "resolution", "dynamic"),
                requirement("osgi.extender", Map.of("filter", "(osgi.extender=com.example.active)",
                        "effective", "active"), false));

        Optional<String> why = BundleDiagnosis.whyInactive(bundle(Bundle.INSTALLED, null), wiring);

        assertThat(why).hasValueSatisfying(message -> assertThat(message)
                .contains("package com.example.missing")
                .doesNotContain("com.example.optional", "com.example.dynamic", "com.example.active"));
    }

    @Test
    void explicitResolveTimeRequirementsCount() {
        declare(packageImport(MISSING_FILTER, false, "effective", "resolve", "resolution", "mandatory"));

        Optional<String> why = BundleDiagnosis.whyInactive(bundle(Bundle.INSTALLED, null), wiring);

        assertThat(why).hasValueSatisfying(message -> assertThat(message)
                .contains("nothing provides package com.example.missing"));
    }

    @Test
    void withOnlyIgnoredRequirementsMissingTheReasonIsAConflict() {
        declare(packageImport("(osgi.wiring.package=com.example.optional)", false, "resolution", "optional"),
                packageImport("(osgi.wiring.package=org.slf4j)", true));

        Optional<String> why = BundleDiagnosis.whyInactive(bundle(Bundle.INSTALLED, null), wiring);

        assertThat(why).hasValueSatisfying(message -> assertThat(message)
                .contains("cannot resolve")
                .contains("conflict")
                .doesNotContain("nothing provides", "com.example.optional"));
    }

    @Test
    void activeAndStartingBundlesHaveNoReason() {
        declare(packageImport(MISSING_FILTER, false));

        assertThat(BundleDiagnosis.whyInactive(bundle(Bundle.ACTIVE, null), wiring)).isEmpty();
        assertThat(BundleDiagnosis.whyInactive(bundle(Bundle.STARTING, null), wiring)).isEmpty();
    }

    @Test
    void aFragmentHasNoReasonWhateverItsState() {
        declare(packageImport(MISSING_FILTER, false));
        Bundle fragment = bundle(Bundle.INSTALLED, "com.example.host");

        assertThat(BundleDiagnosis.isFragment(fragment)).isTrue();
        assertThat(BundleDiagnosis.isFragment(bundle(Bundle.INSTALLED, null))).isFalse();
        assertThat(BundleDiagnosis.whyInactive(fragment, wiring)).isEmpty();
        assertThat(BundleDiagnosis.whyInactive(bundle(Bundle.RESOLVED, "com.example.host"), wiring)).isEmpty();
    }

    @Test
    void aResolvedBundleIsNotStarted() {
        Optional<String> why = BundleDiagnosis.whyInactive(bundle(Bundle.RESOLVED, null), wiring);

        assertThat(why).hasValueSatisfying(message -> assertThat(message)
                .contains("not started")
                .contains("'start 42'"));
    }

    @Test
    void otherStatesAreNamed() {
        assertThat(BundleDiagnosis.whyInactive(bundle(Bundle.STOPPING, null), wiring)).hasValue("is stopping");
        assertThat(BundleDiagnosis.whyInactive(bundle(Bundle.UNINSTALLED, null), wiring)).hasValue("is uninstalled");
    }
}
