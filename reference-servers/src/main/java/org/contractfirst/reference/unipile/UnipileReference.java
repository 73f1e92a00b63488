package org.contractfirst.reference.unipile;

import org.contractfirst.reference.ReferenceImplementation;
import org.contractfirst.server.runtime.security.Authenticator;
import org.contractfirst.server.runtime.security.Caller;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.binding.FilePart;
import org.contractfirst.server.runtime.security.SandboxCredentials;
import org.contractfirst.server.unipile.UnipileImplementation;
import org.contractfirst.server.unipile.model.AccountOrganization;
import org.contractfirst.server.unipile.model.AccountOwnerProfile;
import org.contractfirst.server.unipile.model.AccountOwnerProfileSalesNavigator;
import org.contractfirst.server.unipile.model.EditAccountOwnerProfileRequest;
import org.contractfirst.server.unipile.model.EducationAdd;
import org.contractfirst.server.unipile.model.EducationEdit;
import org.contractfirst.server.unipile.model.ExperienceAdd;
import org.contractfirst.server.unipile.model.ExperienceEdit;
import org.contractfirst.server.unipile.model.PremiumSeat;
import org.contractfirst.server.unipile.model.ProfileEdited;
import org.contractfirst.server.unipile.model.ProfileEducation;
import org.contractfirst.server.unipile.model.ProfileExperience;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unipile's own-profile operations, behaving as Unipile documents them, over {@link UnipileAccounts} with a demo API
 * key, a LinkedIn account and a Gmail account (not for this feature): edits are stored per account and read back
 * with GET; an added experience or education gets a new id.
 */
public final class UnipileReference implements UnipileImplementation, ReferenceImplementation {

    public static final String DEMO_KEY = "unipile-demo-key";
    public static final String LINKEDIN_ACCOUNT = "acc_linkedin_demo";
    public static final String GMAIL_ACCOUNT = "acc_gmail_demo";
    static final int MAX_PICTURE_BYTES = 5 * 1024 * 1024;
    private static final Map<String, String> LOCATIONS = Map.of(
            "105015875", "Paris, Île-de-France, France",
            "102277331", "San Francisco, California, United States");

    private final UnipileAccounts accounts = new UnipileAccounts();
    private final UnipileErrors errors = new UnipileErrors();
    private final Authenticator authenticator = SandboxCredentials.of("unipile",
            (scheme, key) -> DEMO_KEY.equals(key) ? Optional.of(new Caller(DEMO_KEY, key, Set.of())) : Optional.empty(),
            errors, ErrorKind.FORBIDDEN, ErrorKind.URI_TOO_LONG, ErrorKind.HEADERS_TOO_LARGE, ErrorKind.RATE_LIMITED, ErrorKind.INTERNAL, ErrorKind.NOT_IMPLEMENTED,
            ErrorKind.UNAVAILABLE, ErrorKind.UPSTREAM_TIMEOUT);
    private final AtomicLong ids = new AtomicLong(2_411_000_000L);

    public UnipileReference() {
        accounts.add(LINKEDIN_ACCOUNT, new UnipileAccounts.Account(DEMO_KEY, "LINKEDIN", demoProfile()));
        accounts.add(GMAIL_ACCOUNT, new UnipileAccounts.Account(DEMO_KEY, "GMAIL", null));
    }

    @Override
    public ErrorShape errors() {
        return errors;
    }

    @Override
    public Authenticator authenticator() {
        return authenticator;
    }

    /** Two pictures of up to 5 MiB each, and the fields beside them. */
    @Override
    public long maxBodyBytes() {
        return 12 * 1024 * 1024;
    }


    @Override
    public Demo demo() {
        return new Demo(DEMO_KEY, Map.of("account_id", LINKEDIN_ACCOUNT, "account_id.422", GMAIL_ACCOUNT),
                "X-API-KEY: " + DEMO_KEY + " (account_id " + LINKEDIN_ACCOUNT + ")");
    }

