package dev.parley.adapter.demo;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import dev.parley.store.schema.StoreDatabase;

/**
 * The demo CRM's database: its tables ({@code demo_*}) in the store's database, migrated and
 * seeded from {@code etc/demo-crm.json} when the store is ready. The adapter's services reference
 * this component, so they appear only once the tables are there.
 */
// Immediate: the seed file is checked at start, so its problems show in the log when the admin looks.
@Component(service = DemoCrm.class, configurationPid = DemoCrm.PID, immediate = true)
@Designate(ocd = DemoCrm.Config.class)
public final class DemoCrm {

    public static final String PID = "dev.parley.adapter.demo";
    static final String MODULE = "demo";
    static final String SCRIPTS = "db/demo";

    @ObjectClassDefinition(name = "Parley demo CRM",
            description = "The demo shop's customers, orders, products and tickets, kept in the conversation store's "
                    + "database and seeded from a JSON file.")
    public @interface Config {
        @AttributeDefinition(description = "The seed file; relative paths are resolved against the Parley folder. "
                + "Applied at start when its content changed since it was last applied.")
        String seedFile() default "etc/demo-crm.json";
    }

    private final DemoSql sql;

    @Activate
    public DemoCrm(BundleContext context, @Reference StoreDatabase database, Config config) {
        database.migrate(MODULE, DemoCrm.class.getClassLoader(), SCRIPTS);
        this.sql = new DemoSql(database.dataSource(), database.dialect());
        String home = context.getProperty("parley.home");
        Path seed = Path.of(config.seedFile());
        new DemoSeeder(sql).seedFrom(seed.isAbsolute() || home == null ? seed : Path.of(home).resolve(seed));
    }

    DemoSql sql() {
        return sql;
    }
}
