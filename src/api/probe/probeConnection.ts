import type { AbstractSession } from "@zowe/imperative";
import type { IDiagnosis, IFailedCall } from "../failure/doc/IFailedCall";
import type { IProbeDirectPath, IProbeResult, IProbeStep, IProbeTarget } from "./doc/IProbeResult";
import type { IProfileFacts } from "../profiles/doc/IProfileFacts";
import type { ILoadedSiteEntry } from "../site/doc/ISiteKnowledge";
import { type ILayerAdvice, type IPathState, type IProbeContext, elapsed, firstHop } from "./probeContext";
import { PROBE_LAYERS, PROBE_PATHS } from "./layers";
import { authKindOf } from "./layers/auth";
import { proxyRouteOf } from "./proxyRoute";
import { phaseTimings, slowPhase } from "./phaseTimings";
import { diagnose } from "../diagnose/diagnose";
import { commandForProfile } from "../diagnose/commandsForProfile";
import { matchFailingProfile } from "../profiles/readProfileFacts";
import { EXIT_CODES, exitCodeOf } from "../knowledge/exitCodes";
import { SERVICE_LABELS } from "../knowledge/serviceLabels";
import type { ServiceKind } from "../failure/doc/IFailedCall";
import { Redactor } from "../redaction/Redactor";

/** Options of `probeConnection`. */
export interface IProbeOptions {
    /** The resource to try (default `/zosmf/info`); behind an API ML base path it goes through the gateway. */
    path?: string;
    /** The most any one layer may take, in seconds (default 10). */
    timeoutSeconds?: number;
    /** When a proxy is used: also try the direct path afterwards (dns, tcp, tls, http; no credentials). */
    direct?: boolean;
    /** Site knowledge (loadSiteKnowledge), matched against the failure: `diagnosis.site`. */
    site?: ILoadedSiteEntry[];
    /**
     * The profiles of the team configuration (readProfileFacts), or how to read them (then read only when a layer
     * failed): the one that supplies the target's host and port names the next commands, and vault advice is left
     * out when its password is in plain text.
     */
    profiles?: readonly IProfileFacts[] | (() => Promise<readonly IProfileFacts[]>);
    /** The clock the date checks use (certificate validity, token expiry); now by default. */
    now?: () => Date;
}

/** A diagnosis leads with at most this many next commands. */
const MAX_COMMANDS = 4;
/** The command a probe that already went direct does not offer again. */
const DIRECT_COMMAND = /^zowe http-status probe\b.*--direct\b/;

/**
 * Whether a knowledge command is the layer's own one: the same, or the same with a placeholder the layer filled in
 * (`… host <name-on-certificate>` and `… host lpar1.example.com`).
 */
function sameCommand(own: string, knowledge: string): boolean {
    const placeholder = knowledge.indexOf("<");
    return own === knowledge || (placeholder > 0 && own.startsWith(knowledge.slice(0, placeholder)));
}

/** The steps of one path, the failure that stopped it, and the failed layer's own advice. */
interface IPathOutcome {
    steps: IProbeStep[];
    failure?: IFailedCall;
    advice?: ILayerAdvice;
}

/**
 * Walk one path layer by layer (PROBE_PATHS) and stop at the first that fails: dns and tcp to the proxy (or the
 * target), the proxy layer when there is a proxy, tls to the target (through the tunnel), http, and auth when `withAuth`.
 */
async function walkPath(context: IProbeContext, withAuth: boolean): Promise<IPathOutcome> {
    const state: IPathState = { address: firstHop(context).host };
    const steps: IProbeStep[] = [];
    try {
        for (const name of PROBE_PATHS[context.route == null ? "direct" : "proxied"]) {
            const layer = PROBE_LAYERS[name];
            if (!layer.applies(context, withAuth)) {
                continue;
            }
            const outcome = await layer.run(context, state);
            steps.push(outcome.step);
            if (outcome.failure != null) {
                return { steps, failure: outcome.failure, advice: outcome.advice };
            }
        }
        return { steps };
    } finally {
        state.tunnel?.destroy();
    }
}

/** Who answered the http layer, for the words of a slow phase. */
function answeredBy(steps: readonly IProbeStep[]): string {
    const service = steps.find((step) => step.name === "http")?.detail.service as ServiceKind | undefined;
    return service == null || service === "unknown" ? "The server" : SERVICE_LABELS[service];
}

