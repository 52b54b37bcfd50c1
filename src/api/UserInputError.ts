/**
 * An error in what the user gave (a status query, an evidence file), as opposed to a fault of the plug-in. Its
 * message is one line that says what is accepted, with an example; commands print it without a stack trace.
 */
export class UserInputError extends Error {
    constructor(message: string) {
        super(message);
        this.name = new.target.name;
    }
}
