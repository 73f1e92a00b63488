package org.contractfirst.reference.client.unipile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.contractfirst.client.unipile.ApiException;
import org.contractfirst.reference.client.RecordingServer;
import org.contractfirst.reference.client.RecordingServer.Response;
import org.contractfirst.client.runtime.ApiResponse;
import org.contractfirst.client.runtime.ClientConfig;
import org.contractfirst.client.unipile.api.UsersApi;
import org.contractfirst.client.unipile.model.AccountOwnerProfile;
import org.contractfirst.client.unipile.model.ProfileExperience;
import org.contractfirst.client.unipile.model.TooManyRequestsResponse;
import org.junit.jupiter.api.Test;

/** A server newer than the client: values and fields the spec does not know yet do not make a call fail. */
class UnipileForwardCompatibilityTest {

    private static final String NEWER_PROFILE = """
            {"object":"AccountOwnerProfile","provider":"LINKEDIN","provider_id":"p","entity_urn":"e","object_urn":"o",
             "first_name":"Julien","last_name":"Crepieux","profile_picture_url":null,"email":"julien@example.com",
             "premium":true,"open_profile":false,"recruiter":null,"sales_navigator":null,"organizations":[],
             "pronouns":"he/him",
             "experience":[{"id":"1","role":"CTO","company":"Unipile","presence":"FLOATING","skills":[],
                            "start_date":{"month":1,"year":2021,"day":4},"team_size":12}]}
            """;

    private static UsersApi users(RecordingServer server) {
        return new UsersApi(ClientConfig.of(server.baseUri()).withCredential("unipile-demo-key"));
    }

    @Test
    void anUnknownEnumValueMapsToTheFallbackAndStaysReadableRaw() throws Exception {
        try (RecordingServer server = new RecordingServer(Response.json(200, NEWER_PROFILE))) {
            ApiResponse<AccountOwnerProfile> response = users(server).getAccountOwnerProfileWithResponse("acc_linkedin_demo");

            ProfileExperience experience = response.body().getExperience().get(0);
            assertEquals("CTO", experience.getRole());
            assertEquals(ProfileExperience.PresenceEnum.UNKNOWN_DEFAULT_OPEN_API, experience.getPresence());
            assertEquals(2021, experience.getStartDate().getYear().intValue());
            assertTrue(response.rawBodyText().contains("\"presence\":\"FLOATING\""));
            assertTrue(response.rawBodyText().contains("\"pronouns\":\"he/him\""));
        }
    }

    @Test
    void anErrorOfAnUnknownTypeIsStillTheTypedException() {
        String newerProblem = "{\"title\":\"TooManyRequests\",\"type\":\"errors/quota_exhausted\",\"status\":429,\"retry_in\":60}";
        try (RecordingServer server = new RecordingServer(Response.json(429, newerProblem))) {
            ApiException e = assertThrows(ApiException.class, () -> users(server).getAccountOwnerProfile("acc_linkedin_demo"));
            TooManyRequestsResponse body = e.errorBody(TooManyRequestsResponse.class);
            assertEquals(TooManyRequestsResponse.TypeEnum.UNKNOWN_DEFAULT_OPEN_API, body.getType());
            assertTrue(e.rawBodyText().contains("errors/quota_exhausted"));
        }
    }
}
