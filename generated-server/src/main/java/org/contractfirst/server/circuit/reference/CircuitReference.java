package org.contractfirst.server.circuit.reference;

import org.contractfirst.server.circuit.api.UsersApiService;
import org.contractfirst.server.circuit.model.Presence;
import org.contractfirst.server.circuit.model.SupportInfo;
import org.contractfirst.server.circuit.model.User;
import org.contractfirst.server.runtime.Caller;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Circuit's UsersApi operations, behaving as Circuit documents them, over {@link CircuitDirectory}. */
public final class CircuitReference implements UsersApiService {

    private final CircuitDirectory directory;

    public CircuitReference(CircuitDirectory directory) {
        this.directory = directory;
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
