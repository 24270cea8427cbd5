package dev.parley.handoff;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link ConfiguredHandoffRouter.Config} as Declarative Services builds it from a {@code .cfg}
 * file: defaults unless set, and a plain string given for a list property becomes a one-element
 * array.
 */
final class Configs {

    private Configs() {
    }

    static ConfiguredHandoffRouter.Config defaults() {
        return with(Map.of());
    }

    static ConfiguredHandoffRouter.Config with(String key, Object value) {
        return with(Map.of(key, value));
    }

    static ConfiguredHandoffRouter.Config with(String key, Object value, String key2, Object value2) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(key, value);
        properties.put(key2, value2);
        return with(properties);
    }

    static ConfiguredHandoffRouter.Config with(Map<String, Object> properties) {
        return (ConfiguredHandoffRouter.Config) Proxy.newProxyInstance(Configs.class.getClassLoader(),
                new Class<?>[] {ConfiguredHandoffRouter.Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return ConfiguredHandoffRouter.Config.class;
                    }
                    if (method.getDefaultValue() == null) {
                        return method.getName().equals("toString") ? "Config" + properties : null;
                    }
                    Object value = properties.getOrDefault(method.getName(), method.getDefaultValue());
                    if (method.getReturnType() == String[].class && value instanceof String text) {
                        return new String[] {text};
                    }
                    return value;
                });
    }

    static RoutingPolicyReader.Result read(ConfiguredHandoffRouter.Config config) {
        return RoutingPolicyReader.read(config);
    }
}
