package org.contractfirst.reference.client.circuit;

import static org.contractfirst.reference.circuit.CircuitReference.ALL_TOKEN;
import static org.contractfirst.reference.circuit.CircuitReference.ROGER;
import static org.contractfirst.reference.circuit.CircuitReference.SERENA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.contractfirst.reference.client.ReferenceServersTest;
import org.contractfirst.client.circuit.api.UsersApi;
import org.contractfirst.client.circuit.model.Label;
import org.contractfirst.client.circuit.model.Presence;
import org.contractfirst.client.circuit.model.SupportInfo;
import org.contractfirst.client.circuit.model.User;
import org.contractfirst.client.circuit.model.UserEmailAddress;
import org.contractfirst.client.runtime.ApiResponse;
import org.contractfirst.client.runtime.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ten Circuit operations through the generated client, each in JSON and in XML. */
class CircuitRoundTripTest extends ReferenceServersTest {

    private static UsersApi users(Format format) {
        return new UsersApi(config("circuit", ALL_TOKEN)).withFormat(format);
    }

    private static void answeredIn(Format format, ApiResponse<?> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType()));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void getProfile(Format format) throws Exception {
        ApiResponse<User> response = users(format).getProfileWithResponse();
        answeredIn(format, response);
        User roger = response.body();
        assertEquals(ROGER, roger.getUserId());
        assertEquals(User.UserTypeEnum.REGULAR, roger.getUserType());
        assertEquals(User.UserStateEnum.ACTIVE, roger.getUserState());
        assertEquals("Roger", roger.getFirstName());
        assertEquals("roger.home@example.com", roger.getSecondaryEmailAddress());
        assertEquals(List.of("rf@example.org"),
                roger.getEmailAddresses().stream().map(UserEmailAddress::getAddress).toList());
        assertEquals(UserEmailAddress.TypeEnum.OTHER, roger.getEmailAddresses().get(0).getType());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void getUserById(Format format) throws Exception {
        User serena = users(format).getUserById(SERENA);
        assertEquals(SERENA, serena.getUserId());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void getUserByEmailAddress(Format format) throws Exception {
        assertEquals(ROGER, users(format).getUserByEmailAddress("roger@example.com", null).getUserId());
        assertEquals(ROGER, users(format).getUserByEmailAddress("roger.home@example.com", true).getUserId());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void searchUser(Format format) throws Exception {
        ApiResponse<List<User>> response = users(format).searchUserWithResponse("e");
        answeredIn(format, response);
        assertEquals(2, response.body().size());
        assertTrue(response.body().stream().anyMatch(user -> SERENA.equals(user.getUserId())));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void searchUsersList(Format format) throws Exception {
        List<User> found = users(format).searchUsersList(List.of(ROGER, "serena@example.com"), true, null);
        assertEquals(List.of(ROGER, SERENA), found.stream().map(User::getUserId).toList());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void getLabel(Format format) throws Exception {
        List<Label> labels = users(format).getLabel();
        assertEquals("Favourites", labels.get(0).getValue());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void getSupportInfo(Format format) throws Exception {
        assertEquals(SupportInfo.SupportTypeEnum.EMAIL, users(format).getSupportInfo().getSupportType());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void getPresenceOfSeveralUsers(Format format) throws Exception {
        List<Presence> presences = users(format).getPresence(List.of("roger@example.com", SERENA));
        assertEquals(2, presences.size());
        assertEquals(Presence.StateEnum.AWAY, presences.stream()
                .filter(presence -> SERENA.equals(presence.getUserId())).findFirst().orElseThrow().getState());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void getUserPresence(Format format) throws Exception {
        Presence serena = users(format).getUserPresence(SERENA);
        assertEquals(SERENA, serena.getUserId());
        assertEquals(Presence.StateEnum.AWAY, serena.getState());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void setUserPresenceSendsAFormAndReadsTheNewPresenceBack(Format format) throws Exception {
        OffsetDateTime until = OffsetDateTime.parse("2030-12-01T10:00:00Z");
        Presence dnd = users(format).setUserPresence("DND", until, null, "Focus");
        assertEquals(Presence.StateEnum.DND, dnd.getState());
        assertEquals(until.toInstant().toEpochMilli(), dnd.getDndUntil());
        assertEquals("Focus", users(format).getUserPresence(ROGER).getStatusMessage());

        Presence available = users(format).setUserPresence("AVAILABLE", null, true, null);
        assertEquals(Presence.StateEnum.AVAILABLE, available.getState());
        assertNull(users(format).getUserPresence(ROGER).getDndUntil());
    }
}
