package dev.parley.skills;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.host.Address;
import dev.parley.api.host.ChangeRejectedException;
import dev.parley.api.host.ContactUpdate;
import dev.parley.api.host.Customer;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.RecordNotFoundException;
import dev.parley.api.skill.Skill;
import dev.parley.api.skill.SkillContext;
import dev.parley.api.skill.SkillResult;
import dev.parley.skills.support.AddressCollector;
import dev.parley.skills.support.Confirmation;
import dev.parley.skills.support.ContactValues;
import dev.parley.skills.support.Formats;
import dev.parley.skills.support.IdentityGate;
import dev.parley.skills.support.PartialAddress;
import dev.parley.skills.support.Replies;
import dev.parley.skills.support.SkillService;
import dev.parley.skills.support.Turns;
import dev.parley.skills.support.YesNo;

/**
 * Changes the e-mail address, phone number or default address on the customer's account, for a
 * verified customer and after they confirm the new value.
 */
@Component(service = Skill.class)
@SkillService(name = UpdateContactSkill.NAME, intents = {"update_email", "update_phone", "update_address"})
public final class UpdateContactSkill extends HostSkill {

    static final String NAME = "update-contact";
    static final String FIELD = NAME + ".field";
    static final String VALUE = NAME + ".value";

    private static final Logger LOG = LoggerFactory.getLogger(UpdateContactSkill.class);

    private final CustomerDirectory customers;
    private final IdentityGate identity = new IdentityGate(NAME);
    private final Confirmation confirmation = new Confirmation(NAME);
    private final AddressCollector addresses = new AddressCollector(NAME);

    @Activate
    public UpdateContactSkill(@Reference CustomerDirectory customers) {
        super(NAME);
        this.customers = customers;
    }


    @Override
    SkillResult turn(SkillContext context) {
        ContactField field = ContactField.ofIntent(Turns.intent(context))
                .or(() -> Turns.slot(context, FIELD).flatMap(ContactField::ofIntent))
                .orElse(ContactField.EMAIL);
        Map<String, String> keep = new HashMap<>(Map.of(FIELD, field.intent));
        Optional<ContactValues.Candidate> candidate = newValue(context, field);
        if (confirmation.pending(context).isPresent() && candidate.isEmpty() && context.identityVerified()) {
            return answered(context, field);
        }
        if (candidate.isPresent() && !candidate.get().valid()) {
            return SkillResult.ask(candidate.get().problem() + " What is your new " + field.label + "?",
                    Replies.TALK_TO_PERSON).withSlotUpdates(keep);
        }
        candidate.ifPresent(c -> keep.put(VALUE, c.value()));
        PartialAddress address = field == ContactField.ADDRESS ? addresses.collect(context, defaultCountry(context)) : null;
        if (address != null && !address.isEmpty()) {
            keep.putAll(addresses.remember(address));
        }
        Optional<SkillResult> unverified = identity.check(context, keep);
        if (unverified.isPresent()) {
            return unverified.get();
        }
        if (field == ContactField.ADDRESS) {
            Optional<Address> complete = address.complete();
            return complete.isEmpty() ? addresses.ask(address, "for your account", keep)
                    : confirmation.ask(field.intent, "Change the address on your account to " + Formats.address(complete.get()) + "?", keep);
        }
        Optional<String> value = candidate.map(ContactValues.Candidate::value).or(() -> Turns.slot(context, VALUE));
        if (value.isEmpty()) {
            return SkillResult.ask("What is your new " + field.label + "?", Replies.TALK_TO_PERSON).withSlotUpdates(keep);
        }
        return confirmation.ask(field.intent, "Change the " + field.label + " on your account to " + value.get() + "?", keep);
    }

    private Optional<ContactValues.Candidate> newValue(SkillContext context, ContactField field) {
        return switch (field) {
            case EMAIL -> ContactValues.email(context);
            case PHONE -> ContactValues.phone(context);
            case ADDRESS -> Optional.empty();
        };
    }

    private static String defaultCountry(SkillContext context) {
        return context.customer().map(Customer::defaultAddress).map(Address::countryCode).orElse(null);
    }

    private SkillResult answered(SkillContext context, ContactField field) {
        return switch (YesNo.read(context)) {
            case YES -> update(context, field);
            case NO -> done(context, SkillResult.answer("OK, I haven't changed anything.", "Something else", Replies.TALK_TO_PERSON));
            case UNCLEAR -> confirmation.askAgainOrDrop(context, "Shall I change your " + field.label + "?",
                    "I'll leave your " + field.label + " as it is.", "Something else", Replies.TALK_TO_PERSON);
        };
    }

    private SkillResult update(SkillContext context, ContactField field) {
        String customerId = context.customer().orElseThrow().id();
        Optional<String> value = Turns.slot(context, VALUE);
        Optional<Address> address = addresses.stored(context).complete();
        ContactUpdate update = switch (field) {
            case EMAIL -> value.map(v -> new ContactUpdate(v, null, null)).orElse(null);
            case PHONE -> value.map(v -> new ContactUpdate(null, v, null)).orElse(null);
            case ADDRESS -> address.map(a -> new ContactUpdate(null, null, a)).orElse(null);
        };
        if (update == null) {
            return done(context, SkillResult.answer("Sorry, I lost track of the new " + field.label + ". Could you tell me again?",
                    "Something else", Replies.TALK_TO_PERSON));
        }
        try {
            customers.updateContact(customerId, update);
            LOG.info("Customer's {} changed by the chat assistant in conversation {}", field.label, context.conversationId());
            String now = field == ContactField.ADDRESS ? Formats.address(address.get()) : value.get();
            return Replies.completed("Done: your " + field.label + " is now " + now + ".",
                    Turns.clearPrivate(context, NAME, Map.of()), "Something else");
        } catch (ChangeRejectedException e) {
            LOG.info("The host refused a new {}: {}", field.label, e.getMessage());
            return done(context, SkillResult.answer("The shop's system didn't accept that " + field.label
                    + (field == ContactField.EMAIL ? ": it may already belong to another account." : ".")
                    + " A person from our team can help.", Replies.TALK_TO_PERSON, "Something else"));
        } catch (RecordNotFoundException e) {
            return SkillResult.handoff("update-contact: the customer record was not found in the host");
        }
    }


    /** What the customer wants to change, named after the intent that asks for it. */
    enum ContactField {
        EMAIL("update_email", "e-mail address"), PHONE("update_phone", "phone number"), ADDRESS("update_address", "address");

        final String intent;
        final String label;

        ContactField(String intent, String label) {
            this.intent = intent;
            this.label = label;
        }

        static Optional<ContactField> ofIntent(String intent) {
            return Turns.byIntent(values(), e -> e.intent, intent);
        }
    }
}
