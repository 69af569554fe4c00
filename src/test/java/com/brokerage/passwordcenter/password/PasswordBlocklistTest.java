package com.brokerage.passwordcenter.password;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.customer.Customer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordBlocklistTest {

	private final PasswordBlocklist blocklist = new PasswordBlocklist("KGI Securities");

	private final Customer customer = new Customer("A123456789", LocalDate.of(1980, 1, 1), "陳大文", "0912345678", null,
			Instant.EPOCH);

	@Test
	@DisplayName("R-PWD-6: the shipped list holds only what R-PWD-1 admits, lower-cased, and is read whole")
	void shippedList() throws IOException {
		List<String> entries;
		try (InputStream in = PasswordBlocklist.class.getResourceAsStream(PasswordBlocklist.LIST)) {
			entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		assertThat(entries).hasSizeGreaterThan(5000).allMatch((entry) -> entry.matches("[a-z0-9]{7,10}"));
		assertThat(this.blocklist.size()).isEqualTo(entries.size());
		for (String entry : entries) {
			assertThat(PasswordPolicy.checkWebPassword(entry)).as(entry).isEmpty();
		}
	}

	@Test
	@DisplayName("R-PWD-6: a common password is refused whole and in any case; one that only contains it is not")
	void commonPasswords() {
		for (String common : List.of("password", "Password1", "PASSWORD1", "qwerty123", "1234567", "iloveyou")) {
			assertThat(this.blocklist.check(common, this.customer)).as(common).contains(ErrorCode.PASSWORD_TOO_COMMON);
		}
		for (String fine : List.of("Fresh1234", "Ab12cde", "Xq7pWm2z", "password9z")) {
			assertThat(this.blocklist.check(fine, this.customer)).as(fine).isEmpty();
		}
	}

	@Test
	@DisplayName("R-PWD-6: context words are refused wherever they stand, in any case: the ID, its digits, the birth date in every listed form, the company's romanised name")
	void contextWords() {
		for (String context : List.of("A123456789", "a123456789", "x123456789", "Ab19800101", "01011980x", "x01011980",
				"ab800101c", "0690101ab", "abc690101", "Kgi2024ab", "myKGI777", "Securities")) {
			assertThat(this.blocklist.check(context, this.customer)).as(context)
				.contains(ErrorCode.PASSWORD_TOO_COMMON);
		}
		for (String fine : List.of("Ab19800102", "12345678z", "kg1secure", "Ab0202xyz")) {
			assertThat(this.blocklist.check(fine, this.customer)).as(fine).isEmpty();
		}
		Customer company = new Customer("12345670", LocalDate.of(2005, 3, 1), "範例科技股份有限公司", null, null, Instant.EPOCH);
		assertThat(this.blocklist.check("x12345670", company)).contains(ErrorCode.PASSWORD_TOO_COMMON);
		assertThat(this.blocklist.check("0940301ab", company)).contains(ErrorCode.PASSWORD_TOO_COMMON);
	}

	@Test
	@DisplayName("R-PWD-6, R-OPS-2: the initial password of a reissue is drawn again until R-PWD-6 allows it")
	void generatorNeverHandsOutARefusedPassword() {
		// the first draw spells a context word (the company's "kgi"), the second does not
		InitialPasswordGenerator generator = new InitialPasswordGenerator(this.blocklist,
				scripted("kgiABCDE23", "Xy3Zq7Wm9P"));
		assertThat(this.blocklist.refuses("kgiABCDE23", this.customer)).isTrue();
		assertThat(generator.generate(this.customer)).isEqualTo("Xy3Zq7Wm9P");
	}

	/** Randomness that spells these passwords, one character per draw. */
	private static Random scripted(String... passwords) {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ" + "23456789";
		Deque<Integer> draws = new ArrayDeque<>();
		for (String password : passwords) {
			password.chars().forEach((c) -> draws.add(alphabet.indexOf(c)));
		}
		return new Random() {

			@Override
			public int nextInt(int bound) {
				return draws.removeFirst();
			}

		};
	}

}
