package dev.parley.it.harness;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;

/**
 * Builds bundle jars at test time with bnd, the same tool that builds Parley's own bundles, so
 * tests can deploy any version of a bundle, or a deliberately broken one.
 */
public final class TestBundles {

    public static final String GREETER = "dev.parley.it.greeter";
    public static final String DOCUMENT_CATEGORIZER = "dev.parley.it.doccat";
    public static final String CLASSIFY = "dev.parley.it.classify";
    public static final String SKILLS_PROBE = "dev.parley.it.skills";
    public static final String HANDOFF = "dev.parley.it.handoff";
    public static final String CRM_PROBE = "dev.parley.it.crm";
    public static final String KNOWLEDGE = "dev.parley.it.knowledge";
    public static final String ASSISTANT_CLIENT = "dev.parley.it.assistant.client";
    public static final String ASSISTANT_STORE = "dev.parley.it.assistant.store";
    public static final String REST_FAKES = "dev.parley.it.restfakes";
    public static final String SHELL = "dev.parley.it.shell";
    public static final String STORE_CLIENTS = "dev.parley.it.store";
    public static final String CSV_TICKETS = "dev.parley.it.csv";

    private TestBundles() {
    }

    /** The greeting servlet (package dev.parley.it.sample) as bundle {@value #GREETER} at the version. */
    public static Path greeter(Path folder, String version) throws Exception {
        return build(folder, GREETER, version, "dev.parley.it.sample");
    }

    /** A servlet that trains and runs an OpenNLP document categorizer (dev.parley.it.sample.nlp). */
    public static Path documentCategorizer(Path folder) throws Exception {
        return build(folder, DOCUMENT_CATEGORIZER, "1.0.0", "dev.parley.it.sample.nlp");
    }

    /** A servlet that answers with the IntentClassifier service (dev.parley.it.sample.classify). */
    public static Path classifyServlet(Path folder) throws Exception {
        return build(folder, CLASSIFY, "1.0.0", "dev.parley.it.sample.classify");
    }

    /** An empty fake host (orders, customers, tickets, knowledge) and a servlet that lists and runs skills (dev.parley.it.sample.skills). */
    public static Path skillsProbe(Path folder) throws Exception {
        return build(folder, SKILLS_PROBE, "1.0.0", "dev.parley.it.sample.skills");
    }

    /** A servlet that answers with the HandoffRouter service (dev.parley.it.sample.handoff). */
    public static Path handoffServlet(Path folder) throws Exception {
        return build(folder, HANDOFF, "1.0.0", "dev.parley.it.sample.handoff");
    }

    /** A servlet that searches and reads the KnowledgeBase service (dev.parley.it.sample.knowledge). */
    public static Path knowledgeServlet(Path folder) throws Exception {
        return build(folder, KNOWLEDGE, "1.0.0", "dev.parley.it.sample.knowledge");
    }

    /** An HTTP client of the Assistant service and a skill (dev.parley.it.sample.assistant.client). */
    public static Path assistantClient(Path folder) throws Exception {
        return build(folder, ASSISTANT_CLIENT, "1.0.0", "dev.parley.it.sample.assistant.client");
    }

    /** A conversation store and a helpdesk in memory (dev.parley.it.sample.assistant.store). */
    public static Path assistantStore(Path folder) throws Exception {
        return build(folder, ASSISTANT_STORE, "1.0.0", "dev.parley.it.sample.assistant.store");
    }

    /**
     * An in-memory conversation store, an assistant that answers with the real NLP services and a
     * directory with the demo customer (dev.parley.it.sample.rest), all ranked below real ones.
     */
    public static Path restFakes(Path folder) throws Exception {
        return build(folder, REST_FAKES, "1.0.0", "dev.parley.it.sample.rest");
    }

    /** A servlet that runs parley:* shell commands over HTTP (dev.parley.it.sample.shell). */
    public static Path shellCommands(Path folder) throws Exception {
        return build(folder, SHELL, "1.0.0", "dev.parley.it.sample.shell");
    }

    /** Servlets that drive the ConversationStore and the demo CRM's services (dev.parley.it.sample.store). */
    public static Path storeClients(Path folder) throws Exception {
        return build(folder, STORE_CLIENTS, "1.0.0", "dev.parley.it.sample.store");
    }

    /** A servlet that reads the CSV import's table in the store (dev.parley.it.sample.csv). */
    public static Path csvTickets(Path folder) throws Exception {
        return build(folder, CSV_TICKETS, "1.0.0", "dev.parley.it.sample.csv");
    }

    /** A servlet that shows orders, customers and tickets of the host system (dev.parley.it.sample.crm). */
    public static Path crmProbe(Path folder) throws Exception {
        return build(folder, CRM_PROBE, "1.0.0", "dev.parley.it.sample.crm");
    }

    /** Builds a bundle of one package of the test classes, with the imports bnd finds. */
    private static Path build(Path folder, String symbolicName, String version, String privatePackage) throws Exception {
        try (Builder builder = new Builder()) {
            builder.setProperty("Bundle-SymbolicName", symbolicName);
            builder.setProperty("Bundle-Version", version);
            builder.setProperty("Private-Package", privatePackage);
            builder.setProperty("-dsannotations", "*");
            builder.setProperty("-metatypeannotations", "*");
            builder.setProperty("-contract", "*");
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (new File(entry).exists()) {
                    builder.addClasspath(new File(entry));
                }
            }
            Jar jar = builder.build();
            if (!builder.getErrors().isEmpty()) {
                throw new IllegalStateException("bnd could not build the test bundle: " + builder.getErrors());
            }
            Path file = folder.resolve(symbolicName + "-" + version + ".jar");
            jar.write(file.toFile());
            return file;
        }
    }

    /** A jar with a manifest but no OSGi headers, as a library jar dropped into deploy/ by mistake. */
    public static Path plainJar(Path folder) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Implementation-Title", "a plain library");
        return write(folder.resolve("plain-library.jar"), manifest);
    }

    /** A bundle that imports a package nothing in the container exports. */
    public static Path bundleWithMissingImport(Path folder) throws IOException {
        Manifest manifest = new Manifest();
        Attributes headers = manifest.getMainAttributes();
        headers.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.putValue("Bundle-ManifestVersion", "2");
        headers.putValue("Bundle-SymbolicName", "dev.parley.it.unresolvable");
        headers.putValue("Bundle-Version", "1.0.0");
        headers.putValue("Import-Package", "com.example.missing;version=\"[1.0,2)\"");
        return write(folder.resolve("unresolvable.jar"), manifest);
    }

    private static Path write(Path file, Manifest manifest) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new ZipEntry("README.txt"));
            jar.write("test jar".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return file;
    }
}
