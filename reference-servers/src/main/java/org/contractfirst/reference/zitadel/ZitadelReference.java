package org.contractfirst.reference.zitadel;

import org.contractfirst.reference.ReferenceImplementation;
import org.contractfirst.server.runtime.security.Authenticator;
import org.contractfirst.server.runtime.security.Caller;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.security.SandboxCredentials;
import org.contractfirst.server.zitadel.ZitadelImplementation;
import org.contractfirst.server.zitadel.model.Gender;
import org.contractfirst.server.zitadel.model.GetMyProfileResponse;
import org.contractfirst.server.zitadel.model.ObjectDetails;
import org.contractfirst.server.zitadel.model.Profile;
import org.contractfirst.server.zitadel.model.UpdateMyProfileRequest;
import org.contractfirst.server.zitadel.model.UpdateMyProfileResponse;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** ZITADEL's "my profile" operations, behaving as ZITADEL documents them, over {@link ZitadelProfiles} with a demo user. */
public final class ZitadelReference implements ZitadelImplementation, ReferenceImplementation {

    /** The challenge of a 401 to a token that is valid but names no user any more, as the runtime's own 401s say it. */
    private static final String INVALID_TOKEN = "Bearer realm=\"zitadel\", error=\"invalid_token\"";

    public static final String DEMO_TOKEN = "zitadel-demo-token";
    /** A token this API issued once and no longer accepts: the suite checks it is refused. */
    public static final String EXPIRED_TOKEN = "zitadel-expired-token";
    public static final String DEMO_USER = "69629026806489455";
    private static final String UNSPECIFIED = Gender.GENDER_UNSPECIFIED.toString();

    private final ZitadelProfiles profiles = new ZitadelProfiles();
    private final ZitadelErrors errors = new ZitadelErrors();
    private final Authenticator authenticator = SandboxCredentials.of("zitadel",
            (scheme, token) -> profiles.userOf(token).map(user -> new Caller(user, token, Set.of("openid"))),
            errors, ErrorKind.MALFORMED_INPUT, ErrorKind.URI_TOO_LONG, ErrorKind.HEADERS_TOO_LARGE,
            ErrorKind.UNAVAILABLE);

    public ZitadelReference() {
        OffsetDateTime created = OffsetDateTime.parse("2024-11-15T21:46:10.392Z");
        profiles.add(DEMO_USER, DEMO_TOKEN, new ZitadelProfiles.Stored(new ZitadelProfiles.Fields("Minnie", "Mouse", "",
                "Minnie Mouse", "en", "GENDER_FEMALE"), 2, created, created, "69629023906488334"));
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
        return new Demo(DEMO_TOKEN, Map.of("token.expired", EXPIRED_TOKEN), "Authorization: Bearer " + DEMO_TOKEN);
    }

    @Override
    public GetMyProfileResult getMyProfile(Caller caller) {
        return profiles.find(caller.subject())
                .<GetMyProfileResult>map(stored -> new GetMyProfileResult.Status200(new GetMyProfileResponse()
                        .details(details(stored)).profile(profile(stored.fields()))))
                .orElseGet(() -> new GetMyProfileResult.Status401(ZitadelErrors.status(
                        ZitadelErrors.UNAUTHENTICATED, "user not found"), INVALID_TOKEN));
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
                        ZitadelErrors.UNAUTHENTICATED, "user not found"), INVALID_TOKEN));
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
