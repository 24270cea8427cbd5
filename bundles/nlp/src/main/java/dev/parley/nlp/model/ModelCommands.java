package dev.parley.nlp.model;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo shell commands: {@code parley:model list}, {@code parley:model activate <kind/name> <version>},
 * {@code parley:model revert <kind/name>}.
 */
@Component(service = ModelCommands.class, property = {
        "osgi.command.scope=parley",
        "osgi.command.function=model" })
public final class ModelCommands {

    static final String USAGE = "usage: model list | model activate <kind/name> <version> | model revert <kind/name>";

    private final ModelAdmin admin;

    @Activate
    public ModelCommands(@Reference ModelAdmin admin) {
        this.admin = admin;
    }

    public String model(String... arguments) {
        List<String> args = List.of(arguments);
        try {
            if (args.size() == 1 && args.get(0).equals("list")) {
                return list();
            }
            if (args.size() == 3 && args.get(0).equals("activate")) {
                return admin.activate(args.get(1), args.get(2));
            }
            if (args.size() == 2 && args.get(0).equals("revert")) {
                return admin.revert(args.get(1));
            }
            return USAGE;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return "error: " + e.getMessage();
        }
    }

    private String list() {
        StringBuilder table = new StringBuilder(String.format("%-28s %-16s %6s  %-9s %s%n", "MODEL", "VERSION", "BUNDLE", "STATE", "DETAIL"));
        for (ModelAdmin.Entry entry : admin.list()) {
            table.append(String.format("%-28s %-16s %6d  %-9s %s%n", entry.id(), entry.version(), entry.bundleId(),
                    entry.state(), entry.detail()));
        }
        return table.toString();
    }
}
