/**
 * The environment variables imperative's ProxySettings reads for each target protocol, in its order of precedence
 * (Zowe CLI 8.37.1): the probe names the one that chose its proxy, and last-error reads the one a logged failure used.
 */
export const PROXY_VARIABLES: Readonly<Record<"http" | "https", readonly string[]>> = {
    https: ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"],
    http: ["HTTP_PROXY", "http_proxy"]
};
