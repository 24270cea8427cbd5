package dev.parley.skills.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a skill, as the skills whiteboard reads them:
 * {@code parley.skill.name} and {@code parley.skill.intents}. An array element keeps the intents
 * a {@code String[]} even when a skill claims only one.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SkillService {

    /** Prefix that turns the element names into {@code parley.skill.*}. */
    String PREFIX_ = "parley.skill.";

    /** The skill's name, equal to {@code Skill.name()}. */
    String name();

    /** The intents the skill handles. */
    String[] intents();
}
