package dev.parley.skills;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.skills.support.SkillService;

/** Says whether the shop is open now, today's hours and when it opens next, from its configuration. */
@Component(service = Skill.class, configurationPid = OpeningHoursSkill.PID)
@Designate(ocd = OpeningHoursSkill.Config.class)
@SkillService(name = OpeningHoursSkill.NAME, intents = "opening_hours")
public final class OpeningHoursSkill implements Skill {

    static final String NAME = "opening-hours";
    static final String PID = "dev.parley.skills.openinghours";

    @ObjectClassDefinition(name = "Parley skill: opening hours",
            description = "The shop's opening hours, holidays and address, as the assistant tells them.")
    public @interface Config {
        @AttributeDefinition(name = "Time zone", description = "The shop's time zone, e.g. Europe/London or Europe/Berlin.")
        String timeZone() default "Europe/Berlin";

        @AttributeDefinition(name = "Weekly hours",
                description = "One entry per day or day range: 'MON-FRI 09:00-18:00', 'SAT 10:00-13:00,14:00-16:00'. Days not listed are closed.")
        String[] weeklyHours() default {"MON-FRI 09:00-17:00", "SAT 10:00-14:00"};

        @AttributeDefinition(name = "Holidays", required = false,
                description = "Days the shop is closed, each a date with an optional name: '2026-12-25 Christmas Day'.")
        String[] holidays() default {};

        @AttributeDefinition(name = "Address", required = false,
                description = "The shop's address, added to the answer when set, e.g. '12 Market Street, Leeds LS1 6DT'.")
        String address() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(OpeningHoursSkill.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final Clock clock;
    private volatile OpeningHours hours;
    private volatile String address;

    @Activate
    public OpeningHoursSkill(Config config) {
        this(config, Clock.systemUTC());
    }

    OpeningHoursSkill(Config config, Clock clock) {
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        try {
            hours = OpeningHours.parse(config.timeZone(), config.weeklyHours(), config.holidays());
        } catch (IllegalArgumentException e) {
            LOG.error("{}: {}", PID, e.getMessage());
            throw new IllegalArgumentException(PID + ": " + e.getMessage(), e);
        }
        address = config.address().trim();
        LOG.info("Opening hours configured in time zone {}", hours.zone());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SkillResult handle(SkillContext context) {
        OpeningHours current = hours;
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(current.zone());
        LocalDate today = now.toLocalDate();
        List<OpeningHours.Period> todays = current.on(today);
        String zone = " (" + current.zone().getId() + " time)";
        StringBuilder text = new StringBuilder();
        Optional<OpeningHours.Period> open = current.openAt(now);
        if (open.isPresent()) {
            text.append("We're open now, until ").append(open.get().end()).append(zone).append('.');
        } else {
            text.append("We're closed right now").append(current.holiday(today).map(h -> " (" + h + ")").orElse(""))
                    .append('.');
            current.nextOpening(now).ifPresent(next -> text.append(" We open again ").append(when(next, today)).append(zone).append('.'));
        }
        text.append(todays.isEmpty() ? " We're closed all day today."
                : " Today's hours: " + todays.stream().map(OpeningHours.Period::toString).collect(Collectors.joining(", ")) + ".");
        if (!address.isEmpty()) {
            text.append(" You'll find us at ").append(address).append('.');
        }
        return SkillResult.answer(text.toString(), "Where is my order?", "Something else");
    }

    private static String when(LocalDateTime next, LocalDate today) {
        String time = "at " + next.toLocalTime();
        if (next.toLocalDate().equals(today)) {
            return "today " + time;
        }
        if (next.toLocalDate().equals(today.plusDays(1))) {
            return "tomorrow " + time;
        }
        return "on " + DAY.format(next) + " " + time;
    }
}
