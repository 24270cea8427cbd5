package dev.parley.ops.health;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folders FileInstall watches for bundles, read from its own configurations so that they
 * are always the ones in effect (etc/org.apache.felix.fileinstall-deploy.cfg by default).
 */
final class WatchedFolders {

    private static final Logger LOG = LoggerFactory.getLogger(WatchedFolders.class);

    static final String FILEINSTALL_FACTORY_PID = "org.apache.felix.fileinstall";
    private static final Pattern ANY_JAR = Pattern.compile(".*\\.jar");

    /** One watched folder and the file names FileInstall takes from it. */
    record Folder(Path path, Pattern filter) {
        boolean accepts(Path file) {
            return filter.matcher(file.getFileName().toString()).matches();
        }
    }

    private final List<Folder> folders;

    private WatchedFolders(List<Folder> folders) {
        this.folders = List.copyOf(folders);
    }

    static WatchedFolders of(ConfigurationAdmin configurationAdmin) {
        List<Folder> folders = new ArrayList<>();
        try {
            // Felix ConfigAdmin does not match service.factoryPid in a filter; compare it here.
            Configuration[] configurations = configurationAdmin.listConfigurations(null);
            if (configurations != null) {
                for (Configuration configuration : configurations) {
                    if (FILEINSTALL_FACTORY_PID.equals(configuration.getFactoryPid())) {
                        folderOf(configuration.getProperties()).ifPresent(folders::add);
                    }
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            // ConfigurationAdmin's store failed; no folders means nothing to report on.
            LOG.debug("cannot list FileInstall's configurations", e);
        }
        return new WatchedFolders(folders);
    }

    private static Optional<Folder> folderOf(Dictionary<String, Object> properties) {
        if (properties == null || properties.get("felix.fileinstall.dir") == null) {
            return Optional.empty();
        }
        Path path = realPath(Path.of(properties.get("felix.fileinstall.dir").toString()));
        Object filter = properties.get("felix.fileinstall.filter");
        Pattern pattern = ANY_JAR;
        if (filter != null) {
            try {
                pattern = Pattern.compile(filter.toString());
            } catch (PatternSyntaxException e) {
                // FileInstall itself rejects such a filter; inspect what a bundle folder would hold.
            }
        }
        return Optional.of(new Folder(path, pattern));
    }

    List<Folder> folders() {
        return folders;
    }

    /** Whether FileInstall installed the bundle from one of these folders. */
    boolean contains(Bundle bundle) {
        return fileOf(bundle).map(file -> folders.stream().anyMatch(folder -> file.startsWith(folder.path())))
                .orElse(false);
    }

    /**
     * FileInstall resolves symbolic links (its locations are canonical paths), so a deploy folder
     * that is a link to a mounted volume must be compared by its real path too.
     */
    static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    static Optional<Path> fileOf(Bundle bundle) {
        String location = bundle.getLocation();
        if (location == null || !location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(realPath(Path.of(URI.create(location))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
