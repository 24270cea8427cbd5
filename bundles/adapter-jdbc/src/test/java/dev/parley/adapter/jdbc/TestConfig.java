package dev.parley.adapter.jdbc;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** A {@link JdbcAdapter.Config} as Configuration Admin would hand it over: the given values, else the defaults. */
final class TestConfig {

    private TestConfig() {
    }

    static JdbcAdapter.Config of(Map<String, ?> values) {
        Map<String, Object> copy = new HashMap<>(values);
        return (JdbcAdapter.Config) Proxy.newProxyInstance(TestConfig.class.getClassLoader(),
                new Class<?>[] {JdbcAdapter.Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return JdbcAdapter.Config.class;
                    }
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("hashCode") ? 0 : method.getName().equals("equals") ? false
                                : "TestConfig";
                    }
                    return copy.containsKey(method.getName()) ? copy.get(method.getName()) : method.getDefaultValue();
                });
    }
}
