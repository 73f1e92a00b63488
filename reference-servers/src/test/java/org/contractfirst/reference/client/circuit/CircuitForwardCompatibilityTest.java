package org.contractfirst.reference.client.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.contractfirst.reference.client.RecordingServer;
import org.contractfirst.reference.client.RecordingServer.Response;
import org.contractfirst.client.circuit.api.UsersApi;
import org.contractfirst.client.circuit.model.User;
import org.contractfirst.client.circuit.model.UserPhoneNumber;
import org.contractfirst.client.runtime.ClientConfig;
import org.contractfirst.client.runtime.Format;
import org.junit.jupiter.api.Test;

/** In XML too, an element or an enum value the spec does not know yet does not make a call fail. */
class CircuitForwardCompatibilityTest {

    @Test
    void unknownElementsAndEnumValuesInXml() throws Exception {
        String newer = "<user><userId>u1</userId><userType>ROBOT</userType><pronouns>they</pronouns>"
                + "<phoneNumbers><phoneNumber><phoneNumber>+41</phoneNumber><type>SATELLITE</type></phoneNumber>"
                + "</phoneNumbers></user>";
        try (RecordingServer server = new RecordingServer(
                new Response(200, Map.of("Content-Type", "application/xml"), newer))) {
            User user = new UsersApi(ClientConfig.of(server.baseUri()).withCredential("t").withFormat(Format.XML))
                    .getProfile();
            assertEquals("u1", user.getUserId());
            assertEquals(User.UserTypeEnum.UNKNOWN_DEFAULT_OPEN_API, user.getUserType());
            assertEquals(UserPhoneNumber.TypeEnum.UNKNOWN_DEFAULT_OPEN_API, user.getPhoneNumbers().get(0).getType());
            assertEquals("application/xml", server.requests().get(0).headers().getFirst("Accept"));
        }
    }
}
