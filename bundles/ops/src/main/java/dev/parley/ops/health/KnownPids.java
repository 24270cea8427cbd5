package dev.parley.ops.health;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ManagedService;
import org.osgi.service.cm.ManagedServiceFactory;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The configuration PIDs that something in the container consumes right now: Declarative Services
 * components, managed services, and PIDs with a metatype description (which also say what the
 * valid properties are).
 */
final class KnownPids {

    private final Set<String> pids = new HashSet<>();
    private final Map<String, ObjectClassDefinition> definitions = new HashMap<>();

    static KnownPids collect(BundleContext context, ServiceComponentRuntime components, MetaTypeService metaType) {
        KnownPids known = new KnownPids();
        for (ComponentDescriptionDTO component : components.getComponentDescriptionDTOs()) {
            if (component.configurationPid != null) {
                Collections.addAll(known.pids, component.configurationPid);
            }
        }
        known.addServicePids(context, ManagedService.class.getName());
        known.addServicePids(context, ManagedServiceFactory.class.getName());
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation information = metaType.getMetaTypeInformation(bundle);
            if (information != null) {
                known.addDefinitions(information, information.getPids());
                known.addDefinitions(information, information.getFactoryPids());
            }
        }
        return known;
    }

    boolean contains(String pid) {
        return pids.contains(pid);
    }

    Optional<ObjectClassDefinition> definition(String pid) {
        return Optional.ofNullable(definitions.get(pid));
    }

    private void addDefinitions(MetaTypeInformation information, String[] ids) {
        for (String id : ids) {
            pids.add(id);
            try {
                ObjectClassDefinition definition = information.getObjectClassDefinition(id, null);
                if (definition != null) {
                    definitions.put(id, definition);
                }
            } catch (IllegalArgumentException e) {
                // A bundle's metatype names a PID without a definition; the PID is still known.
            }
        }
    }

    private void addServicePids(BundleContext context, String serviceClass) {
        try {
            ServiceReference<?>[] references = context.getAllServiceReferences(serviceClass, null);
            if (references == null) {
                return;
            }
            for (ServiceReference<?> reference : references) {
                Object pid = reference.getProperty(Constants.SERVICE_PID);
                if (pid instanceof String single) {
                    pids.add(single);
                } else if (pid instanceof String[] several) {
                    Collections.addAll(pids, several);
                }
            }
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
