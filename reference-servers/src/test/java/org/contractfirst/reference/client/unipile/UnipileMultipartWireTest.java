package org.contractfirst.reference.client.unipile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.contractfirst.reference.client.MultipartParts;
import org.contractfirst.reference.client.MultipartParts.Part;
import org.contractfirst.reference.client.RecordingServer;
import org.contractfirst.reference.client.RecordingServer.Request;
import org.contractfirst.client.runtime.ClientConfig;
import org.contractfirst.client.unipile.api.UsersApi;
import org.contractfirst.client.unipile.model.EducationEdit;
import org.contractfirst.client.unipile.model.Education;
import org.contractfirst.client.unipile.model.Experience;
import org.contractfirst.client.unipile.model.ExperienceAdd;
import org.contractfirst.client.unipile.model.LayoutPoint;
import org.contractfirst.client.unipile.model.Location;
import org.contractfirst.client.unipile.model.PictureLayout;
import org.contractfirst.client.unipile.model.PictureSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Unipile client puts on the wire for an edit: the bracket notation of the spec's examples. */
class UnipileMultipartWireTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @TempDir
    Path folder;

    private List<Part> sentParts(Request request) {
        return MultipartParts.parse(request.headers().getFirst("Content-Type"), request.body());
    }

    private static List<Map.Entry<String, String>> fields(List<Part> parts) {
        return parts.stream().filter(part -> part.fileName() == null)
                .map(part -> Map.entry(part.name(), part.value())).toList();
    }

    @Test
    void nestedObjectsArraysAndTheChosenVariantAreSentInBracketNotation() throws Exception {
        File picture = Files.write(folder.resolve("me.png"), PNG).toFile();
        try (RecordingServer server = new RecordingServer(
                RecordingServer.Response.json(200, "{\"object\":\"ProfileEdited\"}"))) {
            UsersApi users = new UsersApi(ClientConfig.of(server.baseUri()).withCredential("unipile-demo-key"));

            users.editAccountOwnerProfile("LINKEDIN", "acc_linkedin_demo", new Location().id("105015875"), null, null,
                    picture,
                    new PictureSettings().filter(PictureSettings.FilterEnum.STUDIO).layout(new PictureLayout()
                            .bottomLeft(new LayoutPoint().x(new BigDecimal("1.25")).y(new BigDecimal("2")))),
                    null, null,
                    new Experience(new ExperienceAdd().role("CTO").company("Unipile")
                            .skills(List.of("development", "management"))),
                    new Education(new EducationEdit().id("1011234567").role("Student")),
                    List.of("APIs", "Java"), null);

            Request request = server.requests().get(0);
            assertEquals("PATCH", request.method());
            assertEquals("/api/v1/users/me/edit", request.pathAndQuery());
            assertEquals("unipile-demo-key", request.headers().getFirst("X-API-KEY"));
            assertTrue(request.headers().getFirst("Content-Type").startsWith("multipart/form-data; boundary="));
            List<Part> parts = sentParts(request);
            assertEquals(List.of(
                    Map.entry("type", "LINKEDIN"),
                    Map.entry("account_id", "acc_linkedin_demo"),
                    Map.entry("location[id]", "105015875"),
                    Map.entry("picture_settings[filter]", "STUDIO"),
                    Map.entry("picture_settings[layout][bottomLeft][x]", "1.25"),
                    Map.entry("picture_settings[layout][bottomLeft][y]", "2"),
                    Map.entry("experience[role]", "CTO"),
                    Map.entry("experience[company]", "Unipile"),
                    Map.entry("experience[skills]", "development"),
                    Map.entry("experience[skills]", "management"),
                    Map.entry("education[id]", "1011234567"),
                    Map.entry("education[role]", "Student"),
                    Map.entry("skills", "APIs"),
                    Map.entry("skills", "Java")), fields(parts));

            Part file = parts.stream().filter(part -> part.fileName() != null).findFirst().orElseThrow();
            assertEquals("picture", file.name());
            assertEquals("me.png", file.fileName());
            assertEquals("image/png", file.contentType());
            assertArrayEquals(PNG, file.value().getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void fieldsThatWereNotGivenAreNotSent() throws Exception {
        try (RecordingServer server = new RecordingServer(
                RecordingServer.Response.json(200, "{\"object\":\"ProfileEdited\"}"))) {
            new UsersApi(ClientConfig.of(server.baseUri()).withCredential("unipile-demo-key"))
                    .editAccountOwnerProfile("LINKEDIN", "acc_linkedin_demo", null, null, null, null, null, null, null,
                            null, null, null, null);

            List<Part> parts = sentParts(server.requests().get(0));
            assertEquals(List.of(Map.entry("type", "LINKEDIN"), Map.entry("account_id", "acc_linkedin_demo")),
                    fields(parts));
            assertNull(parts.stream().filter(part -> part.fileName() != null).findFirst().orElse(null));
        }
    }
}
