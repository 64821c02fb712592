export const id = 293;
export const ids = [293,263];
export const modules = {

/***/ 2703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ globRegex),
/* harmony export */   f: () => (/* binding */ isGlob)
/* harmony export */ });
/**
 * Globs as HCP Terraform's trigger patterns and workspace name selections read them: `*` and `?` stay within a
 * path segment, `**` spans segments (`/modules/**` matches everything below `modules`), `[abc]` is a class; the
 * pattern is anchored at both ends, and a leading `/` (the repository root) is optional.
 */
function globRegex(pattern) {
    const text = pattern.replace(/^\/+/, '');
    let source = '^';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '*' && text[i + 1] === '*') {
            i++;
            if (text[i + 1] === '/') {
                i++;
                source += '(?:.*/)?';
            }
            else
                source += '.*';
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else if (c === '[') {
            const end = text.indexOf(']', i + 1);
            if (end < 0)
                source += '\\[';
            else {
                source += `[${text
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            source += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`${source}$`);
}
function isGlob(text) {
    return /[*?[]/.test(text);
}


/***/ }),

/***/ 2263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ STEP_FOLDER),
/* harmony export */   n: () => (/* binding */ stepFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** The one folder of RUNNER_TEMP the step writes in. */
const STEP_FOLDER = 'tfe-run-action';
/** An ID an API sent (a plan's, an assessment's) as it may name a file: letters, digits, `-` and `_`, nothing else. */
const FILE_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
/**
 * The path of a file the step writes, named by an ID from HCP Terraform. The ID is checked before it is joined: a
 * compromised or impostor API answering `../../work/repo/package` must not write a file elsewhere on the runner.
 */
async function stepFile(env, id, extension) {
    if (!FILE_SAFE_ID.test(id))
        throw new Error(`HCP Terraform answered with an ID that is not one (${JSON.stringify(id.slice(0, 80))}); nothing was written for it`);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), STEP_FOLDER);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${id}${extension}`);
}


/***/ })

};
