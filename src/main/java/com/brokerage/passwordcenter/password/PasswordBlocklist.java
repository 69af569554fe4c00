package com.brokerage.passwordcenter.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.brokerage.passwordcenter.common.ErrorCode;
import com.brokerage.passwordcenter.common.PasswordCenterProperties;
import com.brokerage.passwordcenter.customer.Customer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * R-PWD-6 (NIST SP 800-63B-4, 3.1.1.2): a new web password is refused when it is a common
 * password — one of {@code password/common-passwords.txt} (SecLists' 10-million-password
 * top 10,000, MIT; the entries R-PWD-1 admits, lower-cased; see the README beside it),
 * compared case-insensitively and whole — or when it contains, in any case, a word of the
 * customer's context: the ID (and a national ID's nine digits), the birth date as
 * YYYYMMDD, DDMMYYYY, MMDDYYYY, YYMMDD or in the ROC calendar (YYYMMDD, YYMMDD), or a
 * word of the company's romanised name ({@code password-center.branding.company-name-en},
 * words of three letters or more). The list is read once into a set.
 */
@Component
public class PasswordBlocklist {

	static final String LIST = "/password/common-passwords.txt";

	private static final int MIN_COMPANY_WORD = 3;

	private final Set<String> common;

	private final List<String> companyWords;

	@Autowired
	PasswordBlocklist(PasswordCenterProperties properties) {
		this(properties.branding().companyNameEn());
	}

	PasswordBlocklist(String companyNameEn) {
		this.common = load();
		this.companyWords = companyWords(companyNameEn);
	}

	/** R-PWD-6: {@code PASSWORD_TOO_COMMON} when refused. */
	public Optional<ErrorCode> check(String password, Customer customer) {
		return refuses(password, customer) ? Optional.of(ErrorCode.PASSWORD_TOO_COMMON) : Optional.empty();
	}

	public boolean refuses(String password, Customer customer) {
		if (password == null) {
			return false;
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			return true;
		}
		return contextWords(customer).stream().anyMatch(lower::contains);
	}

	/** How many common passwords the shipped list holds. */
	public int size() {
		return this.common.size();
	}

	private List<String> contextWords(Customer customer) {
		List<String> words = new ArrayList<>(this.companyWords);
		String id = customer.getCustomerId().toLowerCase(Locale.ROOT);
		words.add(id);
		if (Character.isLetter(id.charAt(0))) {
			words.add(id.substring(1));
		}
		LocalDate birth = customer.getBirthDate();
		if (birth != null) {
			for (String pattern : List.of("yyyyMMdd", "ddMMyyyy", "MMddyyyy", "yyMMdd")) {
				words.add(birth.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT)));
			}
			int roc = birth.getYear() - 1911;
			if (roc > 0) {
				String monthDay = birth.format(DateTimeFormatter.ofPattern("MMdd", Locale.ROOT));
				words.add(String.format(Locale.ROOT, "%03d", roc) + monthDay);
				words.add(roc + monthDay);
			}
		}
		return words;
	}

	private static List<String> companyWords(String companyNameEn) {
		List<String> words = new ArrayList<>();
		if (companyNameEn == null) {
			return words;
		}
		for (String word : companyNameEn.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
			if (word.length() >= MIN_COMPANY_WORD) {
				words.add(word);
			}
		}
		return words;
	}

	private static Set<String> load() {
		Set<String> entries = new HashSet<>();
		try (InputStream in = PasswordBlocklist.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException(LIST + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					entries.add(entry.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(entries);
	}

}
