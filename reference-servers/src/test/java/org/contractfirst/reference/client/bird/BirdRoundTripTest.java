package org.contractfirst.reference.client.bird;

import static org.contractfirst.reference.bird.BirdReference.DEMO_TOKEN;
import static org.contractfirst.reference.bird.BirdReference.DELETABLE_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.contractfirst.client.bird.ApiException;
import org.contractfirst.reference.client.ReferenceServersTest;
import org.contractfirst.client.bird.api.CurrentUserApi;
import org.contractfirst.client.bird.model.Error;
import org.contractfirst.client.bird.model.UpdateProfileRequest;
import org.contractfirst.client.bird.model.User;
import org.contractfirst.client.runtime.ApiResponse;
import org.junit.jupiter.api.Test;

/** The three Bird operations through the generated client, and its documented errors (415 cannot be provoked: the client always sends JSON). */
class BirdRoundTripTest extends ReferenceServersTest {

    private static CurrentUserApi me(String token) {
        return new CurrentUserApi(config("bird", token));
    }

    @Test
    void getProfile() throws Exception {
        User user = me(DEMO_TOKEN).getProfile();
        assertEquals(User.StatusEnum.ACTIVE, user.getStatus());
        assertEquals(0, user.getPhoneNumbers().size());
        assertTrue(user.getCreatedAt().isBefore(user.getUpdatedAt()));
        assertTrue(user.getEmails().get(0).getVerified());
    }

    @Test
    void updateProfileChangesOnlyTheFieldsGiven() throws Exception {
        String bio = me(DEMO_TOKEN).getProfile().getBio();
        User updated = me(DEMO_TOKEN).updateProfile(new UpdateProfileRequest().name("Ada King").locale("en-US"));
        assertEquals("Ada King", updated.getName());
        assertEquals("en-US", updated.getLocale());
        assertEquals(bio, updated.getBio());
        assertEquals("Ada King", me(DEMO_TOKEN).getProfile().getName());
    }

    @Test
    void aFieldBreakingItsConstraintIs422WithTheRejectedField() {
        ApiException e = assertThrows(ApiException.class,
                () -> me(DEMO_TOKEN).updateProfile(new UpdateProfileRequest().name("")));
        assertEquals(422, e.status());
        Error error = e.errorBody(Error.class);
        assertEquals("validation_failed", error.getCode());
        assertTrue(e.rawBodyText().contains("\"details\""), e.rawBodyText());
    }

    @Test
    void aBodyOver64KibIs413() {
        ApiException e = assertThrows(ApiException.class,
                () -> me(DEMO_TOKEN).updateProfile(new UpdateProfileRequest().bio("x".repeat(70_000))));
        assertEquals(413, e.status());
        assertNotNull(e.errorBody(Error.class).getCode());
    }

    @Test
    void deleteProfileAnswers202AndTheTokenStopsWorking() throws Exception {
        ApiResponse<Void> deleted = me(DELETABLE_TOKEN).deleteProfileWithResponse();
        assertEquals(202, deleted.status());
        ApiException e = assertThrows(ApiException.class, () -> me(DELETABLE_TOKEN).getProfile());
        assertEquals(401, e.status());
        assertNotNull(e.errorBody(Error.class).getMessage());
    }
}
