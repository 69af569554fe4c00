package com.brokerage.passwordcenter.notification;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.brokerage.passwordcenter.demo.DemoProfile;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The demo mail sink: an embedded GreenMail SMTP server on the port Spring Mail sends to
 * ({@code spring.mail.port}), loopback only; {@code /dev/mailbox} shows what arrived.
 * Only the newest {@value #KEEP} mails are kept, so a long-running demo (or the
 * benchmark's 100,000 applications) does not fill the heap. Demo profile only.
 */
@Component
@Profile(DemoProfile.NAME)
class DevMailSink implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DevMailSink.class);

	static final int KEEP = 500;

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

	private final GreenMail greenMail;

	DevMailSink(@Value("${spring.mail.port:2525}") int port) {
		this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	@Override
	public void start() {
		this.greenMail.start();
		log.info("Demo mail sink listening on 127.0.0.1:{} (SMTP); read it at /dev/mailbox",
				this.greenMail.getSmtp().getPort());
	}

	@Override
	public void stop() {
		this.greenMail.stop();
	}

	@Override
	public boolean isRunning() {
		return this.greenMail.isRunning();
	}

	/** Before the web server and the job executor start, after they stop. */
	@Override
	public int getPhase() {
		return 0;
	}

	/** Forgets all but the newest {@value #KEEP} mails, across every recipient. */
	@Scheduled(fixedDelay = 10_000)
	void forgetOldMail() throws FolderException {
		List<Kept> kept = new ArrayList<>();
		for (MailFolder folder : this.greenMail.getManagers().getImapHostManager().getStore().listMailboxes("*")) {
			for (StoredMessage message : folder.getMessages()) {
				kept.add(new Kept(folder, message));
			}
		}
		if (kept.size() <= KEEP) {
			return;
		}
		kept.sort(Comparator.comparing((Kept k) -> k.message().getReceivedDate()).reversed());
		Set<MailFolder> touched = new HashSet<>();
		for (Kept old : kept.subList(KEEP, kept.size())) {
			old.message().setFlag(Flags.Flag.DELETED, true);
			touched.add(old.folder());
		}
		for (MailFolder folder : touched) {
			folder.expunge();
		}
	}

	private record Kept(MailFolder folder, StoredMessage message) {
	}

	/**
	 * The newest mail as sent (MIME source), e.g. for {@code openssl smime -verify}.
	 */
	java.util.Optional<byte[]> newestSource() throws IOException, MessagingException {
		MimeMessage[] received = this.greenMail.getReceivedMessages();
		if (received.length == 0) {
			return java.util.Optional.empty();
		}
		java.io.ByteArrayOutputStream source = new java.io.ByteArrayOutputStream();
		received[received.length - 1].writeTo(source);
		return java.util.Optional.of(source.toByteArray());
	}

	/** Newest first. */
	List<ReceivedMail> messages() {
		List<ReceivedMail> mails = new ArrayList<>();
		for (MimeMessage message : this.greenMail.getReceivedMessages()) {
			mails.add(read(message));
		}
		Collections.reverse(mails);
		return mails;
	}

	static ReceivedMail read(MimeMessage message) {
		try {
			String text = SignedMail.plainText(message);
			return new ReceivedMail(
					String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
					message.getSubject(), (message.getSentDate() != null) ? message.getSentDate().toInstant() : null,
					SignedMail.verifiedSigner(message)
						.map(X509Certificate::getSubjectX500Principal)
						.map(Object::toString)
						.orElse(null),
					text, links(text));
		}
		catch (MessagingException | IOException ex) {
			return new ReceivedMail(null, "(unreadable: " + ex.getClass().getSimpleName() + ")", null, null, "",
					List.of());
		}
	}

	private static List<String> links(String text) {
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			links.add(matcher.group());
		}
		return links;
	}

	/**
	 * One received mail as the demo pages show it.
	 *
	 * @param signedBy the subject of the certificate whose S/MIME signature verifies, or
	 * {@code null}
	 * @param text the plain-text part
	 */
	record ReceivedMail(String to, String subject, Instant sentAt, String signedBy, String text, List<String> links) {

		/** The text cut into plain runs and links, for a page that escapes every run. */
		public List<Segment> segments() {
			List<Segment> segments = new ArrayList<>();
			Matcher matcher = LINK.matcher(this.text);
			int at = 0;
			while (matcher.find()) {
				segments.add(new Segment(this.text.substring(at, matcher.start()), null));
				segments.add(new Segment(matcher.group(), matcher.group()));
				at = matcher.end();
			}
			segments.add(new Segment(this.text.substring(at), null));
			return segments;
		}

	}

	record Segment(String text, String href) {
	}

}
