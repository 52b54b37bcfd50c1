import { X509Certificate } from "crypto";
import * as fs from "fs";
import type { IDoctorCheck } from "../doc/IDoctor";
import { DOCS } from "../docLinks";
import { unsetVariableCommand } from "../shellCommands";

/** The CA bundles Node.js reads are a few KB; a file larger than this is not one. */
const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;
/** A site's own bundle holds a few certificates; an expired one among them is worth a warning, unlike in a system bundle of hundreds. */
const SITE_BUNDLE_MAX = 5;
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** NODE_EXTRA_CA_CERTS names a readable PEM bundle of certificates that have not expired. */
export const extraCaCertsCheck: IDoctorCheck = {
    id: "extra-ca-certs",
    title: "NODE_EXTRA_CA_CERTS can be used",
    docs: DOCS.extraCaCerts,
    run(facts) {
        const file = facts.env.NODE_EXTRA_CA_CERTS;
        if (file == null || file.trim() === "") {
            return { state: "skip", finding: "NODE_EXTRA_CA_CERTS is not set: Node.js trusts its own CA list only." };
        }
        const unset = unsetVariableCommand(facts.platform, "NODE_EXTRA_CA_CERTS");
        let text: string;
        try {
            if (fs.statSync(file).size > MAX_BUNDLE_BYTES) {
                return { state: "fail", finding: `NODE_EXTRA_CA_CERTS names ${file}, which is larger than a CA bundle (over 16 MB).`,
                    fix: "Point NODE_EXTRA_CA_CERTS at your site's CA certificates in PEM form." };
            }
            text = fs.readFileSync(file, "utf8");
        } catch (error) {
            const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
            return {
                state: "fail",
                finding: `NODE_EXTRA_CA_CERTS names ${file}, which ${missing ? "does not exist" : "cannot be read"}: Node.js ignores it, so ` +
                    `hosts whose ` +
                    "certificates your site's CA signed are not trusted.",
                fix: `Point NODE_EXTRA_CA_CERTS at your site's CA bundle in PEM form (or ${unset}).`
            };
        }
        const blocks = text.match(PEM_BLOCK) ?? [];
        const certificates = blocks.flatMap((block) => {
            try {
                return [new X509Certificate(block)];
            } catch {
                return [];
            }
        });
        if (certificates.length === 0) {
            return { state: "fail",
                finding: `NODE_EXTRA_CA_CERTS names ${file}, which holds no PEM certificate (-----BEGIN CERTIFICATE-----): Node.js ignores it.`,
                fix: "Convert the certificate to PEM (openssl x509 -inform der -in site-ca.cer -out site-ca.pem) and point " +
                    "NODE_EXTRA_CA_CERTS at the PEM file." };
        }
        const now = Date.now();
        const expired = certificates.filter((certificate) => Date.parse(certificate.validTo) < now);
        const subjects = (list: X509Certificate[]): string => list.map((certificate) =>
            `${certificate.subject.replace(/\n/g, ", ")} (until ${certificate.validTo})`).join("; ");
        if (expired.length > 0 && (expired.length === certificates.length || certificates.length <= SITE_BUNDLE_MAX)) {
            return {
                state: expired.length === certificates.length ? "fail" : "warn",
                finding: `${file}: ${expired.length} of ${certificates.length} certificate(s) expired: ${subjects(expired)}.`,
                fix: "Replace the expired CA certificates with their renewed ones from your site's security team."
            };
        }
        if (expired.length > 0) {
            return { state: "ok", finding: `${file}: ${certificates.length} certificates, ${expired.length} of them expired and ignored ` +
                "(a system bundle usually holds a few); the others are trusted." };
        }
        return { state: "ok", finding: `${file}: ${certificates.length} certificate(s), none expired.` };
    }
};
