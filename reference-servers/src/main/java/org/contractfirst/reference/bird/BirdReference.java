package org.contractfirst.reference.bird;

import org.contractfirst.reference.ReferenceImplementation;
import org.contractfirst.server.bird.BirdImplementation;
import org.contractfirst.server.bird.model.UpdateProfileRequest;
import org.contractfirst.server.bird.model.User;
import org.contractfirst.server.bird.model.UserEmail;
import org.contractfirst.server.runtime.security.Authenticator;
import org.contractfirst.server.runtime.security.Caller;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.security.SandboxCredentials;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Bird's "Current user" operations, behaving as Bird documents them, over {@link BirdAccounts} with two demo users:
 * one to use, one to delete.
 */
public final class BirdReference implements BirdImplementation, ReferenceImplementation {

    /** The challenge of a 401 to a token that is valid but names no user any more, as the runtime's own 401s say it. */
    private static final String INVALID_TOKEN = "Bearer realm=\"bird\", error=\"invalid_token\"";

    public static final String DEMO_TOKEN = "bird-demo-token";
    /** A token this API issued once and no longer accepts: the suite checks it is refused. */
    public static final String EXPIRED_TOKEN = "bird-expired-token";
    public static final String DELETABLE_TOKEN = "bird-deletable-token";

    private final BirdAccounts accounts = new BirdAccounts();
    private final BirdErrors errors = new BirdErrors();
    /** Sandbox credentials for what a working client rarely provokes: a request Bird cannot read, and one too large. */
    private final Authenticator authenticator = SandboxCredentials.of("bird",
            (scheme, token) -> accounts.userOf(token).map(id -> new Caller(id.toString(), token, Set.of())),
            errors, ErrorKind.MALFORMED_INPUT, ErrorKind.URI_TOO_LONG, ErrorKind.HEADERS_TOO_LARGE);

    public BirdReference() {
        accounts.add(demoUser("3f9c7a52-8d41-4b8e-9a43-6f1b2d7e5c10", "Ada Lovelace", "ada@example.com"), DEMO_TOKEN);
        accounts.add(demoUser("5b1e0c2d-4a6f-4e3b-9c8d-7f0a1b2c3d4e", "Charles Babbage", "charles@example.com"),
                DELETABLE_TOKEN);
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
        return new Demo(DEMO_TOKEN, Map.of("token.expired", EXPIRED_TOKEN), "Authorization: Bearer " + DEMO_TOKEN + " (to delete: " + DELETABLE_TOKEN + ")");
    }

    @Override
    public GetProfileResult getProfile(Caller caller) {
        return me(caller).<GetProfileResult>map(GetProfileResult.Status200::new)
                .orElseGet(() -> new GetProfileResult.Status401(BirdErrors.error("unauthorized", "unknown user"), INVALID_TOKEN));
    }

    @Override
    public UpdateProfileResult updateProfile(Caller caller, UpdateProfileRequest changes) {
        Map<String, Object> invalid = invalidFields(changes);
        if (!invalid.isEmpty()) {
            return new UpdateProfileResult.Status422(BirdErrors.validationFailed(invalid));
        }
        return accounts.update(UUID.fromString(caller.subject()), user -> apply(changes, user))
                .<UpdateProfileResult>map(UpdateProfileResult.Status200::new)
                .orElseGet(() -> new UpdateProfileResult.Status401(BirdErrors.error("unauthorized", "unknown user"), INVALID_TOKEN));
    }

    @Override
    public DeleteProfileResult deleteProfile(Caller caller) {
        accounts.delete(UUID.fromString(caller.subject()));
        return new DeleteProfileResult.Status202();
    }

    private Optional<User> me(Caller caller) {
        return accounts.find(UUID.fromString(caller.subject()));
    }

    /** Only the fields given change. */
    private static User apply(UpdateProfileRequest changes, User user) {
        if (changes.getName() != null) {
            user.setName(changes.getName());
        }
        if (changes.getBio() != null) {
            user.setBio(changes.getBio());
        }
        if (changes.getAvatarUrl() != null) {
            user.setAvatarUrl(changes.getAvatarUrl());
        }
        if (changes.getLocale() != null) {
            user.setLocale(changes.getLocale());
        }
        if (changes.getTimezone() != null) {
            user.setTimezone(changes.getTimezone());
        }
        return user;
    }

    /** The formats bean validation does not know: BCP 47 locale, IANA time zone, absolute http(s) URL. */
    private static Map<String, Object> invalidFields(UpdateProfileRequest changes) {
        Map<String, Object> invalid = new LinkedHashMap<>();
        if (changes.getLocale() != null && !isLanguageTag(changes.getLocale())) {
            invalid.put("locale", "not a BCP 47 language tag");
        }
        if (changes.getTimezone() != null && !ZoneId.getAvailableZoneIds().contains(changes.getTimezone())) {
            invalid.put("timezone", "not an IANA time zone name");
        }
        if (changes.getAvatarUrl() != null && !isWebUrl(changes.getAvatarUrl())) {
            invalid.put("avatarUrl", "not an absolute http or https URL");
        }
        return invalid;
    }

    private static boolean isLanguageTag(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return !locale.getLanguage().isEmpty() && locale.toLanguageTag().equalsIgnoreCase(tag);
    }

    private static boolean isWebUrl(String text) {
        try {
            URI url = new URI(text);
            return url.isAbsolute() && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                    && url.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static User demoUser(String id, String name, String email) {
        OffsetDateTime created = OffsetDateTime.parse("2024-03-01T09:30:00Z");
        UUID userId = UUID.fromString(id);
        return new User().id(userId).name(name).status(User.StatusEnum.ACTIVE).activeSessions(1)
                .locale("en-GB").timezone("Europe/London").defaultEmail(email)
                .createdAt(created).updatedAt(created)
                .emails(List.of(new UserEmail().id(UUID.nameUUIDFromBytes(email.getBytes())).userId(userId)
                        .email(email).verified(true).passwordSet(true).tokenSet(false)
                        .createdAt(created).updatedAt(created)))
                .phoneNumbers(List.of());
    }
}
