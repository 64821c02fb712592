export const id = 905;
export const ids = [905];
export const modules = {

/***/ 905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TunnelAgent: () => (/* binding */ TunnelAgent)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43);
/**
 * HTTPS through an HTTP proxy's CONNECT tunnel: its own module, loaded only when an https origin is reached through
 * a proxy (with Node's TLS stack, which a plain http origin never needs).
 */




/** An HTTPS agent that reaches its hosts through an HTTP proxy's CONNECT tunnel; TLS runs end to end inside it. */
class TunnelAgent extends node_https__WEBPACK_IMPORTED_MODULE_1__.Agent {
    proxy;
    constructor(proxy) {
        super({ keepAlive: true });
        this.proxy = proxy;
    }
    createConnection(options, callback) {
        const target = `${options.host ?? options.hostname}:${options.port ?? 443}`;
        const connect = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.request)({
            host: this.proxy.hostname,
            port: this.proxy.port || 80,
            method: 'CONNECT',
            path: target,
            headers: { Host: target, ...(0,_proxy_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyAuthorization */ .YB)(this.proxy) }
        });
        connect.once('connect', (response, socket) => {
            if (response.statusCode !== 200) {
                socket.destroy();
                callback?.(Object.assign(new Error(`the proxy ${this.proxy.host} refused to tunnel to ${target} (${response.statusCode})`), {
                    code: 'EPROXY'
                }), socket);
                return;
            }
            const secure = (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.connect)({
                ...options,
                socket,
                servername: String(options.servername ?? options.host ?? '')
            });
            callback?.(null, secure);
        });
        connect.once('error', error => callback?.(error, connect.socket));
        connect.end();
        return undefined;
    }
}


/***/ })

};