/**
 * Try the connection a Zowe session describes, one layer at a time, on the path Zowe takes: through the proxy that
 * imperative's ProxySettings picks for the session (dns and tcp to the proxy, CONNECT or the plain-proxy form, tls to
 * the target through the tunnel), or direct. Then an unauthenticated http request and one authenticated request. It
 * stops at the first layer that fails and diagnoses that failure, with the layer's own findings first (the
 * certificate check that failed and its fix; a token that expired).
 *
 * Lock-out safe: it sends at most one request with credentials, none when an earlier layer already shows the target
 * is wrong, and none with a token that has expired by its own claim (with `direct`, the direct path sends none).
 * Every layer is bounded by `timeoutSeconds`.
 * @param session - the session built from the command's options, profiles and team config
 * @param options - the resource, the time limit per layer, whether to try the direct path too, site and profiles
 * @returns the steps, the proxy, the timings, the exit code, and on failure the failed call and its diagnosis
 */
export async function probeConnection(session: AbstractSession, options: IProbeOptions = {}): Promise<IProbeResult> {
    const started = process.hrtime.bigint();
    const cfg = session.ISession;
    const protocol = cfg.protocol === "http" ? "http" : "https";
    const path = options.path == null || options.path.length === 0 ? "/zosmf/info" : options.path.startsWith("/") ? options.path : `/${options.path}`;
    const defaultPort = protocol === "https" ? 443 : 80;
    const target: IProbeTarget = { protocol, host: cfg.hostname ?? "", port: cfg.port ?? defaultPort, basePath: cfg.basePath ?? "", path };
    const route = await proxyRouteOf(cfg);
    const context: IProbeContext = {
        target, session, timeoutMs: Math.round((options.timeoutSeconds ?? 10) * 1000),
        rejectUnauthorized: cfg.rejectUnauthorized !== false, authKind: authKindOf(session), now: options.now ?? (() => new Date()),
        ...(route == null || route.report.bypassed ? {} : { route })
    };
    const walked = await walkPath(context, true);
    const directPath = options.direct === true && context.route != null ? await walkPath({ ...context, route: undefined }, false) : undefined;
    // What the probe saw is masked; the diagnosis is then built from the masked failure, so that the plug-in's own
    // advice passes unchanged. `auth` is the plug-in's reading (a kind and a flag), kept as it is.
    const failedAny = walked.failure != null || directPath?.failure != null;
    const profiles = !failedAny || options.profiles == null ? undefined : typeof options.profiles === "function" ? await options.profiles() :
        options.profiles;
    const redactor = new Redactor([cfg.password, cfg.tokenValue, ...(route?.secrets ?? [])].filter((value): value is string => value != null));
    const diagnosed = (outcome: IPathOutcome & { failure: IFailedCall }): { failure: IFailedCall; diagnosis: IDiagnosis } => {
        const masked: IFailedCall = { ...redactor.value(outcome.failure), auth: { ...outcome.failure.auth } };
        const profile = profiles == null ? undefined : matchFailingProfile(masked, profiles);
        const diagnosis = diagnose(masked, { site: options.site, profile });
        const advice = outcome.advice == null ? undefined : redactor.value(outcome.advice);
        const own = (advice?.commands ?? []).map((next) => profile == null ? next : commandForProfile(next, profile));
        return {
            failure: masked,
            diagnosis: {
                ...diagnosis,
                nextSteps: [...advice?.steps ?? [], ...diagnosis.nextSteps],
                nextCommands: [...own, ...diagnosis.nextCommands.filter((next) => !own.some((mine) => sameCommand(mine.command, next.command)))]
                    .filter((next) => options.direct !== true || !DIRECT_COMMAND.test(next.command)).slice(0, MAX_COMMANDS)
            }
        };
    };
    const direct: IProbeDirectPath | undefined = directPath == null ? undefined :
        {
            ok: directPath.failure == null, ...redactor.value({ steps: directPath.steps }),
            ...(directPath.failure == null ? {} : diagnosed({ ...directPath, failure: directPath.failure }))
        };
    const failed = walked.failure == null ? undefined : diagnosed({ ...walked, failure: walked.failure });
    const timings = phaseTimings(walked.steps, elapsed(started));
    const slow = slowPhase(timings, answeredBy(walked.steps));
    return {
        ok: failed == null,
        ...redactor.value({ target, steps: walked.steps }),
        ...(route == null ? {} : { proxy: route.report }),
        ...(failed ?? {}),
        ...(direct == null ? {} : { direct }),
        timings,
        ...(slow == null ? {} : { slow }),
        exitCode: failed == null ? EXIT_CODES.ok : exitCodeOf(failed.diagnosis.verdict)
    };
}
