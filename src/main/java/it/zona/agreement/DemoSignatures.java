package it.zona.agreement;

import it.zona.shared.PlatformConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo's signatures of an agreement: a certification authority of its own, which Zona trusts
 * from then on (the agreement's page names it among the anchors), issues each signatory a
 * certificate, and each party's PAdES file goes through the same validation a real upload does.
 * Fictitious, and said to be so in every certificate.
 */
@Component
public class DemoSignatures {

    static final String AUTHORITY = "CN=Autorità di certificazione dimostrativa (fittizia), O=Zona demo, C=IT";

    private final AgreementRegistry agreements;
    private final TrustAnchors anchors;

    DemoSignatures(AgreementRegistry agreements, TrustAnchors anchors) {
        this.agreements = agreements;
        this.anchors = anchors;
    }

    /**
     * Signs the plan's frozen agreement for each party but {@code pending}, one every twenty minutes from nine on
     * {@code day}, each by its signatory, and uploads the files as the office would.
     */
    public void sign(long planId, Long pending, LocalDate day, Instant now) {
        Instant from = day.minusYears(1).atStartOfDay(PlatformConfig.ZONE).toInstant();
        Instant until = now.plusSeconds(5L * 365 * 86_400);
        // The CRL's address is never reached: the list is known (TrustAnchors), as a configured one is.
        CertificationAuthority authority =
                CertificationAuthority.root(AUTHORITY, from, until, "http://ca.zona-demo.invalid/ca.crl");
        anchors.add(authority.certificate(), authority.crl(now, List.of()));
        byte[] frozen = agreements.frozenDocument(planId).content();
        Instant signingTime = day.atTime(9, 0).atZone(PlatformConfig.ZONE).toInstant();
        for (AgreementView.PartyView party : agreements.get(planId).parties()) {
            if (Long.valueOf(party.id()).equals(pending)) {
                continue;
            }
            CertificationAuthority.Signer signer = authority.issue(
                    "CN=" + plain(party.signatoryName()) + ", O="
                            + plain(party.organization().name()) + " (demo), C=IT",
                    from,
                    until);
            agreements.sign(
                    planId,
                    party.id(),
                    "accordo-firmato-" + party.id() + ".pdf",
                    CertificationAuthority.pades(frozen, signer, signingTime));
            signingTime = signingTime.plusSeconds(1200);
        }
    }

    /** A name as a distinguished name's value can hold it without escaping. */
    private static String plain(String name) {
        return name.replaceAll("[,+=<>#;\"\\\\]", " ");
    }
}
