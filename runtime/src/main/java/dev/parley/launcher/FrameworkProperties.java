package dev.parley.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The framework configuration of a Parley container, derived from its home folder and options. */
final class FrameworkProperties {

    /** Bundles installed later (FileInstall, shell) start after every system bundle. */
    static final int DEPLOYED_BUNDLE_START_LEVEL = 80;
    static final int FINAL_START_LEVEL = 100;

    /**
     * SLF4J lives on the launcher's class path (with Logback) and the system bundle exports it, so
     * every bundle logs to one configured back end without a service-loader mediator. Bundles
     * built against SLF4J 1.7 and 2.x both resolve: 2.x is binary compatible with 1.7 callers.
     */
    private static final String SLF4J_PACKAGES = String.join(",",
            "org.slf4j;version=\"2.0.17\"", "org.slf4j.spi;version=\"2.0.17\"",
            "org.slf4j.helpers;version=\"2.0.17\"", "org.slf4j.event;version=\"2.0.17\"",
            "org.slf4j;version=\"1.7.36\"", "org.slf4j.spi;version=\"1.7.36\"",
            "org.slf4j.helpers;version=\"1.7.36\"", "org.slf4j.event;version=\"1.7.36\"");

    private FrameworkProperties() {
    }

    static Map<String, Object> of(LaunchOptions options, ConsoleCredentials console, boolean interactive) {
        Path home = options.home();
        Map<String, Object> properties = new HashMap<>();
        properties.put("parley.home", home.toString());
        properties.put("org.osgi.framework.storage", home.resolve("data/cache").toString());
        // system/ and deploy/ are the truth about what runs; a stale cache must not add to it.
        properties.put("org.osgi.framework.storage.clean", "onFirstInit");
        properties.put("org.osgi.framework.startlevel.beginning", Integer.toString(FINAL_START_LEVEL));
        properties.put("felix.startlevel.bundle", Integer.toString(DEPLOYED_BUNDLE_START_LEVEL));
        properties.put("org.osgi.framework.system.packages.extra", SLF4J_PACKAGES);
        properties.put("felix.log.logger", new FrameworkLogger());
        properties.put("felix.log.level", "3");

        properties.put("org.osgi.service.http.port", Integer.toString(options.httpPort()));

        // FileInstall watches etc/ for configuration; etc/org.apache.felix.fileinstall-deploy.cfg
        // adds the deploy/ watcher for bundles.
        properties.put("felix.fileinstall.dir", home.resolve("etc").toString());
        properties.put("felix.fileinstall.filter", ".*\\.(cfg|config)");
        properties.put("felix.fileinstall.poll", "500");
        properties.put("felix.fileinstall.noInitialDelay", "true");
        // etc/ is written by admins only. FileInstall's write-back of configuration changes rewrites
        // a file in place, and its own scanner can read it half-written: under load that turned a
        // console configuration into one without a password, i.e. the console's default one.
        properties.put("felix.fileinstall.enableConfigSave", "false");
        properties.put("felix.fileinstall.log.default", "jul");

        // Defaults for the console until FileInstall hands it etc/, so it never runs with admin/admin.
        properties.put("felix.webconsole.manager.root", "/system/console");
        properties.put("felix.webconsole.username", console.username());
        properties.put("felix.webconsole.password", console.passwordHash());

        if (!interactive) {
            properties.put("gosh.args", "--nointeractive");
        }
        return properties;
    }
}
