package org.contractfirst.server.bird.reference;

import org.contractfirst.server.bird.api.CurrentUserApiService;
import org.contractfirst.server.bird.model.UpdateProfileRequest;
import org.contractfirst.server.bird.model.User;
import org.contractfirst.server.runtime.Caller;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Bird's "Current user" operations, behaving as Bird documents them, over {@link BirdAccounts}. */
public final class BirdReference implements CurrentUserApiService {

    private final BirdAccounts accounts;

    public BirdReference(BirdAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public GetProfileResult getProfile(Caller caller) {
        return me(caller).<GetProfileResult>map(GetProfileResult.Status200::new)
                .orElseGet(() -> new GetProfileResult.Status401(BirdErrors.error("unauthorized", "unknown user")));
    }

    @Override
    public UpdateProfileResult updateProfile(Caller caller, UpdateProfileRequest changes) {
        Map<String, Object> invalid = invalidFields(changes);
        if (!invalid.isEmpty()) {
            return new UpdateProfileResult.Status422(BirdErrors.validationFailed(invalid));
        }
        return accounts.update(UUID.fromString(caller.subject()), user -> apply(changes, user))
                .<UpdateProfileResult>map(UpdateProfileResult.Status200::new)
                .orElseGet(() -> new UpdateProfileResult.Status401(BirdErrors.error("unauthorized", "unknown user")));
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
}
