package dev.parley.ops.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

class DeployedJarInspectorTest {

    private static final String SUBJECT = "deploy/addon.jar";

    @TempDir
    Path deploy;

    private final FrameworkWiring wiring = mock(FrameworkWiring.class);

    private Path jar(Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        Path jar = deploy.resolve("addon.jar").toAbsolutePath().normalize();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new ZipEntry("com/example/addon/readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private Path bundleJar() throws IOException {
        return jar(Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "com.example.addon;singleton:=true",
                "Bundle-Version", "1.2.0"));
    }

    private static Bundle installed(String symbolicName, String version, String location, int state) {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getSymbolicName()).thenReturn(symbolicName);
        when(bundle.getVersion()).thenReturn(Version.parseVersion(version));
        when(bundle.getLocation()).thenReturn(location);
        when(bundle.getState()).thenReturn(state);
        when(bundle.getBundleId()).thenReturn(7L);
        when(bundle.getHeaders("")).thenReturn(new Hashtable<>());
        return bundle;
    }

    private Optional<Problem> inspect(Path jar, Bundle... bundles) {
        return new DeployedJarInspector(bundles, wiring).inspect(jar, SUBJECT);
    }

    private static void assertProblem(Optional<Problem> problem, String... parts) {
        assertThat(problem).hasValueSatisfying(found -> {
            assertThat(found.subject()).isEqualTo(SUBJECT);
            assertThat(found.critical()).isFalse();
            assertThat(found.grace()).isEqualTo(DeployedJarInspector.GRACE);
            assertThat(found.message()).contains(parts);
        });
    }

    @Test
    void aFileThatIsNotAZipIsNotAReadableJar() throws IOException {
        Path jar = deploy.resolve("addon.jar");
        Files.writeString(jar, "half a download");

        assertProblem(inspect(jar), "is not a readable jar", "replace it");
    }

    @Test
    void aTruncatedJarIsNotAReadableJar() throws IOException {
        Path complete = bundleJar();
        byte[] bytes = Files.readAllBytes(complete);
        Files.write(complete, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertProblem(inspect(complete), "is not a readable jar");
    }

    @Test
    void aJarWithoutSymbolicNameIsNotABundle() throws IOException {
        Path jar = jar(Map.of("Implementation-Title", "plain library"));

        assertProblem(inspect(jar), "is not an OSGi bundle", "Bundle-SymbolicName");
    }

    @Test
    void aJarWithoutManifestIsNotABundle() throws IOException {
        Path jar = deploy.resolve("addon.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.closeEntry();
        }

        assertProblem(inspect(jar), "is not an OSGi bundle");
    }

    @Test
    void aBundleThatDuplicatesAnInstalledOneSaysSo() throws IOException {
        Path jar = bundleJar();
        Bundle other = installed("com.example.addon", "1.2.0", "file:/opt/parley/system/20-parley/addon.jar",
                Bundle.ACTIVE);

        assertProblem(inspect(jar, other), "was not installed", "com.example.addon 1.2.0",
                "already installed from file:/opt/parley/system/20-parley/addon.jar",
                "remove one of the two");
    }

    @Test
    void anotherVersionOfTheSameBundleIsNotADuplicate() throws IOException {
        Path jar = bundleJar();
        Bundle other = installed("com.example.addon", "1.1.0", "file:/opt/parley/deploy/old.jar", Bundle.ACTIVE);

        Optional<Problem> problem = inspect(jar, other);

        assertProblem(problem, "was not installed as bundle com.example.addon 1.2.0", "manifest is invalid");
        assertThat(problem.get().message()).doesNotContain("already installed");
    }

    @Test
    void anInstalledActiveBundleHasNoProblem() throws IOException {
        Path jar = bundleJar();
        Bundle bundle = installed("com.example.addon", "1.2.0", jar.toUri().toString(), Bundle.ACTIVE);
        Bundle unrelated = installed("com.example.other", "1.0.0", "file:/opt/other.jar", Bundle.ACTIVE);

        assertThat(inspect(jar, unrelated, bundle)).isEmpty();
    }

    @Test
    void anInstalledBundleThatCannotResolveSaysWhy() throws IOException {
        Path jar = bundleJar();
        Bundle bundle = installed("com.example.addon", "1.2.0", jar.toUri().toString(), Bundle.INSTALLED);
        BundleRevision revision = mock(BundleRevision.class);
        BundleRequirement requirement = mock(BundleRequirement.class);
        when(bundle.adapt(BundleRevision.class)).thenReturn(revision);
        when(revision.getDeclaredRequirements(null)).thenReturn(List.of(requirement));
        when(requirement.getNamespace()).thenReturn("osgi.wiring.package");
        when(requirement.getDirectives()).thenReturn(Map.of("filter", "(osgi.wiring.package=com.example.missing)"));
        when(wiring.findProviders(requirement)).thenReturn(List.of());

        assertProblem(inspect(jar, bundle), "bundle com.example.addon 1.2.0 cannot resolve",
                "nothing provides package com.example.missing");
    }
}
