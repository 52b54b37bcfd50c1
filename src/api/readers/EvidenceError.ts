import { UserInputError } from "../UserInputError";

/** Why evidence could not be read; the message is one line a user can act on, and never quotes the evidence. */
export class EvidenceError extends UserInputError {}
