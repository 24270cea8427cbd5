package dev.parley.it.sample.assistant.client;

import org.osgi.service.component.annotations.Component;

import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.api.skill.Slots;

/** A skill on the whiteboard: tells the order number it was given, or asks for one. */
@Component(property = {Skill.PROPERTY_NAME + "=it-order-status", Skill.PROPERTY_INTENTS + "=order_status",
    Skill.PROPERTY_INTENTS + "=track_order"})
public class OrderStatusSkill implements Skill {

    @Override
    public String name() {
        return "it-order-status";
    }

    @Override
    public SkillResult handle(SkillContext context) {
        String order = context.slots().get(Slots.ORDER_NUMBER);
        if (order == null) {
            return SkillResult.ask("Which order do you mean?", "Talk to a person");
        }
        return SkillResult.answer("Order " + order + " is on its way.", "Thanks");
    }
}
