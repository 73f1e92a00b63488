package org.contractfirst.reference.circuit;

import org.contractfirst.reference.ReferenceImplementation;
import org.contractfirst.server.circuit.CircuitImplementation;
import org.contractfirst.server.circuit.model.Label;
import org.contractfirst.server.circuit.model.Presence;
import org.contractfirst.server.circuit.model.SupportInfo;
import org.contractfirst.server.circuit.model.User;
import org.contractfirst.server.circuit.model.UserEmailAddress;
import org.contractfirst.server.circuit.model.UserPhoneNumber;
import org.contractfirst.server.runtime.security.Authenticator;
import org.contractfirst.server.runtime.security.Caller;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.security.SandboxCredentials;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Circuit's UsersApi operations, behaving as Circuit documents them, over {@link CircuitDirectory} with two demo
 * users and three OAuth tokens: one with ALL, one with only READ_USER, one with only MANAGE_PRESENCE, so that
 * scope checks can be tried.
 */
public final class CircuitReference implements CircuitImplementation, ReferenceImplementation {

    public static final String ALL_TOKEN = "circuit-all-token";
    /** A token this API issued once and no longer accepts: the suite checks it is refused. */
    public static final String EXPIRED_TOKEN = "circuit-expired-token";
    public static final String READ_USER_TOKEN = "circuit-read-user-token";
    public static final String MANAGE_PRESENCE_TOKEN = "circuit-manage-presence-token";
    public static final String ROGER = "72ee5bd3-7e3b-4f5c-9a36-2a1f3e8d6c01";
    public static final String SERENA = "4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a";

    private final CircuitDirectory directory = new CircuitDirectory();
    private final CircuitErrors errors = new CircuitErrors();
    private final Map<String, Caller> tokens;
    private final Authenticator authenticator;

    public CircuitReference() {
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
        tokens = Map.of(
                ALL_TOKEN, new Caller(ROGER, ALL_TOKEN, Set.of("ALL")),
                READ_USER_TOKEN, new Caller(ROGER, READ_USER_TOKEN, Set.of("READ_USER")),
                MANAGE_PRESENCE_TOKEN, new Caller(SERENA, MANAGE_PRESENCE_TOKEN, Set.of("MANAGE_PRESENCE")));
        authenticator = SandboxCredentials.of("circuit", (scheme, token) -> Optional.ofNullable(tokens.get(token)),
                errors, ErrorKind.MALFORMED_INPUT, ErrorKind.URI_TOO_LONG, ErrorKind.HEADERS_TOO_LARGE, ErrorKind.INTERNAL,
                ErrorKind.UNAVAILABLE);
    }

    @Override
    public ErrorShape errors() {
        return errors;
    }

    @Override
    public Authenticator authenticator() {
        return authenticator;
    }

    @Override
    public Demo demo() {
        return new Demo(ALL_TOKEN, Map.of("token.expired", EXPIRED_TOKEN), "Authorization: Bearer " + ALL_TOKEN + " (scope ALL; " + READ_USER_TOKEN
                + " has READ_USER only, " + MANAGE_PRESENCE_TOKEN + " MANAGE_PRESENCE only)",
                Map.of("oauth:READ_USER", READ_USER_TOKEN, "oauth:MANAGE_PRESENCE", MANAGE_PRESENCE_TOKEN));
    }

    @Override
    public GetLabelResult getLabel(Caller caller) {
        return new GetLabelResult.Status200(directory.labels(caller.subject()));
    }

    @Override
    public GetPresenceResult getPresence(Caller caller, List<String> userIds) {
        List<Presence> found = new ArrayList<>();
        for (String id : userIds) {
            Optional<User> user = directory.find(id, false);
            if (user.isEmpty()) {
                return new GetPresenceResult.Status404(CircuitErrors.error(404, "No user with id '" + id + "'"));
            }
            found.add(directory.presence(user.get().getUserId()));
        }
        return new GetPresenceResult.Status200(found);
    }