    /** An edit names an entry that does not exist; the edit is dropped whole. */
    private static final class UnknownEntry extends RuntimeException {
        UnknownEntry(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public GetAccountOwnerProfileResult getAccountOwnerProfile(Caller caller, String accountId) {
        Optional<UnipileAccounts.Account> account = accounts.find(caller.subject(), accountId);
        if (account.isEmpty()) {
            return new GetAccountOwnerProfileResult.Status404(UnipileErrors.notFound("No account " + accountId));
        }
        if (account.get().profile() == null) {
            return new GetAccountOwnerProfileResult.Status422(UnipileErrors.invalidAccount(
                    "Provided account is not designed for this feature."));
        }
        return new GetAccountOwnerProfileResult.Status200(account.get().profile());
    }

    @Override
    public EditAccountOwnerProfileResult editAccountOwnerProfile(Caller caller, EditAccountOwnerProfileRequest edit) {
        Optional<UnipileAccounts.Account> account = accounts.find(caller.subject(), edit.getAccountId());
        if (account.isEmpty()) {
            return new EditAccountOwnerProfileResult.Status404(UnipileErrors.notFound("No account " + edit.getAccountId()));
        }
        if (account.get().profile() == null) {
            return new EditAccountOwnerProfileResult.Status422(UnipileErrors.invalidAccount(
                    "Provided account is not designed for this feature."));
        }
        // The runtime has refused a picture whose content type the spec's encoding does not list.
        for (FilePart picture : new FilePart[] {edit.getPicture(), edit.getCoverPicture()}) {
            if (picture == null) {
                continue;
            }
            if (picture.size() > MAX_PICTURE_BYTES) {
                return new EditAccountOwnerProfileResult.Status413(UnipileErrors.tooLarge(
                        picture.fileName() + ": larger than " + MAX_PICTURE_BYTES + " bytes"));
            }
        }
        try {
            accounts.edit(edit.getAccountId(), profile -> apply(edit, profile));
        } catch (UnknownEntry e) {
            return new EditAccountOwnerProfileResult.Status404(UnipileErrors.notFound(e.getMessage()));
        }
        return new EditAccountOwnerProfileResult.Status200(new ProfileEdited()._object(ProfileEdited.ObjectEnum.PROFILE_EDITED));
    }

    private AccountOwnerProfile apply(EditAccountOwnerProfileRequest edit, AccountOwnerProfile profile) {
        String account = edit.getAccountId();
        if (edit.getLocation() != null) {
            profile.setLocation(LOCATIONS.getOrDefault(edit.getLocation().getId(),
                    "LinkedIn location " + edit.getLocation().getId()));
        }
        if (edit.getHeadline() != null) {
            profile.setHeadline(edit.getHeadline());
        }
        if (edit.getSummary() != null) {
            profile.setSummary(edit.getSummary());
        }
        if (edit.getPicture() != null) {
            profile.setProfilePictureUrl(pictureUrl(account, "picture", edit.getPicture()));
        }
        if (edit.getCoverPicture() != null) {
            profile.setCoverPictureUrl(pictureUrl(account, "cover", edit.getCoverPicture()));
        }
        if (edit.getSkills() != null) {
            List<String> skills = new ArrayList<>(profile.getSkills() == null ? List.of() : profile.getSkills());
            edit.getSkills().stream().filter(skill -> !skills.contains(skill)).forEach(skills::add);
            profile.setSkills(skills);
        }
        if (edit.getExperience() != null) {
            List<ProfileExperience> experience = new ArrayList<>(orEmpty(profile.getExperience()));
            edit.getExperience().as(ExperienceAdd.class).ifPresent(add -> experience.add(added(add)));
            edit.getExperience().as(ExperienceEdit.class).ifPresent(change -> experience.replaceAll(existing ->
                    existing.getId().equals(change.getId()) ? edited(existing, change) : existing));
            edit.getExperience().as(ExperienceEdit.class).filter(change -> experience.stream()
                    .noneMatch(existing -> existing.getId().equals(change.getId()))).ifPresent(change -> {
                        throw new UnknownEntry("No experience " + change.getId());
                    });
            profile.setExperience(experience);
        }
        if (edit.getEducation() != null) {
            List<ProfileEducation> education = new ArrayList<>(orEmpty(profile.getEducation()));
            edit.getEducation().as(EducationAdd.class).ifPresent(add -> education.add(added(add)));
            edit.getEducation().as(EducationEdit.class).ifPresent(change -> {
                if (education.stream().noneMatch(existing -> existing.getId().equals(change.getId()))) {
                    throw new UnknownEntry("No education " + change.getId());
                }
                education.replaceAll(existing -> existing.getId().equals(change.getId()) ? edited(existing, change) : existing);
            });
            profile.setEducation(education);
        }
        return profile;
    }

    private ProfileExperience added(ExperienceAdd add) {
        ProfileExperience experience = new ProfileExperience().id(nextId()).role(add.getRole()).company(add.getCompany())
                .employmentType(add.getEmploymentType()).location(add.getLocation()).description(add.getDescription())
                .skills(add.getSkills());
        if (add.getPresence() != null) {
            experience.presence(ProfileExperience.PresenceEnum.fromValue(add.getPresence().value()));
        }
        if (add.getSeniority() != null) {
            experience.startDate(add.getSeniority().getStartDate()).endDate(add.getSeniority().getEndDate());
        }
        return experience;
    }

    /** Only the fields the edit gives change. */
    private static ProfileExperience edited(ProfileExperience existing, ExperienceEdit change) {
        if (change.getRole() != null) {
            existing.role(change.getRole());
        }
        if (change.getCompany() != null) {
            existing.company(change.getCompany());
        }
        if (change.getEmploymentType() != null) {
            existing.employmentType(change.getEmploymentType());
        }
        if (change.getLocation() != null) {
            existing.location(change.getLocation());
        }
        if (change.getDescription() != null) {
            existing.description(change.getDescription());
        }
        if (change.getSkills() != null) {
            existing.skills(change.getSkills());
        }
        if (change.getPresence() != null) {
            existing.presence(ProfileExperience.PresenceEnum.fromValue(change.getPresence().value()));
        }
        if (change.getSeniority() != null) {
            existing.startDate(change.getSeniority().getStartDate()).endDate(change.getSeniority().getEndDate());
        }
        return existing;
    }

    private ProfileEducation added(EducationAdd add) {
        return new ProfileEducation().id(nextId()).school(add.getSchool()).degree(add.getDegree()).grade(add.getGrade())
                .fieldOfStudy(add.getFieldOfStudy()).activities(add.getActivities()).description(add.getDescription())
                .skills(add.getSkills()).startDate(add.getStartDate()).endDate(add.getEndDate());
    }

    /** The published edit variant lists experience fields; of those, an education has a description and skills. */
    private static ProfileEducation edited(ProfileEducation existing, EducationEdit change) {
        if (change.getDescription() != null) {
            existing.description(change.getDescription());
        }
        if (change.getSkills() != null) {
            existing.skills(change.getSkills());
        }
        return existing;
    }

    private String nextId() {
        return Long.toString(ids.incrementAndGet());
    }

    private String pictureUrl(String account, String kind, FilePart picture) {
        String extension = picture.contentType().equals("image/png") ? "png" : "jpg";
        return "https://media.unipile.example/" + account + "/" + kind + "-" + nextId() + "." + extension;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static AccountOwnerProfile demoProfile() {
        return new AccountOwnerProfile()._object(AccountOwnerProfile.ObjectEnum.ACCOUNT_OWNER_PROFILE)
                .provider(AccountOwnerProfile.ProviderEnum.LINKEDIN)
                .providerId("ACoAAAcDMMQBODyLwZrRcgYhrkCafURGqva0U4E")
                .entityUrn("urn:li:fsd_profile:ACoAAAcDMMQBODyLwZrRcgYhrkCafURGqva0U4E")
                .objectUrn("urn:li:member:117650625").firstName("Julien").lastName("Crepieux")
                .publicIdentifier("julien-crepieux").publicProfileUrl("https://www.linkedin.com/in/julien-crepieux")
                .headline("Founder at Unipile").location("Paris, Île-de-France, France").email("julien@example.com")
                .premium(true).openProfile(false).occupation("Founder")
                .salesNavigator(AccountOwnerProfileSalesNavigator.of(new PremiumSeat().ownerSeatId("178912")
                        .contractId("300712")))
                .organizations(List.of(new AccountOrganization().id("12345").mailboxId("67890").name("Unipile")));
    }
}
