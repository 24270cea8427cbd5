package dev.parley.it.sample.skills;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.host.Customer;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.Understanding;
import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the assistant sees the skills whiteboard. {@code GET /it/skills} lists one line per
 * {@link Skill} service: {@code <name>;<type of the intents property>;<intents>}.
 * {@code GET /it/skills?skill=<name>&intent=<intent>&text=<message>} runs one anonymous turn and
 * answers {@code <outcome>;<text>}.
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/skills")
public class SkillsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient BundleContext context;

    @Activate
    public SkillsServlet(BundleContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        try {
            String name = request.getParameter("skill");
            for (ServiceReference<Skill> reference : context.getServiceReferences(Skill.class, null)) {
                Object intents = reference.getProperty(Skill.PROPERTY_INTENTS);
                String skillName = String.valueOf(reference.getProperty(Skill.PROPERTY_NAME));
                if (name == null) {
                    out.println(skillName + ";" + intents.getClass().getSimpleName() + ";"
                            + (intents instanceof String[] list ? String.join(",", list) : intents));
                } else if (name.equals(skillName)) {
                    Skill skill = context.getService(reference);
                    try {
                        SkillResult result = skill.handle(turn(request.getParameter("intent"), request.getParameter("text")));
                        out.print(result.outcome() + ";" + result.text());
                    } finally {
                        context.ungetService(reference);
                    }
                }
            }
        } catch (InvalidSyntaxException | RuntimeException e) {
            response.setStatus(500);
            out.print(e);
        }
    }

    private static SkillContext turn(String intent, String text) {
        IncomingMessage message = new IncomingMessage("it", "it-1", "m-1", null, text, Instant.now(), Locale.ENGLISH, Map.of());
        Understanding understanding = new Understanding(new IntentPrediction(intent, 0.9, List.of(), false, "it"), List.of(), null);
        return new SkillContext() {
            @Override
            public String conversationId() {
                return "it-1";
            }

            @Override
            public IncomingMessage message() {
                return message;
            }

            @Override
            public Understanding understanding() {
                return understanding;
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }

            @Override
            public Optional<Customer> customer() {
                return Optional.empty();
            }

            @Override
            public boolean identityVerified() {
                return false;
            }

            @Override
            public Map<String, String> slots() {
                return Map.of();
            }
        };
    }
}
