package dev.parley.assistant;

import dev.parley.api.conversation.CustomerRef;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.HandoffRouter;
import dev.parley.api.host.TicketService;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.risk.EscalationRisk;
import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.store.Conversation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The assistant's pipeline wired to fakes: an in-memory store, scripted NLP, the demo host, a
 * router and a knowledge base. Messages go to one host conversation unless a test starts another.
 * Now is Monday 23 November 2026, 19:00 in Berlin.
 */
final class AssistantHarness {

    static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String CHANNEL = "web";

    final InMemoryConversationStore store = new InMemoryConversationStore(NOW);
    final FakeNlp nlp = new FakeNlp();
    final FakeHost host = new FakeHost();
    final FakeRouter router = new FakeRouter();
    final FakeKnowledge knowledge = new FakeKnowledge();
    final SkillRegistry skills = new SkillRegistry();
    private final Map<String, Object> config = new HashMap<>(Map.of("timeZone", "Europe/Berlin"));
    private TurnPipeline pipeline;
    private long nextMessageId = 1;
    private long nextServiceId = 1;

    String conversationId = "host-conv-1";
    CustomerRef sender = CustomerRef.anonymous();
    /** The knowledge base in use: {@link #knowledge} unless a test replaces or removes it. */
    KnowledgeBase knowledgeService = knowledge;
    /** The router in use: {@link #router} unless a test replaces or removes it. */
    HandoffRouter routerService = router;
    /** The escalation-risk service: none unless a test installs one. */
    EscalationRisk escalationRisk;
    /** The helpdesk in use: {@link #host} unless a test removes it. */
    TicketService tickets = host;

    AssistantHarness configure(String property, Object value) {
        config.put(property, value);
        pipeline = null;
        return this;
    }

    AssistantHarness as(CustomerRef customer) {
        sender = customer;
        return this;
    }

    AssistantHarness asAda() {
        return as(new CustomerRef(FakeHost.ADA.id(), null, null, null));
    }

    ScriptedSkill skill(String name, Function<SkillContext, SkillResult> script, String... intents) {
        ScriptedSkill skill = new ScriptedSkill(name, script);
        register(skill, 0, intents);
        return skill;
    }

    void register(Skill skill, int ranking, String... intents) {
        skills.add(skill, Map.of(Skill.PROPERTY_NAME, skill.name(), Skill.PROPERTY_INTENTS, intents,
                "service.ranking", ranking, "service.id", nextServiceId++));
    }

    Services services() {
        return new Services(store, nlp, nlp, nlp, host, host, tickets, routerService,
                knowledgeService, skills, escalationRisk);
    }

    TurnPipeline pipeline() {
        if (pipeline == null) {
            AssistantSettings settings = SettingsReader.read(ConfigStub.config(config));
            pipeline = new TurnPipeline(settings, Clock.fixed(NOW, BERLIN));
        }
        return pipeline;
    }

    Reply send(String text) {
        return send("m-" + nextMessageId++, text);
    }

    Reply send(String messageId, String text) {
        return pipeline().handle(message(messageId, text), services());
    }

    IncomingMessage message(String messageId, String text) {
        return new IncomingMessage(CHANNEL, conversationId, messageId, sender, text, NOW.minusSeconds(5), null,
                Map.of());
    }

    Conversation conversation() {
        return store.findByExternalId(CHANNEL, conversationId).orElseThrow();
    }

    List<String> quickRepliesOf(Reply reply) {
        return reply.quickReplies();
    }
}
