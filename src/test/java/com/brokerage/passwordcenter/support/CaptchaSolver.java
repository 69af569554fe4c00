package com.brokerage.passwordcenter.support;

import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.altcha.altcha.Altcha;

/**
 * Does what the ALTCHA widget does in the browser: solves the proof of work and builds
 * the payload.
 */
public final class CaptchaSolver {

	private static final ObjectMapper JSON = new ObjectMapper();

	private CaptchaSolver() {
	}

	public static String solve(String challengeJson) {
		try {
			JsonNode challenge = JSON.readTree(challengeJson);
			Altcha.Solution solution = Altcha.solveChallenge(challenge.get("challenge").asText(),
					challenge.get("salt").asText(), Altcha.Algorithm.SHA256, challenge.get("maxnumber").asLong(), 0);
			ObjectNode payload = JSON.createObjectNode();
			payload.put("algorithm", challenge.get("algorithm").asText());
			payload.put("challenge", challenge.get("challenge").asText());
			payload.put("number", solution.number);
			payload.put("salt", challenge.get("salt").asText());
			payload.put("signature", challenge.get("signature").asText());
			return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(payload));
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not solve the captcha", ex);
		}
	}

}
