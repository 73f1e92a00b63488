package org.contractfirst.reference.client.unipile;

import static org.contractfirst.reference.unipile.UnipileReference.DEMO_KEY;
import static org.contractfirst.reference.unipile.UnipileReference.LINKEDIN_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.contractfirst.reference.client.ReferenceServersTest;
import org.contractfirst.client.unipile.api.UsersApi;
import org.contractfirst.client.unipile.model.AccountOwnerProfile;
import org.contractfirst.client.unipile.model.Experience;
import org.contractfirst.client.unipile.model.ExperienceAdd;
import org.contractfirst.client.unipile.model.ExperienceEdit;
import org.contractfirst.client.unipile.model.LayoutPoint;
import org.contractfirst.client.unipile.model.Location;
import org.contractfirst.client.unipile.model.MonthYear;
import org.contractfirst.client.unipile.model.PictureLayout;
import org.contractfirst.client.unipile.model.PictureSettings;
import org.contractfirst.client.unipile.model.PremiumSeat;
import org.contractfirst.client.unipile.model.ProfileEdited;
import org.contractfirst.client.unipile.model.ProfileExperience;
import org.contractfirst.client.unipile.model.Seniority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both Unipile operations through the generated client: an edit in bracket notation, read back. */
class UnipileRoundTripTest extends ReferenceServersTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @TempDir
    Path folder;

    private static UsersApi users() {
        return new UsersApi(config("unipile", DEMO_KEY));
    }

    @Test
    void getAccountOwnerProfile() throws Exception {
        AccountOwnerProfile profile = users().getAccountOwnerProfile(LINKEDIN_ACCOUNT);
        assertEquals(AccountOwnerProfile.ObjectEnum.ACCOUNT_OWNER_PROFILE, profile.getObject());
        assertEquals(AccountOwnerProfile.ProviderEnum.LINKEDIN, profile.getProvider());
        assertEquals("Julien", profile.getFirstName());
        assertEquals("julien-crepieux", profile.getPublicIdentifier());
        assertNotNull(profile.getOrganizations());
        assertNull(profile.getRecruiter());
        assertEquals("178912", profile.getSalesNavigator().as(PremiumSeat.class).orElseThrow().getOwnerSeatId());
    }

    @Test
    void editAccountOwnerProfileIsReadBack() throws Exception {
        File picture = Files.write(folder.resolve("me.png"), PNG).toFile();
        ProfileEdited edited = users().editAccountOwnerProfile("LINKEDIN", LINKEDIN_ACCOUNT,
                new Location().id("105015875").postalCode("75001"), "Building APIs", "About me", picture,
                new PictureSettings().filter(PictureSettings.FilterEnum.STUDIO).layout(new PictureLayout()
                        .bottomLeft(new LayoutPoint().x(new BigDecimal("1.25")).y(new BigDecimal("0.5")))),
                null, null,
                new Experience(new ExperienceAdd().role("CTO").company("Unipile")
                        .presence(ExperienceAdd.PresenceEnum.HYBRID).skills(List.of("development", "management"))
                        .seniority(new Seniority().startDate(new MonthYear().month(BigDecimal.valueOf(3))
                                .year(BigDecimal.valueOf(2022))))),
                null, List.of("APIs"), null);
        assertEquals(ProfileEdited.ObjectEnum.PROFILE_EDITED, edited.getObject());

        AccountOwnerProfile profile = users().getAccountOwnerProfile(LINKEDIN_ACCOUNT);
        assertEquals("Building APIs", profile.getHeadline());
        assertEquals("About me", profile.getSummary());
        assertEquals("Paris, Île-de-France, France", profile.getLocation());
        assertTrue(profile.getProfilePictureUrl().endsWith(".png"));
        assertTrue(profile.getSkills().contains("APIs"));
        ProfileExperience experience = profile.getExperience().get(0);
        assertEquals("CTO", experience.getRole());
        assertEquals(ProfileExperience.PresenceEnum.HYBRID, experience.getPresence());
        assertEquals(List.of("development", "management"), experience.getSkills());
        assertEquals(2022, experience.getStartDate().getYear().intValue());

        users().editAccountOwnerProfile("LINKEDIN", LINKEDIN_ACCOUNT, null, null, null, null, null, null, null,
                new Experience(new ExperienceEdit().id(experience.getId()).role("CEO")), null, null, null);
        assertEquals("CEO", users().getAccountOwnerProfile(LINKEDIN_ACCOUNT).getExperience().get(0).getRole());
    }
}
