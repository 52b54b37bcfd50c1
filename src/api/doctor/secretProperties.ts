import { Redactor } from "../redaction/Redactor";

/** User IDs are kept in the vault by default but are not secrets: a user ID in plain text is no finding. */
const NOT_SECRET = new Set(["user", "u"]);

let redactor: Redactor | undefined;

/**
 * Whether a profile property holds a secret (password, tokenValue, certKeyPassphrase ...), by the names the Redactor
 * masks (imperative's Censor lists and ours), user IDs excepted.
 * @param name - the property's name
 */
export function isSecretProperty(name: string): boolean {
    redactor ??= new Redactor();
    return !NOT_SECRET.has(name.toLowerCase()) && redactor.isSecretName(name);
}
