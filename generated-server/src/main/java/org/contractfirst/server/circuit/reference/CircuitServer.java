package org.contractfirst.server.circuit.reference;

import org.contractfirst.server.circuit.api.UsersApi;
import org.contractfirst.server.circuit.model.Label;
import org.contractfirst.server.circuit.model.Presence;
import org.contractfirst.server.circuit.model.User;
import org.contractfirst.server.circuit.model.UserEmailAddress;
import org.contractfirst.server.circuit.model.UserPhoneNumber;
import org.contractfirst.server.runtime.Caller;
import org.contractfirst.server.runtime.ErrorKind;
import org.contractfirst.server.runtime.SandboxCredentials;
import org.contractfirst.server.runtime.ServerConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Circuit's reference server with its demo users and OAuth tokens: one token with ALL, one with only READ_USER,
 * one with only MANAGE_PRESENCE, so that scope checks can be tried.
 */
public final class CircuitServer {

    public static final int DEFAULT_PORT = 8082;
    public static final String ALL_TOKEN = "circuit-all-token";
    public static final String READ_USER_TOKEN = "circuit-read-user-token";
    public static final String MANAGE_PRESENCE_TOKEN = "circuit-manage-presence-token";
    public static final String ROGER = "72ee5bd3-7e3b-4f5c-9a36-2a1f3e8d6c01";
    public static final String SERENA = "4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a";

    private CircuitServer() {
    }

    public static ServerConfig config() {
        CircuitDirectory directory = new CircuitDirectory();
        directory.add(new User().userId(ROGER).userType(User.UserTypeEnum.REGULAR).userState(User.UserStateEnum.ACTIVE)
                        .firstName("Roger").lastName("Federer").displayName("Roger Federer")
                        .emailAddress("roger@example.com").secondaryEmailAddress("roger.home@example.com")
                        .company("Unify").jobTitle("Engineer").locale("en-US").phoneNumber("+41441234567")
                        .emailAddresses(List.of(new UserEmailAddress().address("rf@example.org").type(UserEmailAddress.TypeEnum.OTHER)))
                        .phoneNumbers(List.of(new UserPhoneNumber().phoneNumber("+41791234567").type(UserPhoneNumber.TypeEnum.MOBILE))),
                new Presence().state(Presence.StateEnum.AVAILABLE).statusMessage("In the office").locationText("Zurich")
                        .latitude(47.3769f).longitude(8.5417f).timeZoneOffset(-60).mobile(false).poor(false).isOptedOut(false),
                List.of(new Label().labelId("c1d2e3f4-0000-4a5b-8c9d-111122223333").value("Favourites")));
        directory.add(new User().userId(SERENA).userType(User.UserTypeEnum.REGULAR).userState(User.UserStateEnum.ACTIVE)
                        .firstName("Serena").lastName("Williams").displayName("Serena Williams")
                        .emailAddress("serena@example.com"),
                new Presence().state(Presence.StateEnum.AWAY).mobile(true).poor(false).isOptedOut(false),
                List.of());
        Map<String, Caller> tokens = Map.of(
                ALL_TOKEN, new Caller(ROGER, ALL_TOKEN, Set.of("ALL")),
                READ_USER_TOKEN, new Caller(ROGER, READ_USER_TOKEN, Set.of("READ_USER")),
                MANAGE_PRESENCE_TOKEN, new Caller(SERENA, MANAGE_PRESENCE_TOKEN, Set.of("MANAGE_PRESENCE")));
        CircuitErrors errors = new CircuitErrors();
        return new ServerConfig("circuit", "specs/circuit.yaml", "/rest/v2",
                binder -> new UsersApi(new CircuitReference(directory), binder), errors,
                SandboxCredentials.of("circuit", (scheme, token) -> Optional.ofNullable(tokens.get(token)),
                        errors, ErrorKind.INTERNAL, ErrorKind.UNAVAILABLE), 64 * 1024, false, true);
    }
}
