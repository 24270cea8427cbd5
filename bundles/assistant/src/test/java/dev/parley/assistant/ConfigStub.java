package dev.parley.assistant;

import java.lang.reflect.Proxy;
import java.util.Map;

/** An {@link AssistantComponent.Config} as Declarative Services builds it: defaults unless set. */
final class ConfigStub {

    private ConfigStub() {
    }

    static AssistantComponent.Config config(Map<String, Object> properties) {
        return (AssistantComponent.Config) Proxy.newProxyInstance(ConfigStub.class.getClassLoader(),
                new Class<?>[] {AssistantComponent.Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return AssistantComponent.Config.class;
                    }
                    if (method.getDefaultValue() == null) {
                        return method.getName().equals("toString") ? "Config" + properties : null;
                    }
                    return properties.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }
}
