export const id = 702;
export const ids = [702];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/**
 * Octokit with retries for 5xx and GitHub's rate-limit handling. The base URL comes from
 * GITHUB_API_URL (GitHub Enterprise, or a loopback server in tests). Each reporting call
 * catches its own failures, so an API outage costs a comment, never the verdict. Loaded only
 * when something is written through the API: Octokit and its REST endpoint table are a large
 * part of the action's start-up.
 */
function createGitHubClient(token, log) {
    // Wait once for a limit that lifts within a minute; otherwise give up on that request.
    const retryOnce = (limit) => (retryAfter, options, _client, retryCount) => {
        log.warning(`GitHub API ${limit} on ${options.method} ${options.url}; retry after ${retryAfter} s`);
        return retryCount < 1 && retryAfter <= 60;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
        // Two retries (1 s, then 4 s): long enough for a blip, short enough not to hold a job hostage.
        retry: { retries: 2 },
        throttle: {
            onRateLimit: retryOnce('rate limit'),
            onSecondaryRateLimit: retryOnce('secondary rate limit'),
        },
        // Octokit's own chatter goes to the log, not to warning annotations.
        log: {
            debug: () => undefined,
            info: () => undefined,
            warn: (message) => log.info(message),
            error: (message) => log.info(message),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ })

};
