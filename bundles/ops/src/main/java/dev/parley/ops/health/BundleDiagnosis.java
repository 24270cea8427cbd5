package dev.parley.ops.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

/**
 * Says why a bundle is not active, in words an admin can act on. The reason for a bundle that
 * cannot resolve is found by asking the framework which of its mandatory requirements has no
 * provider, so nothing is started or changed to find out.
 */
final class BundleDiagnosis {

    private static final Pattern PACKAGE_FILTER =
            Pattern.compile("\\(" + PackageNamespace.PACKAGE_NAMESPACE + "=([^)]+)\\)");
    private static final Pattern VERSION_FLOOR = Pattern.compile("\\(version>=([^)]+)\\)");

    private BundleDiagnosis() {
    }

    /** Empty when the bundle is active, starting (lazy activation) or a fragment. */
    static Optional<String> whyInactive(Bundle bundle, FrameworkWiring wiring) {
        if (isFragment(bundle)) {
            return Optional.empty();
        }
        return switch (bundle.getState()) {
            case Bundle.ACTIVE, Bundle.STARTING -> Optional.empty();
            case Bundle.INSTALLED -> Optional.of(unresolved(bundle, wiring));
            case Bundle.RESOLVED -> Optional.of("is resolved but not started: its activator or a "
                    + "component may have failed (see the log); start it with 'start "
                    + bundle.getBundleId() + "' in the shell");
            default -> Optional.of("is " + stateName(bundle.getState()));
        };
    }

    static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }

    private static String unresolved(Bundle bundle, FrameworkWiring wiring) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<String> missing = new ArrayList<>();
        if (revision != null) {
            for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
                if (isMandatoryAtResolve(requirement) && wiring.findProviders(requirement).isEmpty()) {
                    missing.add(describe(requirement));
                }
            }
        }
        if (missing.isEmpty()) {
            return "cannot resolve: the versions its dependencies need conflict; the log has "
                    + "the resolver's explanation";
        }
        return "cannot resolve: nothing provides " + String.join(", ", missing)
                + ". Install the bundle that provides it (e.g. into deploy/), or rebuild this bundle without it";
    }

    private static boolean isMandatoryAtResolve(BundleRequirement requirement) {
        String resolution = requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
        String effective = requirement.getDirectives().get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
        boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(resolution);
        boolean atResolve = effective == null || Namespace.EFFECTIVE_RESOLVE.equals(effective);
        boolean dynamic = PackageNamespace.RESOLUTION_DYNAMIC.equals(resolution);
        return !optional && !dynamic && atResolve;
    }

    static String describe(BundleRequirement requirement) {
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        if (PackageNamespace.PACKAGE_NAMESPACE.equals(requirement.getNamespace())) {
            Matcher name = PACKAGE_FILTER.matcher(filter);
            if (name.find()) {
                Matcher version = VERSION_FLOOR.matcher(filter);
                return "package " + name.group(1) + (version.find() ? " " + version.group(1) + " or newer" : "");
            }
        }
        return requirement.getNamespace() + " " + filter;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "uninstalled";
            case Bundle.STOPPING -> "stopping";
            default -> "in state " + state;
        };
    }
}
