export const id = 977;
export const ids = [977];
export const modules = {

/***/ 9977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ useRealHttpClient),
/* harmony export */   Q: () => (/* binding */ HttpClient)
/* harmony export */ });
let real;
/** Called by the GitHub chunk, which carries the real client (and undici) with it. */
function useRealHttpClient(module) {
    real = module;
}
class HttpClient {
    args;
    constructor(...args) {
        this.args = args;
    }
    async getJson(url, headers) {
        real ??= await __webpack_require__.e(/* import() */ 942).then(__webpack_require__.bind(__webpack_require__, 4942));
        return new real.HttpClient(...this.args).getJson(url, headers);
    }
    getAgent(url) {
        return this.loaded().getAgent(url);
    }
    getAgentDispatcher(url) {
        return this.loaded().getAgentDispatcher(url);
    }
    loaded() {
        if (!real)
            throw new Error('@actions/http-client was used before src/report/github.ts loaded it');
        return new real.HttpClient(...this.args);
    }
}


/***/ })

};
