package dev.parley.adapter.csv;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A configuration as Declarative Services builds it: the defaults of {@link CsvTicketImport.Config}, some overridden. */
final class TestConfig {

    private TestConfig() {
    }

    static CsvTicketImport.Config with(Map<String, Object> values) {
        return (CsvTicketImport.Config) Proxy.newProxyInstance(TestConfig.class.getClassLoader(),
                new Class<?>[] {CsvTicketImport.Config.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("toString") ? "config" : method.invoke(values, args);
                    }
                    return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
                });
    }

    static CsvTicketImport.Config defaults() {
        return with(Map.of());
    }
}
