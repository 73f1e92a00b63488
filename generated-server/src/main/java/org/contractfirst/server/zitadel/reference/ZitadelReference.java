package org.contractfirst.server.zitadel.reference;

import org.contractfirst.server.runtime.Caller;
import org.contractfirst.server.zitadel.api.UserProfileApiService;
import org.contractfirst.server.zitadel.model.Gender;
import org.contractfirst.server.zitadel.model.GetMyProfileResponse;
import org.contractfirst.server.zitadel.model.ObjectDetails;
import org.contractfirst.server.zitadel.model.Profile;
import org.contractfirst.server.zitadel.model.UpdateMyProfileRequest;
import org.contractfirst.server.zitadel.model.UpdateMyProfileResponse;

import java.util.Objects;

/** ZITADEL's "my profile" operations, behaving as ZITADEL documents them, over {@link ZitadelProfiles}. */
public final class ZitadelReference implements UserProfileApiService {

    private static final String UNSPECIFIED = Gender.GENDER_UNSPECIFIED.toString();

    private final ZitadelProfiles profiles;

    public ZitadelReference(ZitadelProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public GetMyProfileResult getMyProfile(Caller caller) {
        return profiles.find(caller.subject())
                .<GetMyProfileResult>map(stored -> new GetMyProfileResult.Status200(new GetMyProfileResponse()
                        .details(details(stored)).profile(profile(stored.fields()))))
                .orElseGet(() -> new GetMyProfileResult.Status401(ZitadelErrors.status(
                        ZitadelErrors.UNAUTHENTICATED, "user not found")));
    }

    @Override
    public UpdateMyProfileResult updateMyProfile(Caller caller, UpdateMyProfileRequest request) {
        ZitadelProfiles.Fields fields = new ZitadelProfiles.Fields(request.getFirstName(), request.getLastName(),
                Objects.requireNonNullElse(request.getNickName(), ""), request.getDisplayName(),
                Objects.requireNonNullElse(request.getPreferredLanguage(), ""),
                request.getGender() == null ? UNSPECIFIED : request.getGender().toString());
        return profiles.replace(caller.subject(), fields)
                .<UpdateMyProfileResult>map(change -> change.changed()
                        ? new UpdateMyProfileResult.Status200(new UpdateMyProfileResponse().details(details(change.stored())))
                        : new UpdateMyProfileResult.Status400(ZitadelErrors.zitadelError(
                                ZitadelErrors.FAILED_PRECONDITION, "Errors.User.Profile.NotChanged", "COMMAND-2M0fs")))
                .orElseGet(() -> new UpdateMyProfileResult.Status401(ZitadelErrors.status(
                        ZitadelErrors.UNAUTHENTICATED, "user not found")));
    }

    private static ObjectDetails details(ZitadelProfiles.Stored stored) {
        return new ObjectDetails().sequence(Long.toString(stored.sequence())).creationDate(stored.creationDate())
                .changeDate(stored.changeDate()).resourceOwner(stored.resourceOwner());
    }

    /** The profile as the gateway writes it: zero values are left out. */
    private static Profile profile(ZitadelProfiles.Fields fields) {
        return new Profile().firstName(fields.firstName()).lastName(fields.lastName())
                .nickName(emptyToNull(fields.nickName())).displayName(fields.displayName())
                .preferredLanguage(emptyToNull(fields.preferredLanguage()))
                .gender(fields.gender().equals(UNSPECIFIED) ? null : Gender.fromValue(fields.gender()));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
