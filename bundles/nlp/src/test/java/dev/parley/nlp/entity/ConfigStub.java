package dev.parley.nlp.entity;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A {@link PatternEntityExtractor.Config} as Declarative Services builds it: defaults unless set. */
final class ConfigStub {

    private ConfigStub() {
    }

    static PatternEntityExtractor.Config config(Map<String, Object> properties) {
        return (PatternEntityExtractor.Config) Proxy.newProxyInstance(ConfigStub.class.getClassLoader(),
                new Class<?>[] {PatternEntityExtractor.Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return PatternEntityExtractor.Config.class;
                    }
                    if (method.getDefaultValue() == null) {
                        return method.getName().equals("toString") ? "Config" + properties : null;
                    }
                    return properties.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }
}
