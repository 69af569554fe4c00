import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Solves an ALTCHA challenge the way the browser widget does, for scripts and curl walk-throughs.
 * Usage: java docs/scripts/SolveAltcha.java '<JSON of GET /api/v1/captcha>'  → prints the "altcha" payload.
 */
public class SolveAltcha {

	public static void main(String[] args) throws Exception {
		String json = args.length > 0 ? args[0] : new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
		String challenge = field(json, "challenge");
		String salt = field(json, "salt");
		String signature = field(json, "signature");
		long max = Long.parseLong(number(json, "maxnumber"));
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		for (long n = 0; n <= max; n++) {
			String hash = HexFormat.of().formatHex(sha256.digest((salt + n).getBytes(StandardCharsets.UTF_8)));
			if (hash.equals(challenge)) {
				String payload = "{\"algorithm\":\"SHA-256\",\"challenge\":\"" + challenge + "\",\"number\":" + n
						+ ",\"salt\":\"" + salt + "\",\"signature\":\"" + signature + "\"}";
				System.out.println(Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8)));
				return;
			}
		}
		System.err.println("no solution up to " + max);
		System.exit(1);
	}

	private static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		if (!m.find()) {
			throw new IllegalArgumentException("no " + name + " in " + json);
		}
		return m.group(1);
	}

	private static String number(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
		if (!m.find()) {
			throw new IllegalArgumentException("no " + name + " in " + json);
		}
		return m.group(1);
	}

}
