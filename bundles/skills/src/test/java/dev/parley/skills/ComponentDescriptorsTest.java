package dev.parley.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Declarative Services descriptors bnd wrote into target/classes (bnd-process runs before the
 * tests): each skill is offered as a Skill service with its name and its intents as an array.
 */
class ComponentDescriptorsTest {

    @ParameterizedTest
    @ValueSource(classes = {OrderStatusSkill.class, TrackingSkill.class, CancelOrderSkill.class,
        ChangeShippingAddressSkill.class, UpdateContactSkill.class, RefundReturnSkill.class,
        ProductAvailabilitySkill.class, OpeningHoursSkill.class, KnowledgeAnswerSkill.class, SmallTalkSkill.class,
        RecommendationSkill.class})
    void everySkillIsAWhiteboardSkillService(Class<?> skill) throws Exception {
        Path descriptor = Path.of("target/classes/OSGI-INF", skill.getName() + ".xml");
        String xml = Files.readString(descriptor);
        String name = (String) skill.getDeclaredField("NAME").get(null);

        assertThat(xml).contains("<provide interface=\"dev.parley.api.skill.Skill\"/>")
                .contains("<property name=\"parley.skill.name\" type=\"String\" value=\"" + name + "\"/>")
                // the body form makes the intents a String[] even when there is one
                .containsPattern("<property name=\"parley.skill.intents\" type=\"String\">\\s*[a-z_]+");
    }
}
