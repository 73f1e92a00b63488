package org.contractfirst.reference.client.zitadel;

import static org.contractfirst.reference.zitadel.ZitadelReference.DEMO_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.contractfirst.client.zitadel.ApiException;
import org.contractfirst.reference.client.ReferenceServersTest;
import org.contractfirst.client.zitadel.api.UserProfileApi;
import org.contractfirst.client.zitadel.model.Gender;
import org.contractfirst.client.zitadel.model.Profile;
import org.contractfirst.client.zitadel.model.RpcStatus;
import org.contractfirst.client.zitadel.model.UpdateMyProfileRequest;
import org.contractfirst.client.zitadel.model.UpdateMyProfileResponse;
import org.junit.jupiter.api.Test;

/** Both ZITADEL operations through the generated client, and its documented errors as RpcStatus. */
class ZitadelRoundTripTest extends ReferenceServersTest {

    private static UserProfileApi profiles(String token) {
        return new UserProfileApi(config("zitadel", token));
    }

    private static UpdateMyProfileRequest daisy() {
        return new UpdateMyProfileRequest().firstName("Daisy").lastName("Duck").nickName("Dee")
                .displayName("Daisy Duck").preferredLanguage("de").gender(Gender.GENDER_DIVERSE);
    }

    @Test
    void getMyProfile() throws Exception {
        Profile profile = profiles(DEMO_TOKEN).getMyProfile().getProfile();
        assertNotNull(profile.getFirstName());
        assertNotNull(profile.getGender());
    }

    @Test
    void updateMyProfileReplacesAllSixFieldsAndNothingChangedIsCode9() throws Exception {
        UpdateMyProfileResponse updated = profiles(DEMO_TOKEN).updateMyProfile(daisy());
        assertNotNull(updated.getDetails().getChangeDate());
        Profile profile = profiles(DEMO_TOKEN).getMyProfile().getProfile();
        assertEquals("Daisy Duck", profile.getDisplayName());
        assertEquals(Gender.GENDER_DIVERSE, profile.getGender());

        ApiException e = assertThrows(ApiException.class, () -> profiles(DEMO_TOKEN).updateMyProfile(daisy()));
        assertEquals(400, e.status());
        RpcStatus status = e.errorBody(RpcStatus.class);
        assertEquals(9, status.getCode());
        assertEquals("COMMAND-2M0fs", status.getDetails().get(0).getAdditionalProperty("id"));
    }

    @Test
    void aFieldBreakingItsConstraintIsInvalidArgument() {
        ApiException e = assertThrows(ApiException.class,
                () -> profiles(DEMO_TOKEN).updateMyProfile(daisy().firstName("")));
        assertEquals(3, e.errorBody(RpcStatus.class).getCode());
    }

    @Test
    void anUnknownTokenIs401() {
        ApiException e = assertThrows(ApiException.class, () -> profiles("wrong").getMyProfile());
        assertEquals(401, e.status());
        assertEquals(16, e.errorBody(RpcStatus.class).getCode());
    }

    @Test
    void theDefaultResponseIsParsedForAnUndocumentedStatus() {
        ApiException e = assertThrows(ApiException.class, () -> profiles("zitadel-sandbox-503").getMyProfile());
        assertEquals(503, e.status());
        assertEquals(14, e.errorBody(RpcStatus.class).getCode());
    }
}
