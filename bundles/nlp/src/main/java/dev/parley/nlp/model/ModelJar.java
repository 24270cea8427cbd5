package dev.parley.nlp.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Version;

/**
 * Writes and reads model bundles: data-only OSGi bundles (no code, no exports) with the
 * {@value ModelDescriptor#HEADER} header, the model's files and its golden set.
 */
public final class ModelJar {

    /** A model bundle read into memory: what it is, its version and its files. */
    public record Contents(ModelDescriptor descriptor, Version version, Map<String, byte[]> files) {

        public ModelSource source() {
            return ModelSource.of(files);
        }
    }

    private ModelJar() {
    }

    public static void write(Path jar, ModelDescriptor descriptor, Version version, Map<String, byte[]> files)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes headers = manifest.getMainAttributes();
        headers.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.putValue("Bundle-ManifestVersion", "2");
        headers.putValue("Bundle-SymbolicName", descriptor.symbolicName());
        headers.putValue("Bundle-Version", version.toString());
        headers.putValue("Bundle-Name", "Parley " + descriptor.kind() + " model " + descriptor.name());
        headers.putValue(ModelDescriptor.HEADER, descriptor.header());
        Path folder = jar.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".model", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary); JarOutputStream zip = new JarOutputStream(out)) {
            // Fixed entry times: the same model and data give the same jar, byte for byte.
            JarEntry manifestEntry = new JarEntry(JarFile.MANIFEST_NAME);
            manifestEntry.setTime(0);
            zip.putNextEntry(manifestEntry);
            manifest.write(zip);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                JarEntry entry = new JarEntry(file.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        // A half-written jar must never land in deploy/: the jar appears complete or not at all.
        try {
            // Temporary files are private; a model jar is meant to be copied and deployed.
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // the folder's defaults apply
        }
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static Contents read(Path jar) throws IOException {
        try (InputStream in = Files.newInputStream(jar)) {
            return read(in, jar.getFileName().toString());
        }
    }

    public static Contents read(InputStream in, String name) throws IOException {
        try (JarInputStream zip = new JarInputStream(in)) {
            Manifest manifest = zip.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue(ModelDescriptor.HEADER) == null) {
                throw new IOException(name + " is not a model bundle: its manifest has no "
                        + ModelDescriptor.HEADER + " header");
            }
            ModelDescriptor descriptor;
            Version version;
            try {
                descriptor = ModelDescriptor.parse(manifest.getMainAttributes().getValue(ModelDescriptor.HEADER));
                version = Version.parseVersion(manifest.getMainAttributes().getValue("Bundle-Version"));
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ": " + e.getMessage(), e);
            }
            Map<String, byte[]> files = new HashMap<>();
            for (JarEntry entry = zip.getNextJarEntry(); entry != null; entry = zip.getNextJarEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), zip.readAllBytes());
                }
            }
            return new Contents(descriptor, version, files);
        }
    }
}