    @Override
    public SetUserPresenceResult setUserPresence(Caller caller, String state, OffsetDateTime dndUntil,
                                                 Boolean clearDND, String statusMessage) {
        Presence.StateEnum newState = Presence.StateEnum.fromValue(state);
        if (newState == Presence.StateEnum.DND && dndUntil == null) {
            return new SetUserPresenceResult.Status400(CircuitErrors.error(400,
                    "dndUntil is mandatory when state is DND"));
        }
        Presence updated = directory.updatePresence(caller.subject(), presence -> {
            Presence next = copy(presence).state(newState).statusMessage(statusMessage);
            if (Boolean.TRUE.equals(clearDND) || newState != Presence.StateEnum.DND) {
                next.dndUntil(null);
            }
            if (newState == Presence.StateEnum.DND) {
                next.dndUntil(dndUntil.toInstant().toEpochMilli());
            }
            return next;
        });
        return new SetUserPresenceResult.Status200(updated);
    }

    @Override
    public GetProfileResult getProfile(Caller caller) {
        return new GetProfileResult.Status200(directory.find(caller.subject(), false).orElseThrow());
    }

    @Override
    public GetSupportInfoResult getSupportInfo(Caller caller) {
        return new GetSupportInfoResult.Status200(new SupportInfo().supportEmailAddress("support@example.com")
                .supportType(SupportInfo.SupportTypeEnum.EMAIL));
    }

    @Override
    public GetUserByEmailAddressResult getUserByEmailAddress(Caller caller, String emailAddress,
                                                             Boolean secondaryLookup) {
        return directory.find(emailAddress, Boolean.TRUE.equals(secondaryLookup))
                .filter(user -> !user.getUserId().equalsIgnoreCase(emailAddress))
                .<GetUserByEmailAddressResult>map(GetUserByEmailAddressResult.Status200::new)
                .orElseGet(() -> new GetUserByEmailAddressResult.Status404(CircuitErrors.error(404,
                        "No user with email address '" + emailAddress + "'")));
    }

    @Override
    public GetUserByIdResult getUserById(Caller caller, String id) {
        return directory.find(id, false).<GetUserByIdResult>map(GetUserByIdResult.Status200::new)
                .orElseGet(() -> new GetUserByIdResult.Status404(CircuitErrors.error(404, "No user '" + id + "'")));
    }

    @Override
    public GetUserPresenceResult getUserPresence(Caller caller, String id) {
        return directory.find(id, false)
                .<GetUserPresenceResult>map(user -> new GetUserPresenceResult.Status200(
                        directory.presence(user.getUserId())))
                .orElseGet(() -> new GetUserPresenceResult.Status404(CircuitErrors.error(404, "No user '" + id + "'")));
    }

    @Override
    public SearchUserResult searchUser(Caller caller, String name) {
        List<User> found = directory.search(name);
        return found.isEmpty()
                ? new SearchUserResult.Status404(CircuitErrors.error(404, "No user matches '" + name + "'"))
                : new SearchUserResult.Status200(found);
    }

    @Override
    public SearchUsersListResult searchUsersList(Caller caller, List<String> names, Boolean returnFullUserInfo,
                                                 Boolean secondaryLookup) {
        List<User> found = names.stream()
                .flatMap(name -> directory.find(name, Boolean.TRUE.equals(secondaryLookup)).stream())
                .distinct()
                .map(user -> Boolean.TRUE.equals(returnFullUserInfo) ? user : summary(user))
                .toList();
        return found.isEmpty()
                ? new SearchUsersListResult.Status404(CircuitErrors.error(404, "No user was found"))
                : new SearchUsersListResult.Status200(found);
    }

    /** Without {@code returnFullUserInfo}: who the user is, not their whole profile. */
    private static User summary(User user) {
        return new User().userId(user.getUserId()).displayName(user.getDisplayName())
                .emailAddress(user.getEmailAddress()).avatar(user.getAvatar()).userState(user.getUserState());
    }

    private static Presence copy(Presence presence) {
        return new Presence().userId(presence.getUserId()).state(presence.getState())
                .dndUntil(presence.getDndUntil()).statusMessage(presence.getStatusMessage())
                .locationText(presence.getLocationText()).latitude(presence.getLatitude())
                .longitude(presence.getLongitude()).timeZoneOffset(presence.getTimeZoneOffset())
                .mobile(presence.getMobile()).poor(presence.getPoor()).isOptedOut(presence.getIsOptedOut());
    }
}
