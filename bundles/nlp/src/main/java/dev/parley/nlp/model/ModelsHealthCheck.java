package dev.parley.nlp.model;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.parley.api.nlp.ModelInfo;

/**
 * The models each node serves, for the admin and for comparing nodes behind a load balancer:
 * OK with the active version of every model; WARN when no intent or no sentiment model is
 * active (the assistant cannot understand messages then) or a new version was rejected.
 */
@Component(service = HealthCheck.class, property = {
        HealthCheck.NAME + "=Models",
        HealthCheck.TAGS + "=parley",
        HealthCheck.TAGS + "=models" })
public final class ModelsHealthCheck implements HealthCheck {

    private static final List<String> REQUIRED_KINDS = List.of(ModelInfo.KIND_INTENT, ModelInfo.KIND_SENTIMENT);

    private final ModelAdmin admin;

    @Activate
    public ModelsHealthCheck(@Reference ModelAdmin admin) {
        this.admin = admin;
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        Set<String> activeKinds = new TreeSet<>();
        for (ModelAdmin.Entry entry : admin.list()) {
            switch (entry.state()) {
                case "active" -> {
                    activeKinds.add(entry.id().substring(0, entry.id().indexOf('/')));
                    log.info("{} {} active ({})", entry.id(), entry.version(), entry.detail());
                }
                case "rejected" -> log.warn("{}", entry.detail());
                default -> log.debug("{} {} {}", entry.id(), entry.version(), entry.state());
            }
        }
        for (String kind : REQUIRED_KINDS) {
            if (!activeKinds.contains(kind)) {
                log.warn("no {} model is active: install a model bundle of kind {} into deploy/", kind, kind);
            }
        }
        return new Result(log);
    }
}
