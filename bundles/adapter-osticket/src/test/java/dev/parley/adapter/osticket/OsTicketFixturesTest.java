package dev.parley.adapter.osticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What the adapter sends has the shape osTicket documents, as the payloads in
 * {@code ../shared/fixtures/osticket} show it (another folder with {@code
 * -Dparley.shared.fixtures=...}); skipped when they are absent.
 */
class OsTicketFixturesTest {

    private static Path fixtures;

    @BeforeAll
    static void findFixtures() {
        fixtures = Path.of(System.getProperty("parley.shared.fixtures", "../../../shared/fixtures"), "osticket");
        Assumptions.assumeTrue(Files.isDirectory(fixtures), "no osTicket fixtures at " + fixtures.toAbsolutePath());
    }

    private final JsonObject sent = TicketJsonTest.parse(new TicketJson(TestSettings.settings(
            URI.create("https://help.example.com"))).body(TestSettings.request("parley:conv-1:m-1"),
                    new Requester("Angry User", "api@osticket.com")));

    @Test
    void everyRequiredFieldOfTheMinimalPayloadIsSentWithItsType() throws IOException {
        JsonObject minimal = read("create_ticket_minimal.json");

        for (Map.Entry<String, JsonElement> field : minimal.entrySet()) {
            assertThat(sent.has(field.getKey())).as(field.getKey()).isTrue();
            assertThat(sent.get(field.getKey()).getAsJsonPrimitive().isString()).as(field.getKey())
                    .isEqualTo(field.getValue().getAsJsonPrimitive().isString());
        }
    }

    @Test
    void fieldsOfTheDocumentedExampleAreSentWithTheExamplesTypes() throws IOException {
        JsonObject documented = read("create_ticket_documented.json");

        for (String name : sent.keySet()) {
            if (documented.has(name)) {
                assertThat(sent.get(name).getAsJsonPrimitive().isBoolean()).as(name)
                        .isEqualTo(documented.get(name).getAsJsonPrimitive().isBoolean());
                assertThat(sent.get(name).getAsJsonPrimitive().isString()).as(name)
                        .isEqualTo(documented.get(name).getAsJsonPrimitive().isString());
            }
        }
        assertThat(sent.get("source").getAsString()).isEqualTo(documented.get("source").getAsString());
    }

    @Test
    void theMessageIsADataUrlAsTheDocumentedExamplesIs() throws IOException {
        String documented = read("create_ticket_documented.json").get("message").getAsString();
        Pattern dataUrl = Pattern.compile("data:(text/plain|text/html)(;charset=[\\w-]+)?,.*", Pattern.DOTALL);

        assertThat(documented).matches(dataUrl);
        assertThat(sent.get("message").getAsString()).matches(dataUrl);
    }

    @Test
    void everyFieldSentIsADocumentedOne() throws IOException {
        Set<String> documented = new HashSet<>(read("create_ticket_documented.json").keySet());
        documented.addAll(read("create_ticket_minimal.json").keySet());
        documented.addAll(readmeFields());
        // the README names the priority field 'priority'; osTicket's own field list (its
        // setup/doc/api/tickets.md, the README's origin) and its Ticket::create call it 'priorityId'
        documented.add("priorityId");

        assertThat(documented).contains("topicId", "email", "name", "subject", "message");
        assertThat(sent.keySet()).allSatisfy(name -> assertThat(documented).contains(name));
    }

    /** The back-quoted names of the README's "Fields" section. */
    private static Set<String> readmeFields() throws IOException {
        String readme = Files.readString(fixtures.resolve("README.md"));
        int start = readme.indexOf("## Fields");
        Assumptions.assumeTrue(start >= 0, "the README has no Fields section");
        Set<String> names = new HashSet<>();
        Matcher name = Pattern.compile("`([A-Za-z_]+)`").matcher(readme.substring(start));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    private static JsonObject read(String file) throws IOException {
        return JsonParser.parseString(Files.readString(fixtures.resolve(file))).getAsJsonObject();
    }
}
