package dev.parley.ops.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every configuration file in etc/: CRITICAL for a file that cannot be read or a value the
 * component would reject, WARN for a file whose PID nothing in the container uses or a property
 * name its component does not know. Scanned every second so problems reach the log at once.
 */
@Component(service = HealthCheck.class, immediate = true, property = {
        HealthCheck.NAME + "=Configuration files",
        HealthCheck.TAGS + "=parley",
        HealthCheck.TAGS + "=configuration" })
@Designate(ocd = ConfigurationFilesCheck.Config.class)
public final class ConfigurationFilesCheck implements HealthCheck {

    @ObjectClassDefinition(name = "Parley configuration file check",
            description = "Reports configuration files in etc/ that cannot be read, have invalid values, "
                    + "or configure something that is not installed.")
    public @interface Config {
        @AttributeDefinition(name = "Grace for unknown PIDs (s)", min = "0",
                description = "How long a file may name a PID that no installed bundle uses before it "
                        + "is reported; bundles in deploy/ need a moment to start.")
        int unknownPidGraceSeconds() default 10;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationFilesCheck.class);

    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final MetaTypeService metaType;
    private final Duration unknownGrace;
    private final Path etc;
    private final ProblemTracker problems = new ProblemTracker(LOG, Clock.systemUTC());
    private final PeriodicScan periodicScan;
    private volatile int files;

    @Activate
    public ConfigurationFilesCheck(BundleContext context, Config config,
            @Reference ServiceComponentRuntime components, @Reference MetaTypeService metaType) {
        this.context = context;
        this.components = components;
        this.metaType = metaType;
        this.unknownGrace = Duration.ofSeconds(config.unknownPidGraceSeconds());
        String folder = context.getProperty("felix.fileinstall.dir");
        this.etc = folder == null ? null : Path.of(folder);
        periodicScan = new PeriodicScan("parley-configuration-check", LOG, this::scan);
    }

    @Deactivate
    void deactivate() {
        periodicScan.close();
    }

    @Override
    public Result execute() {
        scan();
        return ProblemResult.of(problems.current(), files + " configuration files in etc/ are valid");
    }

    private synchronized void scan() {
        if (etc == null) {
            return;
        }
        KnownPids known = KnownPids.collect(context, components, metaType);
        List<Problem> found = new ArrayList<>();
        List<Path> configurationFiles = configurationFiles();
        for (Path file : configurationFiles) {
            found.addAll(check(file, known));
        }
        files = configurationFiles.size();
        problems.update(found);
    }

    private List<Problem> check(Path path, KnownPids known) {
        String subject = "etc/" + path.getFileName();
        ConfigurationFile file;
        try {
            file = ConfigurationFile.read(path);
        } catch (IOException e) {
            return List.of(Problem.critical(subject, "cannot be read (" + e.getMessage() + "): check its permissions"));
        }
        if (!file.errors().isEmpty()) {
            return List.of(Problem.critical(subject, String.join("; ", file.errors())));
        }
        if (!known.contains(file.pid())) {
            return List.of(Problem.warning(subject, "configures " + (file.factory() ? "factory " : "")
                    + "PID " + file.pid() + ", which no installed bundle uses: check the file name "
                    + "for a typo, or install the bundle it is meant for", unknownGrace));
        }
        return known.definition(file.pid()).map(definition -> {
            List<String> invalid = PropertyValidator.invalidValues(file.properties(), definition);
            if (!invalid.isEmpty()) {
                return List.of(Problem.critical(subject, String.join("; ", invalid)));
            }
            List<String> unknown = PropertyValidator.unknownNames(file.properties(), definition);
            if (!unknown.isEmpty()) {
                return List.of(Problem.warning(subject, "unknown propert" + (unknown.size() == 1 ? "y " : "ies ")
                        + String.join(", ", unknown) + " (known: " + PropertyValidator.knownNames(definition)
                        + "): check the spelling", unknownGrace));
            }
            return List.<Problem>of();
        }).orElse(List.of());
    }

    private List<Path> configurationFiles() {
        try (Stream<Path> entries = Files.list(etc)) {
            return entries.filter(Files::isRegularFile).filter(ConfigurationFile::isConfigurationFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
