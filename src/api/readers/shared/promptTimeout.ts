/**
 * imperative's words when it prompted for a connection property that no option, variable or profile gave, and no
 * one answered (a script, CI, a pipe): `Timed out waiting for user.` (ConnectionPropsForSessCfg.getValuesBack names
 * the property as the config calls it: user, password, host, port, tokenValue, ...; imperative 4 and 5 in words: host
 * name, port number, user name). No request was sent: it is
 * neither a network nor a server timeout.
 */
export const PROMPT_TIMED_OUT = /\bTimed out waiting for ([A-Za-z]{1,32}(?: [a-z]{1,16})?)\./;
