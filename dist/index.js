import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   Uw: () => (/* binding */ State),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   o9: () => (/* binding */ Env),
/* harmony export */   qN: () => (/* binding */ DEFAULT_HOSTNAME),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/** Names of the action's public contract (action.yml). Users' workflows depend on these: never rename. */
const Inputs = {
    Token: 'token',
    Hostname: 'hostname',
    Organization: 'organization',
    Workspace: 'workspace',
    Directory: 'directory',
    ConfigurationVersion: 'configuration-version',
    PromoteFrom: 'promote-from',
    Run: 'run',
    SavePlan: 'save-plan',
    Message: 'message',
    IsDestroy: 'is-destroy',
    PlanOnly: 'plan-only',
    Refresh: 'refresh',
    RefreshOnly: 'refresh-only',
    TargetAddrs: 'target-addrs',
    ReplaceAddrs: 'replace-addrs',
    Variables: 'variables',
    Apply: 'apply',
    AllowDestroy: 'allow-destroy',
    Discard: 'discard',
    WaitForApply: 'wait-for-apply',
    Timeout: 'timeout',
    PollInterval: 'poll-interval',
    ForceCancel: 'force-cancel',
    ShowLogs: 'show-logs',
    OverridePolicies: 'override-policies',
    OverrideReason: 'override-reason',
    Annotations: 'annotations',
    Comment: 'comment',
    GithubToken: 'github-token',
    CommentKey: 'comment-key'
};
const Outputs = {
    RunId: 'run-id',
    RunUrl: 'run-url',
    RunStatus: 'run-status',
    PlanId: 'plan-id',
    PlanStatus: 'plan-status',
    HasChanges: 'has-changes',
    ResourceAdditions: 'resource-additions',
    ResourceChanges: 'resource-changes',
    ResourceDestructions: 'resource-destructions',
    ResourceImports: 'resource-imports',
    ConfigurationVersionId: 'configuration-version-id',
    Applied: 'applied',
    Discarded: 'discarded',
    PlanJson: 'plan-json',
    CostProposedMonthly: 'cost-proposed-monthly',
    CostDeltaMonthly: 'cost-delta-monthly',
    PolicyStatus: 'policy-status',
    PlanJsonFormat: 'plan-json-format',
    CommentUrl: 'comment-url'
};
/** Saved between the main and post steps, so the post step can cancel a run a killed main step left behind. */
const State = {
    /** The run this step created, as earlier versions recorded it (their tests read it); the post step reads `run-ids`. */
    RunId: 'run-id',
    /** JSON list of the runs the post step must stop if the main step does not finish. */
    RunIds: 'run-ids',
    ApiUrl: 'api-url',
    MainFinished: 'main-finished'
};
/** Environment variables read as input fallbacks (the names HashiCorp's own tooling uses). */
const Env = {
    Token: 'TF_API_TOKEN',
    Hostname: 'TF_HOSTNAME',
    Organization: 'TF_CLOUD_ORGANIZATION'
};
const DEFAULT_HOSTNAME = 'app.terraform.io';
const USER_AGENT = 'tfe-run-action/0.1';


/***/ }),

/***/ 8637:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I: () => (/* binding */ coreIO)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./src/core-io.ts

/** The production ActionIO: the GitHub runner's protocol through @actions/core. */
function coreIO() {
    return {
        getInput: name => getInput(name),
        env: process.env,
        setSecret: secret => core_setSecret(secret),
        setOutput: (name, value) => setOutput(name, value),
        saveState: (name, value) => saveState(name, value),
        getState: name => getState(name),
        debug: message => core_debug(message),
        info: message => info(message),
        warning: message => warning(message),
        group: (name, fn) => group(name, fn),
        appendSummary: async (markdown) => {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await summary.addRaw(markdown).write();
        },
        setFailed: message => setFailed(message),
        annotate: ({ level, message, ...properties }) => {
            // @actions/core escapes the message and every property as the runner requires (addendum §4.4).
            if (level === 'error')
                error(message, properties);
            else if (level === 'warning')
                warning(message, properties);
            else
                notice(message, properties);
        }
    };
}


/***/ }),

/***/ 7607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Parses `90s`, `15m`, `1h30m`, `250ms` or a bare number of seconds into milliseconds; undefined when malformed. */
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    if (!/^(\d+(\.\d+)?(ms|h|m|s))+$/.test(value))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g))
        total += Number(amount) * UNIT_MS[unit];
    return Math.round(total);
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms}ms`;
    const seconds = Math.round(ms / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return [h ? `${h}h` : '', m ? `${m}m` : '', s || (!h && !m) ? `${s}s` : ''].join('');
}


/***/ }),

/***/ 2981:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ commitOf),
/* harmony export */   _: () => (/* binding */ pullRequestOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** The pull request this workflow run is for, from the event payload, if any. */
function pullRequestOf(env) {
    const [repo, path] = [env.GITHUB_REPOSITORY, env.GITHUB_EVENT_PATH];
    if (!repo || !path)
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        const number = event.pull_request?.number ?? event.number;
        if (!number)
            return undefined;
        return { repo, number, headSha: event.pull_request?.head?.sha ?? env.GITHUB_SHA ?? '' };
    }
    catch {
        return undefined;
    }
}
/** The commit a run's report should link to. */
function commitOf(env) {
    return pullRequestOf(env)?.headSha || env.GITHUB_SHA || undefined;
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8637);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7496);


/**
 * Entry point of the main step. SIGINT/SIGTERM (a cancelled job) abort the step, which then cancels the run it
 * created before exiting; a second signal exits at once, and the post step is the backstop.
 */
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        if (controller.signal.aborted)
            process.exit(1);
        controller.abort();
    });
}
await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF)((0,_core_io_js__WEBPACK_IMPORTED_MODULE_0__/* .coreIO */ .I)(), { signal: controller.signal });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8893:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* binding */ InputError),
  cs: () => (/* binding */ inputWarnings),
  TL: () => (/* binding */ parseInputs),
  B9: () => (/* binding */ tokenOf)
});

// UNUSED EXPORTS: parseHostname

// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/duration.ts
var duration = __nccwpck_require__(7607);
;// CONCATENATED MODULE: ./src/run-variables.ts
/**
 * Parses `name = value` lines into run variables. Values stay in HCL literal syntax, as the API wants them
 * (tfc-api.md §4.1: a string is `"abc"` with its quotes, a number `2`). Returns an error text naming the line.
 */
function parseRunVariables(text) {
    const variables = [];
    const seen = new Set();
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line || line.startsWith('#'))
            continue;
        const match = /^([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(.*)$/.exec(line);
        if (!match)
            return `line ${i + 1} is not \`name = value\``;
        const [, key, value] = match;
        if (!value)
            return `line ${i + 1} (${key}) has no value; write a string as "text" with its quotes`;
        if (!balanced(value))
            return `line ${i + 1} (${key}) is not a complete HCL literal: check its quotes and brackets`;
        if (!isLiteral(value)) {
            return `line ${i + 1} (${key}) is not an HCL literal: \`${value}\` needs quotes to be a string, as in ${key} = ${JSON.stringify(value)}`;
        }
        if (seen.has(key))
            return `line ${i + 1} sets ${key} a second time`;
        seen.add(key);
        variables.push({ key, value });
    }
    return variables;
}
/** A string, number, bool or null, or a list, object or tuple (checked for balance above); never a bare word. */
function isLiteral(value) {
    return /^["[{(]/.test(value) || /^(true|false|null)$/.test(value) || /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value);
}
/** A cheap check that catches the common slip (a forgotten closing quote or bracket); the server parses the rest. */
function balanced(value) {
    const closers = [];
    let inString = false;
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"')
            inString = true;
        else if (c === '[')
            closers.push(']');
        else if (c === '{')
            closers.push('}');
        else if (c === '(')
            closers.push(')');
        else if (c === ']' || c === '}' || c === ')') {
            if (closers.pop() !== c)
                return false;
        }
    }
    return !inString && closers.length === 0;
}

;// CONCATENATED MODULE: ./src/inputs.ts



/** A bad input: the message names the input and says how to fix it. Nothing has been created when it is thrown. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'InputError';
    }
}
const DEFAULT_POLL_INTERVAL_MS = 10_000;
const WORKSPACE_NAME = /^[A-Za-z0-9_-]+$/;
const RUN_ID = /^run-[A-Za-z0-9]+$/;
const WORKSPACE_ID = /^ws-[A-Za-z0-9]+$/;
const CV_ID = /^cv-[A-Za-z0-9]+$/;
const ORGANIZATION = /^[A-Za-z0-9_-]+$/;
/** YAML 1.2 core-schema booleans, the set GitHub's own `core.getBooleanInput` accepts. */
function booleanInput(get, name, fallback) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new InputError(name, `Input \`${name}\` must be true or false, not "${raw}".`);
}
function lines(text) {
    return text
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line && !line.startsWith('#'));
}
function durationInput(get, name, fallback) {
    const raw = get(name).trim() || fallback;
    const ms = (0,duration/* parseDuration */.E)(raw);
    if (ms === undefined || ms <= 0) {
        throw new InputError(name, `Input \`${name}\` must be a duration such as 90s, 15m or 1h30m (a bare number is seconds), not "${raw}".`);
    }
    return ms;
}
/** Accepts `tfe.example.com`, `tfe.example.com:8443`, `https://tfe.example.com` or `http://127.0.0.1:8080`. */
function parseHostname(raw) {
    if (/^[a-z][a-z0-9+.-]*:\/*$/i.test(raw.trim())) {
        throw new InputError(constants/* Inputs */.G0.Hostname, `Input \`hostname\` has no host name in "${raw.trim()}": write the host, such as app.terraform.io or https://tfe.example.com.`);
    }
    const text = raw.trim().replace(/\/+$/, '');
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new InputError(constants/* Inputs */.G0.Hostname, `Input \`hostname\` must be a host name such as app.terraform.io or a URL such as https://tfe.example.com, not "${raw}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(constants/* Inputs */.G0.Hostname, `Input \`hostname\` must use https:// (or http:// for a local test server), not ${url.protocol}//.`);
    }
    if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
        throw new InputError(constants/* Inputs */.G0.Hostname, `Input \`hostname\` must be just the host (and port), without a path, query or credentials: "${url.host}".`);
    }
    return { origin: url.origin, insecure: url.protocol === 'http:' };
}
/** The API token: the input, else TF_API_TOKEN. Shared by the main step, its masking and the post step. */
function tokenOf(get, env) {
    return get(constants/* Inputs */.G0.Token).trim() || (env[constants/* Env */.o9.Token] ?? '').trim();
}
/** Reads and checks every input before anything is sent, so a mistake fails fast and creates nothing. */
function parseInputs(get, env) {
    const token = tokenOf(get, env);
    if (!token) {
        throw new InputError(constants/* Inputs */.G0.Token, `Input \`token\` is required: pass a user or team API token, e.g. token: \${{ secrets.TF_API_TOKEN }}, or set the ${constants/* Env */.o9.Token} environment variable.`);
    }
    if (/\s/.test(token))
        throw new InputError(constants/* Inputs */.G0.Token, 'Input `token` contains white space; copy the API token again without spaces or line breaks.');
    const host = parseHostname(get(constants/* Inputs */.G0.Hostname).trim() || (env[constants/* Env */.o9.Hostname] ?? '').trim() || constants/* DEFAULT_HOSTNAME */.qN);
    const run = get(constants/* Inputs */.G0.Run).trim();
    if (run && run !== 'reviewed' && !RUN_ID.test(run)) {
        throw new InputError(constants/* Inputs */.G0.Run, `Input \`run\` must be a run ID such as run-CZcmD7eagjhyX0vN, or "reviewed", not "${run}".`);
    }
    const workspace = get(constants/* Inputs */.G0.Workspace).trim();
    // A run ID names its workspace; everything else needs one.
    if (!workspace && !RUN_ID.test(run))
        throw new InputError(constants/* Inputs */.G0.Workspace, 'Input `workspace` is required: a workspace name (with `organization`) or a ws-… ID.');
    if (workspace)
        checkWorkspaceRef(constants/* Inputs */.G0.Workspace, workspace);
    const promoteFrom = get(constants/* Inputs */.G0.PromoteFrom).trim();
    if (promoteFrom)
        checkWorkspaceRef(constants/* Inputs */.G0.PromoteFrom, promoteFrom);
    const organization = get(constants/* Inputs */.G0.Organization).trim() || (env[constants/* Env */.o9.Organization] ?? '').trim();
    const needsOrganization = [workspace, promoteFrom].some(ref => ref && !ref.startsWith('ws-'));
    if (needsOrganization && !organization) {
        throw new InputError(constants/* Inputs */.G0.Organization, `Input \`organization\` is required when a workspace is given by name: set it, or the ${constants/* Env */.o9.Organization} environment variable, or use a ws-… ID.`);
    }
    if (organization && !ORGANIZATION.test(organization)) {
        throw new InputError(constants/* Inputs */.G0.Organization, `Input \`organization\` may hold only letters, digits, - and _: "${organization}".`);
    }
    const configurationVersion = get(constants/* Inputs */.G0.ConfigurationVersion).trim();
    if (configurationVersion && !CV_ID.test(configurationVersion)) {
        throw new InputError(constants/* Inputs */.G0.ConfigurationVersion, `Input \`configuration-version\` must be a configuration version ID such as cv-n4XQPBa2QnecZJ4G, not "${configurationVersion}".`);
    }
    const directory = get(constants/* Inputs */.G0.Directory).trim();
    if (run) {
        const source = [
            [constants/* Inputs */.G0.Directory, directory],
            [constants/* Inputs */.G0.ConfigurationVersion, configurationVersion],
            [constants/* Inputs */.G0.PromoteFrom, promoteFrom]
        ].find(([, value]) => value)?.[0];
        if (source) {
            throw new InputError(constants/* Inputs */.G0.Run, `Inputs \`run\` and \`${source}\` cannot be used together: \`run\` acts on an existing run, which has its code already. Remove one.`);
        }
    }
    for (const [name, value] of [
        [constants/* Inputs */.G0.ConfigurationVersion, configurationVersion],
        [constants/* Inputs */.G0.PromoteFrom, promoteFrom]
    ]) {
        if (directory && value) {
            throw new InputError(constants/* Inputs */.G0.Directory, `Inputs \`directory\` and \`${name}\` cannot be used together: each one chooses the code to run (upload this directory, or run ${name === constants/* Inputs */.G0.PromoteFrom ? "another workspace's applied" : 'an existing'} configuration version). Remove one.`);
        }
    }
    if (configurationVersion && promoteFrom) {
        throw new InputError(constants/* Inputs */.G0.PromoteFrom, 'Inputs `promote-from` and `configuration-version` cannot be used together: promote-from picks the configuration version itself. Remove one.');
    }
    const isDestroy = booleanInput(get, constants/* Inputs */.G0.IsDestroy, false);
    const planOnly = booleanInput(get, constants/* Inputs */.G0.PlanOnly, false);
    const refresh = booleanInput(get, constants/* Inputs */.G0.Refresh, true);
    const refreshOnly = booleanInput(get, constants/* Inputs */.G0.RefreshOnly, false);
    const apply = booleanInput(get, constants/* Inputs */.G0.Apply, false);
    const allowDestroy = booleanInput(get, constants/* Inputs */.G0.AllowDestroy, false);
    const discard = booleanInput(get, constants/* Inputs */.G0.Discard, true);
    const waitForApply = booleanInput(get, constants/* Inputs */.G0.WaitForApply, true);
    const forceCancel = booleanInput(get, constants/* Inputs */.G0.ForceCancel, false);
    const showLogs = booleanInput(get, constants/* Inputs */.G0.ShowLogs, true);
    const annotations = booleanInput(get, constants/* Inputs */.G0.Annotations, true);
    const overridePolicies = booleanInput(get, constants/* Inputs */.G0.OverridePolicies, false);
    const overrideReason = get(constants/* Inputs */.G0.OverrideReason).trim();
    if (overridePolicies && !overrideReason) {
        throw new InputError(constants/* Inputs */.G0.OverrideReason, 'Input `override-reason` is required with `override-policies: true`: say why the failed policies may be overridden; it is recorded on the run and in the report.');
    }
    if (overrideReason && !overridePolicies) {
        throw new InputError(constants/* Inputs */.G0.OverridePolicies, 'Input `override-reason` is set but `override-policies` is not true: set `override-policies: true` to override soft-failed policies, or remove the reason.');
    }
    if (overridePolicies && planOnly) {
        throw new InputError(constants/* Inputs */.G0.OverridePolicies, 'Input `override-policies` cannot be used with `plan-only: true`: a plan-only run cannot be overridden (a soft failure ends it). Remove one.');
    }
    if (isDestroy && refreshOnly) {
        throw new InputError(constants/* Inputs */.G0.RefreshOnly, 'Inputs `is-destroy` and `refresh-only` cannot both be true: a run either destroys or only refreshes. Set one to false.');
    }
    if (refreshOnly && !refresh) {
        throw new InputError(constants/* Inputs */.G0.Refresh, 'Input `refresh` is false but `refresh-only` is true: a refresh-only run exists to refresh. Remove `refresh: false`.');
    }
    const savePlan = booleanInput(get, constants/* Inputs */.G0.SavePlan, false);
    if (savePlan && planOnly) {
        throw new InputError(constants/* Inputs */.G0.SavePlan, 'Inputs `save-plan` and `plan-only` are both true: a saved plan is kept to be applied later, a plan-only run never can be. Set one to false.');
    }
    if (savePlan && apply) {
        throw new InputError(constants/* Inputs */.G0.SavePlan, 'Inputs `save-plan` and `apply` are both true: a saved plan is applied by a later step (`run: reviewed`, or `run:` with its ID). Set `apply` to false here.');
    }
    if (savePlan && run) {
        throw new InputError(constants/* Inputs */.G0.SavePlan, 'Inputs `save-plan` and `run` cannot be used together: `save-plan` creates a run, `run` acts on an existing one. Remove one.');
    }
    if (run === 'reviewed' && !apply) {
        throw new InputError(constants/* Inputs */.G0.Apply, 'Input `apply` must be true with `run: reviewed`, which applies the plan reviewed on the merged pull request: set `apply: true` to say so.');
    }
    if (planOnly && apply) {
        throw new InputError(constants/* Inputs */.G0.Apply, 'Input `apply` is true but `plan-only` is true: a plan-only (speculative) run can never be applied. Set one of them to false.');
    }
    if (isDestroy && apply && !allowDestroy) {
        throw new InputError(constants/* Inputs */.G0.AllowDestroy, 'Inputs `is-destroy` and `apply` are both true, which destroys every resource of the workspace: set `allow-destroy` to true to confirm that this is intended.');
    }
    const targetAddrs = lines(get(constants/* Inputs */.G0.TargetAddrs));
    const replaceAddrs = lines(get(constants/* Inputs */.G0.ReplaceAddrs));
    for (const [name, addrs] of [
        [constants/* Inputs */.G0.TargetAddrs, targetAddrs],
        [constants/* Inputs */.G0.ReplaceAddrs, replaceAddrs]
    ]) {
        const bad = addrs.find(addr => /\s/.test(addr.replace(/\[".*?"\]/g, '')));
        if (bad)
            throw new InputError(name, `Input \`${name}\` takes one resource address per line; "${bad}" is not an address.`);
    }
    if (refreshOnly && replaceAddrs.length) {
        throw new InputError(constants/* Inputs */.G0.ReplaceAddrs, 'Input `replace-addrs` cannot be used with `refresh-only: true`: a refresh-only run changes no resources. Remove one.');
    }
    const variables = parseRunVariables(get(constants/* Inputs */.G0.Variables));
    if (typeof variables === 'string') {
        throw new InputError(constants/* Inputs */.G0.Variables, `Input \`variables\`: ${variables}. Write one \`name = value\` per line, the value in HCL literal syntax.`);
    }
    const timeoutMs = durationInput(get, constants/* Inputs */.G0.Timeout, '1h');
    // Unset, the interval follows a short timeout down rather than failing over an input the user never wrote.
    const pollIntervalMs = get(constants/* Inputs */.G0.PollInterval).trim()
        ? durationInput(get, constants/* Inputs */.G0.PollInterval, '10s')
        : Math.min(DEFAULT_POLL_INTERVAL_MS, timeoutMs / 2);
    if (pollIntervalMs > timeoutMs) {
        throw new InputError(constants/* Inputs */.G0.PollInterval, `Input \`poll-interval\` (${(0,duration/* formatDuration */.a)(pollIntervalMs)}) is longer than \`timeout\` (${(0,duration/* formatDuration */.a)(timeoutMs)}); make it shorter.`);
    }
    const commentRaw = (get(constants/* Inputs */.G0.Comment).trim() || 'auto').toLowerCase();
    if (commentRaw !== 'auto' && commentRaw !== 'true' && commentRaw !== 'false') {
        throw new InputError(constants/* Inputs */.G0.Comment, `Input \`comment\` must be auto, true or false, not "${get(constants/* Inputs */.G0.Comment).trim()}".`);
    }
    return {
        token,
        apiOrigin: host.origin,
        insecureHttp: host.insecure,
        organization,
        workspace,
        run,
        savePlan,
        directory,
        configurationVersion,
        promoteFrom,
        message: get(constants/* Inputs */.G0.Message).trim(),
        isDestroy,
        planOnly,
        refresh,
        refreshOnly,
        targetAddrs,
        replaceAddrs,
        variables,
        apply,
        allowDestroy,
        discard,
        waitForApply,
        timeoutMs,
        pollIntervalMs,
        forceCancel,
        showLogs,
        overridePolicies,
        overrideReason,
        annotations,
        comment: commentRaw,
        githubToken: get(constants/* Inputs */.G0.GithubToken).trim(),
        commentKey: get(constants/* Inputs */.G0.CommentKey).trim()
    };
}
/** Warnings about inputs that work but deserve a second look. */
function inputWarnings(inputs) {
    const warnings = [];
    if (inputs.insecureHttp)
        warnings.push(`Input \`hostname\` uses plain http (${inputs.apiOrigin}): the token travels unencrypted. Use this only for a local test server.`);
    if (inputs.variables.length) {
        warnings.push('Input `variables`: run variables are stored in plain text with the run in HCP Terraform, visible to anyone who can read its runs. Pass secrets as sensitive workspace variables instead.');
    }
    return warnings;
}
function checkWorkspaceRef(input, value) {
    if (value.startsWith('ws-') ? WORKSPACE_ID.test(value) : WORKSPACE_NAME.test(value))
        return;
    throw new InputError(input, `Input \`${input}\` must be a workspace name (letters, digits, - and _) or a ws-… ID, not "${value}".`);
}


/***/ }),

/***/ 7496:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: SUMMARY_LIMIT, redact

;// CONCATENATED MODULE: ./src/sleep.ts
/** A sleep that an AbortSignal ends early, so a cancelled job does not sit out a poll interval. */
function sleep(ms, signal) {
    return new Promise(resolve => {
        if (signal?.aborted || ms <= 0)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/clock.ts

const systemClock = { now: () => Date.now(), sleep: sleep };

// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var src_inputs = __nccwpck_require__(8893);
;// CONCATENATED MODULE: ./src/tfc/types.ts
/** The run statuses after which nothing more happens (tfc-api.md §4.3, "Terminal set for the action"). */
const TERMINAL_RUN_STATUSES = new Set([
    'applied',
    'planned_and_finished',
    'policy_soft_failed',
    'discarded',
    'errored',
    'canceled',
    'force_canceled'
]);
/** From here on the run is applying or has applied: never cancel or discard it on the action's own account. */
const APPLY_STARTED_STATUSES = new Set([
    'confirmed',
    'queuing_apply',
    'apply_queued',
    'pre_apply_running',
    'pre_apply_completed',
    'applying',
    'post_apply_running',
    'post_apply_completed',
    'applied'
]);
/** Paused for a person: an override or a decision that this action must not take on anyone's behalf. */
const AWAITING_DECISION_STATUSES = new Set([
    'policy_override',
    'tf_policy_override',
    'pre_plan_awaiting_decision',
    'post_plan_awaiting_decision',
    'pre_apply_awaiting_decision'
]);

;// CONCATENATED MODULE: ./src/decide.ts

/**
 * The plan phase is over when the server says the run can be confirmed, when it waits for a person, or when the
 * run has ended. A bare `planned` is not enough: cost estimation, policies or run tasks may still follow (§4.3).
 */
function isPlanSettled(run) {
    return (TERMINAL_RUN_STATUSES.has(run.status) ||
        run.actions.isConfirmable ||
        AWAITING_DECISION_STATUSES.has(run.status) ||
        run.status === 'planned_and_saved');
}
function isTerminal(run) {
    return TERMINAL_RUN_STATUSES.has(run.status);
}
/** What a person has to do about a run that waits for a decision, by status. */
const AWAITING_ADVICE = {
    policy_override: 'a soft-mandatory Sentinel policy failed; someone with "manage policy overrides" permission must override it on the run page before the run can be applied',
    tf_policy_override: 'a soft-mandatory policy failed; someone with "manage policy overrides" permission must override it on the run page',
    pre_plan_awaiting_decision: 'a mandatory pre-plan run task failed and waits for an override on the run page',
    post_plan_awaiting_decision: 'a mandatory post-plan run task or OPA policy failed and waits for an override on the run page',
    pre_apply_awaiting_decision: 'a mandatory pre-apply run task failed and waits for an override on the run page'
};
function describeAwaiting(status) {
    return AWAITING_ADVICE[status] ?? `the run waits for a decision (${status}) on the run page`;
}
/**
 * Decides from the run's settled state and the number of resources the plan destroys (replacements included).
 * The server's `actions` flags are trusted over status lists: they never drift (tfc-api.md §4.4).
 */
function decideAfterPlan(run, destroys, inputs) {
    switch (run.status) {
        case 'errored':
            return {
                kind: 'none',
                code: 'plan-errored',
                reason: 'The plan errored.',
                fail: 'The run errored during planning; see the errors in the job summary (or the end of the plan log) and the run page.'
            };
        case 'canceled':
        case 'force_canceled':
            return {
                kind: 'none',
                code: 'canceled-elsewhere',
                reason: 'The run was canceled.',
                fail: `The run was ${run.status === 'force_canceled' ? 'force-canceled' : 'canceled'} by someone else before this step acted on it.`
            };
        case 'discarded':
            return {
                kind: 'none',
                code: 'discarded-elsewhere',
                reason: 'The run was discarded.',
                fail: 'The run was discarded by someone else before this step acted on it.'
            };
        case 'policy_soft_failed':
            return {
                kind: 'none',
                code: 'policy-soft-failed',
                reason: 'A soft-mandatory policy failed.',
                fail: 'A soft-mandatory policy failed on this plan-only run; fix the configuration or the policy.'
            };
        case 'planned_and_finished':
            return run.planOnly
                ? { kind: 'none', code: 'speculative', reason: 'Speculative (plan-only) run: nothing to apply.' }
                : { kind: 'none', code: 'no-changes', reason: 'No changes: nothing to apply.' };
        case 'applied':
            return inputs.apply
                ? { kind: 'none', code: 'applied-before-confirm', reason: 'The run was applied before this step confirmed it.' }
                : {
                    kind: 'none',
                    code: 'applied-elsewhere',
                    reason: 'The run was applied outside this step.',
                    fail: 'The run was applied by someone or something else although `apply` is false.'
                };
    }
    if (run.status === 'planned_and_saved' && inputs.savePlan && run.savePlan) {
        return {
            kind: 'leave',
            code: 'saved',
            reason: "Saved the plan: a later step applies exactly this run (`run: reviewed` after the merge, or `run:` with its ID). It does not hold the workspace's queue, and HCP Terraform discards it if another run applies first."
        };
    }
    if (AWAITING_DECISION_STATUSES.has(run.status)) {
        const advice = describeAwaiting(run.status);
        const fail = `The run needs a decision: ${advice}.`;
        return inputs.discard && run.actions.isDiscardable
            ? {
                kind: 'discard',
                code: 'awaiting-decision',
                reason: `Discarded so it does not hold the workspace's queue: ${advice}. Set \`discard: false\` to leave such runs for a person to decide.`,
                fail
            }
            : { kind: 'leave', code: 'awaiting-decision', reason: `Left for a person: ${advice}.`, fail };
    }
    if (run.actions.isConfirmable) {
        if (destroys > 0 && inputs.apply && !inputs.allowDestroy) {
            const what = destroys === 1 ? '1 resource' : `${destroys} resources`;
            return {
                kind: 'discard',
                code: 'destroy-refused',
                reason: `Not applied: the plan destroys or replaces ${what} and \`allow-destroy\` is false.`,
                fail: `The plan destroys or replaces ${what}; this step applies such plans only with \`allow-destroy: true\`. The run was discarded.`
            };
        }
        if (inputs.apply)
            return { kind: 'apply', code: 'apply', reason: 'Applying: `apply` is true.' };
        return inputs.discard
            ? {
                kind: 'discard',
                code: 'not-applied',
                reason: "Discarded: `apply` is false, and `discard` is true so the run does not hold the workspace's queue."
            }
            : { kind: 'leave', code: 'left-for-confirmation', reason: 'Left for confirmation in the UI: `apply` and `discard` are false.' };
    }
    return {
        kind: 'none',
        code: 'unknown-status',
        reason: `The run stopped in status ${run.status}.`,
        fail: `The run is in status ${run.status}, which this step does not know how to finish; see the run page.`
    };
}
/**
 * Pause before the next poll: fast at first so a short plan is noticed within about a second or two, then slower,
 * reaching `capMs` after a couple of minutes (a 20-minute plan costs about 140 reads at the 10 s default).
 */
function nextPollDelay(elapsedMs, capMs) {
    return Math.min(capMs, 1000 + elapsedMs / 15);
}

// EXTERNAL MODULE: ./src/tfc/errors.ts
var errors = __nccwpck_require__(7488);
// EXTERNAL MODULE: ./src/tfc/jsonapi.ts
var jsonapi = __nccwpck_require__(129);
;// CONCATENATED MODULE: ./src/tfc/runs.ts

function toRun(resource) {
    const actions = (resource.attributes.actions ?? {});
    return {
        id: resource.id,
        status: (0,jsonapi/* str */.gx)(resource, 'status'),
        actions: {
            isCancelable: actions['is-cancelable'] === true,
            isConfirmable: actions['is-confirmable'] === true,
            isDiscardable: actions['is-discardable'] === true,
            isForceCancelable: actions['is-force-cancelable'] === true
        },
        message: (0,jsonapi/* str */.gx)(resource, 'message'),
        isDestroy: (0,jsonapi/* bool */.lc)(resource, 'is-destroy'),
        planOnly: (0,jsonapi/* bool */.lc)(resource, 'plan-only'),
        savePlan: (0,jsonapi/* bool */.lc)(resource, 'save-plan'),
        autoApply: (0,jsonapi/* bool */.lc)(resource, 'auto-apply'),
        hasChanges: (0,jsonapi/* bool */.lc)(resource, 'has-changes'),
        createdAt: (0,jsonapi/* str */.gx)(resource, 'created-at'),
        forceCancelAvailableAt: (0,jsonapi/* str */.gx)(resource, 'force-cancel-available-at') || undefined,
        planId: (0,jsonapi/* relId */.ZK)(resource, 'plan'),
        applyId: (0,jsonapi/* relId */.ZK)(resource, 'apply'),
        configurationVersionId: (0,jsonapi/* relId */.ZK)(resource, 'configuration-version'),
        workspaceId: (0,jsonapi/* relId */.ZK)(resource, 'workspace'),
        costEstimateId: (0,jsonapi/* relId */.ZK)(resource, 'cost-estimate'),
        positionInQueue: (0,jsonapi/* num */.bu)(resource, 'position-in-queue') ?? undefined,
        taskStageIds: (0,jsonapi/* relIds */.Kz)(resource, 'task-stages'),
        policyCheckIds: (0,jsonapi/* relIds */.Kz)(resource, 'policy-checks')
    };
}
/** The POST /runs body (tfc-api.md §4.1). auto-apply is always false: this action, not the workspace, decides. */
function runCreateBody(options) {
    const attributes = {
        message: options.message,
        'is-destroy': options.isDestroy,
        refresh: options.refresh,
        'refresh-only': options.refreshOnly,
        'plan-only': options.planOnly,
        ...(options.savePlan ? { 'save-plan': true } : {}),
        'auto-apply': false
    };
    if (options.targetAddrs.length)
        attributes['target-addrs'] = options.targetAddrs;
    if (options.replaceAddrs.length)
        attributes['replace-addrs'] = options.replaceAddrs;
    if (options.variables.length)
        attributes.variables = options.variables;
    const relationships = {
        workspace: { data: { type: 'workspaces', id: options.workspaceId } }
    };
    if (options.configurationVersionId) {
        relationships['configuration-version'] = { data: { type: 'configuration-versions', id: options.configurationVersionId } };
    }
    return { data: { type: 'runs', attributes, relationships } };
}
async function createRun(http, options) {
    const response = await http.request('POST', 'runs', { body: runCreateBody(options) });
    return toRun((0,jsonapi/* single */.J0)((0,jsonapi/* parseDocument */.Tp)(response.body, 'POST /api/v2/runs')));
}
async function readRun(http, id) {
    const path = `runs/${encodeURIComponent(id)}`;
    return toRun((0,jsonapi/* single */.J0)((0,jsonapi/* parseDocument */.Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`)));
}
/** 202 on success; 409 when the run is not in a state that allows it, returned so the caller can re-read and decide. */
async function runAction(http, id, action, comment) {
    const path = `runs/${encodeURIComponent(id)}/actions/${action}`;
    const response = await http.request('POST', path, { body: { comment }, accept: [409] });
    return response.status === 409 ? 'conflict' : 'accepted';
}
/**
 * Stops a run that must not stay in the queue: cancel while it can be cancelled (queued, planning, applying),
 * else discard while it waits for confirmation or a decision. Returns what was done, or undefined if neither is
 * allowed now.
 */
async function cancelOrDiscard(http, run, comment) {
    if (run.actions.isCancelable) {
        await runAction(http, run.id, 'cancel', comment);
        return 'canceled';
    }
    if (run.actions.isDiscardable) {
        await runAction(http, run.id, 'discard', comment);
        return 'discarded';
    }
    return undefined;
}
/**
 * Runs of a workspace, newest first, every operation included (plan-only runs are hidden by default). This list
 * endpoint is limited to 30 requests a minute, so it is used only for one-off look-ups, never for polling.
 */
async function listRuns(http, workspaceId, query, pageSize = 20) {
    const params = new URLSearchParams({
        'page[size]': String(pageSize),
        'filter[operation]': 'plan_only,plan_and_apply,save_plan,refresh_only,destroy,empty_apply',
        ...query
    });
    const path = `workspaces/${encodeURIComponent(workspaceId)}/runs?${params.toString()}`;
    const doc = (0,jsonapi/* parseDocument */.Tp)((await http.request('GET', path)).body, `GET /api/v2/workspaces/${workspaceId}/runs`);
    return (Array.isArray(doc.data) ? doc.data : [doc.data]).map(toRun);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/run/failures.ts
var failures = __nccwpck_require__(670);
;// CONCATENATED MODULE: ./src/run/create-run.ts




/** Look-ups for a run whose create had an unknown outcome, before creating it again. */
const LOOKUP_DELAYS_MS = [500, 1000, 2000];
const CREATE_ATTEMPTS = 3;
/** Creates the run this step acts on: run-level auto-apply off, so this step, not the workspace, decides. */
async function createStepRun(ctx, workspace, configuration) {
    const { inputs } = ctx;
    const marker = `tfe-run-action:${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const options = {
        workspaceId: workspace.id,
        configurationVersionId: configuration.id,
        message: `${inputs.message || defaultMessage(ctx.env)} [${marker}]`,
        isDestroy: inputs.isDestroy,
        planOnly: inputs.planOnly,
        savePlan: inputs.savePlan,
        refresh: inputs.refresh,
        refreshOnly: inputs.refreshOnly,
        targetAddrs: inputs.targetAddrs,
        replaceAddrs: inputs.replaceAddrs,
        variables: inputs.variables
    };
    return createOnce(ctx, workspace, options, marker);
}
/**
 * POST /runs is not idempotent. When its outcome is unknown (the connection dropped after sending), the run is
 * looked for by the unique marker in its message before trying again, so a retry never makes a second run.
 */
async function createOnce(ctx, workspace, options, marker) {
    for (let attempt = 1;; attempt++) {
        try {
            return await (0,failures/* explained */.to)(() => createRun(ctx.http, options), `Could not create a run on workspace ${workspace.name}.`, true);
        }
        catch (error) {
            if (!(error instanceof errors/* OutcomeUnknownError */.Do) || attempt >= CREATE_ATTEMPTS)
                throw error;
            ctx.log.warning(`${error.message}; looking for the run before trying again`);
            for (const delay of LOOKUP_DELAYS_MS) {
                await ctx.clock.sleep(delay, ctx.signal);
                const runs = await listRuns(ctx.http, options.workspaceId, {}, 20);
                const found = runs.find(run => run.message.includes(marker));
                if (found) {
                    ctx.log.info(`The run was created after all: ${found.id}`);
                    return found;
                }
            }
        }
    }
}
/** The default run message: enough to find the workflow run from the HCP Terraform UI. */
function defaultMessage(env) {
    const sha = env.GITHUB_SHA ? `@${env.GITHUB_SHA.slice(0, 7)}` : '';
    return `GitHub Actions: ${env.GITHUB_REPOSITORY ?? 'unknown repository'}${sha}, workflow "${env.GITHUB_WORKFLOW ?? '?'}" run #${env.GITHUB_RUN_NUMBER ?? '?'}`;
}
/** Names the workflow run in run comments (apply, discard, cancel). */
function workflowRef(env) {
    const repo = env.GITHUB_REPOSITORY ?? 'unknown repository';
    return `${repo}, workflow "${env.GITHUB_WORKFLOW ?? '?'}" run #${env.GITHUB_RUN_NUMBER ?? '?'}`;
}

;// CONCATENATED MODULE: ./src/tfc/workspaces.ts


const PERMISSIONS = {
    queueRun: 'can-queue-run',
    queueApply: 'can-queue-apply',
    queueDestroy: 'can-queue-destroy'
};
function toWorkspace(resource) {
    const links = resource.links ?? {};
    const raw = (resource.attributes.permissions ?? {});
    const permissions = {};
    // A permission the server does not send is unknown, not denied: older Terraform Enterprise omits some.
    for (const [name, key] of Object.entries(PERMISSIONS)) {
        if (typeof raw[key] === 'boolean')
            permissions[name] = raw[key];
    }
    const lockedBy = resource.relationships?.['locked-by']?.data;
    return {
        id: resource.id,
        name: (0,jsonapi/* str */.gx)(resource, 'name'),
        organization: (0,jsonapi/* relId */.ZK)(resource, 'organization') ?? '',
        autoApply: (0,jsonapi/* bool */.lc)(resource, 'auto-apply'),
        locked: (0,jsonapi/* bool */.lc)(resource, 'locked'),
        lockedReason: (0,jsonapi/* str */.gx)(resource, 'locked-reason') || undefined,
        lockedBy: lockedBy && !Array.isArray(lockedBy) ? { id: lockedBy.id, type: lockedBy.type } : undefined,
        executionMode: (0,jsonapi/* str */.gx)(resource, 'execution-mode') || 'remote',
        // It comes back as "", null or with a leading slash ("/networking"): §1.5.
        workingDirectory: (0,jsonapi/* str */.gx)(resource, 'working-directory').replace(/^\/+|\/+$/g, ''),
        currentRunId: (0,jsonapi/* relId */.ZK)(resource, 'current-run'),
        permissions,
        htmlUrl: typeof links['self-html'] === 'string' ? links['self-html'] : undefined
    };
}
function workspacePath(ref, organization) {
    return ref.startsWith('ws-')
        ? `workspaces/${encodeURIComponent(ref)}`
        : `organizations/${encodeURIComponent(organization)}/workspaces/${encodeURIComponent(ref)}`;
}
/** A `ws-…` ID is looked up directly; a name needs its organization (tfc-api.md §2.1). */
async function readWorkspace(http, ref, organization) {
    const path = workspacePath(ref, organization);
    const response = await http.request('GET', path);
    return toWorkspace((0,jsonapi/* single */.J0)((0,jsonapi/* parseDocument */.Tp)(response.body, `GET /api/v2/${path}`)));
}
async function readWorkspaceHolders(http, workspaceId) {
    const path = `workspaces/${encodeURIComponent(workspaceId)}?include=current_run,locked_by`;
    const doc = (0,jsonapi/* parseDocument */.Tp)((await http.request('GET', path)).body, `GET /api/v2/workspaces/${workspaceId}`);
    const workspace = toWorkspace((0,jsonapi/* single */.J0)(doc));
    const lock = workspace.lockedBy;
    const lockedBy = lock ? { ...lock, name: nameOf(included(doc, lock.type, lock.id)) ?? lock.id } : undefined;
    const current = workspace.currentRunId ? included(doc, 'runs', workspace.currentRunId) : undefined;
    return { workspace, lockedBy, currentRun: current ? toRun(current) : undefined };
}
function included(doc, type, id) {
    return doc.included?.find(resource => resource.type === type && resource.id === id);
}
function nameOf(resource) {
    if (!resource)
        return undefined;
    return (0,jsonapi/* str */.gx)(resource, 'username') || (0,jsonapi/* str */.gx)(resource, 'name') || undefined;
}

;// CONCATENATED MODULE: ./src/run/workspace.ts


/** Reads a workspace named by an input (a name with `organization`, or a ws-… ID), with a message naming that input. */
function lookupWorkspace(ctx, ref, input) {
    const { inputs } = ctx;
    const byId = ref.startsWith('ws-');
    const name = byId ? ref : `${inputs.organization}/${ref}`;
    return (0,failures/* explained */.to)(() => readWorkspace(ctx.http, ref, inputs.organization), `Workspace ${name} was not found on ${new URL(inputs.apiOrigin).host}, or the token cannot read it. Check \`${input}\`${byId ? '' : ' and `organization`'}, and that the token's team has access to the workspace.`);
}
/** The workspace the run goes on, checked for what would make a run impossible. */
async function resolveWorkspace(ctx) {
    return checkWorkspace(ctx, await lookupWorkspace(ctx, ctx.inputs.workspace, 'workspace'));
}
/** Fails before anything is created or done when the workspace cannot run this step's run. */
function checkWorkspace(ctx, workspace) {
    const label = `${workspace.organization}/${workspace.name}`;
    ctx.log.info(`Workspace ${label} (${workspace.id}), auto-apply ${workspace.autoApply ? 'on' : 'off'} (ignored: this step decides)`);
    if (workspace.executionMode === 'local') {
        throw new failures/* StepFailure */.pH(`Workspace ${label} uses local execution mode, where HCP Terraform only stores state and cannot run plans; switch it to remote or agent execution.`);
    }
    if (workspace.locked && !ctx.inputs.planOnly && !ctx.inputs.run)
        ctx.log.warning(`Workspace ${workspace.name} is locked: the run will wait in the queue until it is unlocked (or until \`timeout\`).`);
    const missing = missingPermission(workspace, ctx.inputs);
    if (missing) {
        throw new failures/* StepFailure */.pH(`The token may not ${missing.what} on workspace ${label} (its \`${missing.key}\` permission is false): ${missing.fix} Nothing was ${ctx.inputs.run ? 'done' : 'created'}.`);
    }
    return workspace;
}
/**
 * The first permission this step needs and the token lacks, checked before a run exists: a run the token could
 * not apply (or destroy with) would only hold the workspace's queue. A permission the server does not report is
 * not held against the token.
 */
function missingPermission(workspace, inputs) {
    const p = workspace.permissions;
    if (p.queueRun === false)
        return {
            key: 'can-queue-run',
            what: 'queue runs',
            fix: 'give the token\'s team at least "plan" access to the workspace; organization tokens cannot create runs, so use a team or user token.'
        };
    if (inputs.apply && p.queueApply === false) {
        return {
            key: 'can-queue-apply',
            what: 'apply runs',
            fix: 'give the token\'s team "write" access to the workspace, or set `apply: false`.'
        };
    }
    if (inputs.isDestroy && p.queueDestroy === false) {
        return {
            key: 'can-queue-destroy',
            what: 'queue destroy runs',
            fix: 'give the token\'s team "admin" access (or the "queue destroy" permission), or set `is-destroy: false`.'
        };
    }
    return undefined;
}
/** The workspace's page in the HCP Terraform UI. */
function workspaceUrl(apiOrigin, workspace) {
    return `${apiOrigin}/app/${encodeURIComponent(workspace.organization)}/workspaces/${encodeURIComponent(workspace.name)}`;
}
function runUrl(apiOrigin, workspace, runId) {
    return `${workspaceUrl(apiOrigin, workspace)}/runs/${runId}`;
}

;// CONCATENATED MODULE: ./src/run/queue.ts



/** How often a pending run's reason is looked up again: often enough to notice an unlock, rarely enough to be free. */
const PENDING_CHECK_MS = 30_000;
/** The first look: a run is pending for a moment even on an idle workspace. */
const FIRST_PENDING_CHECK_MS = 5_000;
/**
 * Why our run has not started: the workspace's lock and its current run (often a run left waiting for
 * confirmation), and our place in the organization's queue when the server says. Undefined when nothing explains
 * it; a failed look-up is not a failure of the step.
 */
async function whyPending(http, apiOrigin, workspace, run) {
    try {
        const holders = await readWorkspaceHolders(http, workspace.id);
        const reasons = [];
        const lock = holders.lockedBy;
        if (holders.workspace.locked && lock && lock.id !== run.id) {
            const who = lock.type === 'users' ? lock.name : lock.type === 'teams' ? `team ${lock.name}` : `run ${lock.name}`;
            reasons.push(`the workspace is locked by ${who}${holders.workspace.lockedReason ? ` ("${holders.workspace.lockedReason}")` : ''}`);
        }
        else if (holders.workspace.locked) {
            reasons.push('the workspace is locked');
        }
        const current = holders.currentRun;
        if (current && current.id !== run.id && !isTerminal(current)) {
            const waiting = current.actions.isConfirmable ? ', waiting for confirmation' : '';
            reasons.push(`run ${current.id} (${current.status}${waiting}) holds the workspace: ${runUrl(apiOrigin, workspace, current.id)}`);
        }
        if (run.positionInQueue)
            reasons.push(`position ${run.positionInQueue} in the organization's run queue`);
        return reasons.length ? reasons.join('; ') : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/plan/log-text.ts
/** Log text as archive storage serves it: STX/ETX framing (tfc-api.md §5.4) and terminal colour codes. */
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*(\x07|\x1b\\)/g;
function log_text_stripFraming(log) {
    return log
        .replace(/^\x02/, '')
        .replace(/\x03$/, '')
        .replace(/[\x02\x03]/g, '');
}
function stripAnsi(text) {
    return text.replace(ANSI, '');
}

;// CONCATENATED MODULE: ./src/plan/diagnostics.ts
/**
 * Terraform's diagnostics (errors and warnings) read from a plan or apply log line by line, in either format
 * (tfc-api-addendum.md §4): structured JSON lines give each diagnostic's file and range; a text log gives the
 * `on FILE line N` form. Only what a report and annotations need is kept, so a log of any length costs little.
 */

/** More would not be read by anyone; the count of the rest is kept. */
const MAX_KEPT_DIAGNOSTICS = 50;
const MAX_DETAIL = 2_000;
const MAX_TEXT_DETAIL_LINES = 20;
function diagnostics_text(value) {
    return typeof value === 'string' ? value : '';
}
function position(raw) {
    if (!raw || typeof raw.line !== 'number' || raw.line < 1)
        return undefined;
    return typeof raw.column === 'number' && raw.column >= 1 ? { line: raw.line, column: raw.column } : { line: raw.line };
}
function severityOf(value) {
    return value === 'error' ? 'error' : value === 'warning' ? 'warning' : 'notice';
}
/** A structured log's diagnostic message (addendum §4.2) as a Diagnostic. */
function fromStructured(raw, phase) {
    const diagnostic = {
        severity: severityOf(raw.severity),
        summary: diagnostics_text(raw.summary),
        detail: diagnostics_text(raw.detail).slice(0, MAX_DETAIL),
        phase
    };
    if (typeof raw.address === 'string' && raw.address)
        diagnostic.address = raw.address;
    const start = position(raw.range?.start);
    if (raw.range && typeof raw.range.filename === 'string' && raw.range.filename && start) {
        diagnostic.range = { filename: raw.range.filename, start, end: position(raw.range.end) };
    }
    if (raw.snippet && (typeof raw.snippet.code === 'string' || typeof raw.snippet.context === 'string')) {
        diagnostic.snippet = { context: diagnostics_text(raw.snippet.context) || undefined, code: diagnostics_text(raw.snippet.code) || undefined };
    }
    return diagnostic;
}
const TEXT_START = /^(Error|Warning): (.*)$/;
const TEXT_LOCATION = /^\s+on (\S+) line (\d+)(?:, in (.*))?:$/;
const TEXT_SNIPPET = /^\s+\d+: /;
const BOX = /^[│╷╵]\s?/;
/**
 * Collects diagnostics and the last lines of a log, fed one line at a time (the log follower's lines, or a whole
 * log split). A line that parses as JSON is a structured message; any other line is text, read for the
 * `Error: …` / `on FILE line N` form unless the log has shown it is structured (HCP Terraform prints a few
 * text lines before the JSON ones).
 */
class LogDigest {
    phase;
    tailLines;
    diagnostics = [];
    /** Diagnostics past MAX_KEPT_DIAGNOSTICS, by severity. */
    dropped = { error: 0, warning: 0, notice: 0 };
    structured = false;
    /** Lines that were JSON messages. */
    jsonLines = 0;
    /** The last lines as a person reads them (a JSON line's `@message`), colour codes removed. */
    tail = [];
    open;
    constructor(phase, tailLines = 40) {
        this.phase = phase;
        this.tailLines = tailLines;
    }
    line(raw) {
        const line = raw.replace(/\r$/, '');
        if (line.startsWith('{')) {
            const entry = parseJson(line);
            if (entry) {
                this.jsonLines++;
                this.closeText();
                if (entry.type === 'version' && entry['@module'] === 'terraform.ui' && String(entry.ui).startsWith('1'))
                    this.structured = true;
                if (entry.type === 'diagnostic' && entry.diagnostic && typeof entry.diagnostic === 'object') {
                    this.keep(fromStructured(entry.diagnostic, this.phase));
                }
                this.pushTail(typeof entry['@message'] === 'string' ? entry['@message'] : line);
                return;
            }
        }
        const plain = stripAnsi(line);
        this.pushTail(plain);
        if (!this.structured)
            this.textLine(plain);
    }
    /** Ends the log: a text diagnostic still open is complete. */
    end() {
        this.closeText();
    }
    /** The last lines of the log, blank ones at the end dropped. */
    lastLines() {
        const lines = [...this.tail];
        while (lines.length && !lines[lines.length - 1].trim())
            lines.pop();
        return lines;
    }
    pushTail(line) {
        this.tail.push(line);
        if (this.tail.length > this.tailLines)
            this.tail.shift();
    }
    keep(diagnostic) {
        if (this.diagnostics.length < MAX_KEPT_DIAGNOSTICS)
            this.diagnostics.push(diagnostic);
        else
            this.dropped[diagnostic.severity]++;
    }
    textLine(line) {
        const boxed = BOX.test(line);
        const closesBox = line.startsWith('╵');
        const content = line.replace(BOX, '');
        const start = TEXT_START.exec(content);
        if (start) {
            this.closeText();
            this.open = {
                severity: start[1] === 'Error' ? 'error' : 'warning',
                summary: start[2].trim(),
                detail: '',
                phase: this.phase,
                boxed,
                detailLines: []
            };
            return;
        }
        const open = this.open;
        if (!open)
            return;
        if (closesBox || (open.boxed && !boxed))
            return this.closeText();
        const location = TEXT_LOCATION.exec(content);
        if (location && !open.range && !open.detailLines.length) {
            open.range = { filename: location[1], start: { line: Number(location[2]) } };
            if (location[3])
                open.snippet = { context: location[3] };
            return;
        }
        if (TEXT_SNIPPET.test(content) && open.range && !open.detailLines.length) {
            open.snippet = { ...open.snippet, code: content.replace(TEXT_SNIPPET, '') };
            return;
        }
        if (!content.trim()) {
            // Unboxed (older Terraform): the detail is the paragraph after the location.
            if (!open.boxed && open.detailLines.length)
                this.closeText();
            else if (open.detailLines.length)
                open.detailLines.push('');
            return;
        }
        if (open.detailLines.length < MAX_TEXT_DETAIL_LINES)
            open.detailLines.push(content.trimEnd());
    }
    closeText() {
        const open = this.open;
        if (!open)
            return;
        this.open = undefined;
        while (open.detailLines.length && !open.detailLines[open.detailLines.length - 1])
            open.detailLines.pop();
        const { severity, summary, phase, range, snippet } = open;
        this.keep({ severity, summary, phase, range, snippet, detail: open.detailLines.join('\n').slice(0, MAX_DETAIL) });
    }
}
function parseJson(line) {
    try {
        const value = JSON.parse(line);
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** Reads a whole log (framing removed) into a digest. */
function diagnostics_digestLog(log, phase, tailLines) {
    const digest = new LogDigest(phase, tailLines);
    for (const line of log.split('\n'))
        digest.line(line);
    digest.end();
    return digest;
}
/** A diagnostic as Terraform prints it, for the report and the job log. */
function formatDiagnostic(d) {
    const lines = [`${d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Notice'}: ${d.summary}`];
    if (d.range) {
        lines.push('', `  on ${d.range.filename} line ${d.range.start.line}${d.snippet?.context ? `, in ${d.snippet.context}` : ''}:`);
        if (d.snippet?.code)
            lines.push(`  ${d.range.start.line}: ${d.snippet.code}`);
    }
    if (d.detail)
        lines.push('', d.detail);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/plan/log.ts
/** The excerpt of an errored plan or apply log that a report shows: its errors, or its last lines. */



/** A comment has room for a readable excerpt, not for a 96 KB line of provider output. */
const MAX_LINE = 1_000;
const MAX_EXCERPT = 10_000;
function bounded(lines) {
    const cut = lines.map(line => line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)} … (${line.length - MAX_LINE} more characters)` : line);
    const text = cut.join('\n');
    return text.length > MAX_EXCERPT ? `…\n${text.slice(text.length - MAX_EXCERPT)}` : text;
}
/**
 * The part of an errored log a reader needs: the error diagnostics when the log is structured (JSON lines),
 * else its last lines (a text log's errors keep their context there).
 */
function excerptOf(digest) {
    const errors = digest.jsonLines > 0 ? digest.diagnostics.filter(d => d.severity === 'error') : [];
    if (errors.length)
        return { kind: 'diagnostics', text: bounded(stripAnsi(errors.map(formatDiagnostic).join('\n\n')).split('\n')) };
    return { kind: 'tail', text: bounded(digest.lastLines()) };
}
function errorExcerpt(rawLog, tailLines = 40) {
    return excerptOf(digestLog(stripFraming(rawLog), 'plan', tailLines));
}
/** A log line as a person reads it: a structured (JSON-lines) log's `@message`, or the line itself. */
function messageOf(line) {
    try {
        const message = JSON.parse(line)['@message'];
        return typeof message === 'string' ? message : line;
    }
    catch {
        return line;
    }
}

;// CONCATENATED MODULE: ./src/run/log-follower.ts




const STX = '\x02';
const ETX = '\x03';
/** The most read at once; a longer log simply takes more reads. */
const READ_BYTES = 1024 * 1024;
/** After the phase has ended, reads that find nothing new before the log is taken as it is. */
const MAX_EMPTY_READS_AT_END = 2;
/**
 * One phase's log (plan or apply), followed as it is written (tfc-api.md §5.4): read from the byte offset reached,
 * so no byte is fetched twice (the Terraform CLI reads the same way); whole lines go into the job log when
 * `show-logs` is on, and always into a digest (diagnostics and the last lines). The end marker (ETX) says the
 * phase is over before the next poll would.
 */
class PhaseLog {
    ctx;
    phase;
    digest;
    url;
    offset = 0;
    partial = '';
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    /** The end marker has arrived: nothing more will be written. */
    finished = false;
    constructor(ctx, phase) {
        this.ctx = ctx;
        this.phase = phase;
        this.digest = new LogDigest(phase);
    }
    get following() {
        return this.url !== undefined;
    }
    /** Starts following the log at this (signed) URL; masked before anything could print it. */
    follow(url) {
        if (this.url)
            return;
        this.ctx.log.setSecret(url);
        this.url = url;
    }
    /**
     * Reads what is new. True when the end marker arrived in this read; a read that fails is tried at the next
     * turn. `read` is false when nothing was read (no URL, a failed read, or no new bytes).
     */
    async read() {
        if (this.finished || !this.url)
            return { ended: false, read: false };
        const url = new URL(this.url);
        // go-tfe replaces the URL's query with these two; the URL carries its credential in the path.
        url.search = `limit=${READ_BYTES}&offset=${this.offset}`;
        let bytes;
        try {
            const result = await this.ctx.http.fetchBlob(url.href);
            if (result.status !== 200)
                return { ended: false, read: false };
            bytes = result.bytes;
        }
        catch (error) {
            if (error instanceof errors/* StoppedError */.Ko)
                throw error;
            return { ended: false, read: false };
        }
        this.offset += bytes.length;
        const text = this.decoder.write(bytes);
        this.finished = text.includes(ETX);
        this.take(text.split(STX).join('').split(ETX)[0], this.finished);
        return { ended: this.finished, read: bytes.length > 0 };
    }
    /**
     * Reads the rest of a log whose phase has ended (from where following stopped, or from the start when the
     * phase ended before it was followed), so its diagnostics are complete.
     */
    async finish(url) {
        if (url)
            this.follow(url);
        let empty = 0;
        while (this.url && !this.finished && empty < MAX_EMPTY_READS_AT_END) {
            const { read } = await this.read();
            empty = read ? 0 : empty + 1;
        }
        // A log that could not be read is a warning: the run's status says what happened, the log only why.
        if (this.url && this.offset === 0)
            this.ctx.log.warning(`Could not read the ${this.phase} log; see the run page.`);
        if (!this.finished)
            this.take('', true);
        this.digest.end();
        return this.digest;
    }
    take(text, flush) {
        const lines = (this.partial + text).split('\n');
        this.partial = flush ? '' : (lines.pop() ?? '');
        for (const line of lines) {
            this.digest.line(line);
            if (this.ctx.inputs.showLogs && line.trim())
                this.ctx.log.info(messageOf(line.replace(/\r$/, '')));
        }
    }
}

;// CONCATENATED MODULE: ./src/tfc/plans.ts

async function readPlan(http, id) {
    const path = `plans/${encodeURIComponent(id)}`;
    const resource = (0,jsonapi/* single */.J0)((0,jsonapi/* parseDocument */.Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`));
    return {
        id: resource.id,
        status: (0,jsonapi/* str */.gx)(resource, 'status'),
        hasChanges: (0,jsonapi/* bool */.lc)(resource, 'has-changes'),
        resourceAdditions: (0,jsonapi/* num */.bu)(resource, 'resource-additions'),
        resourceChanges: (0,jsonapi/* num */.bu)(resource, 'resource-changes'),
        resourceDestructions: (0,jsonapi/* num */.bu)(resource, 'resource-destructions'),
        resourceImports: (0,jsonapi/* num */.bu)(resource, 'resource-imports'),
        logReadUrl: (0,jsonapi/* str */.gx)(resource, 'log-read-url') || undefined
    };
}
async function readApply(http, id) {
    const path = `applies/${encodeURIComponent(id)}`;
    const resource = (0,jsonapi/* single */.J0)((0,jsonapi/* parseDocument */.Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`));
    return {
        id: resource.id,
        status: (0,jsonapi/* str */.gx)(resource, 'status'),
        resourceAdditions: (0,jsonapi/* num */.bu)(resource, 'resource-additions'),
        resourceChanges: (0,jsonapi/* num */.bu)(resource, 'resource-changes'),
        resourceDestructions: (0,jsonapi/* num */.bu)(resource, 'resource-destructions'),
        logReadUrl: (0,jsonapi/* str */.gx)(resource, 'log-read-url') || undefined
    };
}
/**
 * Downloads a plan's JSON to `destination`. 204 means "not ready yet" (tried again a few times); 200 is inline;
 * 307 points at short-lived storage on another origin, fetched without the token. Returns false when the plan
 * JSON cannot be read with this token (404: no admin rights for json-output; 422: Terraform too old).
 */
async function downloadJsonPlan(http, planId, kind, destination, wait, onChunk) {
    const path = `plans/${encodeURIComponent(planId)}/${kind}`;
    for (let attempt = 0; attempt < 6; attempt++) {
        const result = await http.fetchBlob(`/api/v2/${path}`, destination, 3, onChunk);
        if (result.status === 200)
            return true;
        if (result.status !== 204)
            return false;
        await wait(500 * (attempt + 1));
    }
    return false;
}

;// CONCATENATED MODULE: ./src/run/wait.ts







/** Log reads go to archive storage, at most about once a second. */
const LOG_READ_MS = 1000;
/**
 * Polls GET /runs/:id (never a list endpoint) until `done`, backing off to `poll-interval`, within `timeout`.
 * While the run is pending, looks up why now and then (a lock, another run holding the workspace) and says so.
 * Throws TimedOut or Interrupted, which the lifecycle turns into stopping the run.
 */
async function waitForRun(ctx, runId, done, phase, workspace, log = new PhaseLog(ctx, phase)) {
    try {
        return await poll(ctx, runId, done, phase, workspace, log);
    }
    catch (error) {
        // The deadline or a stop may cut a request in flight rather than the wait itself: either way it is the phase
        // the step was waiting for that ran out, and the message says which, whatever the machine's timing.
        if (error instanceof errors/* StoppedError */.Ko)
            throw error.reason === 'deadline' ? new failures/* TimedOut */.GA(phase) : new failures/* Interrupted */.j$(phase);
        throw error;
    }
}
async function poll(ctx, runId, done, phase, workspace, log) {
    const { clock } = ctx;
    const started = clock.now();
    let lastStatus = '';
    let pendingSince;
    let nextCheck = 0;
    let pendingReason;
    let nextRead = 0;
    let nextLogRead = 0;
    for (;;) {
        checkStop(ctx, phase, pendingReason && `run ${runId} never started: ${pendingReason}`);
        if (clock.now() >= nextRead) {
            const run = await readRun(ctx.http, runId);
            if (run.status !== lastStatus) {
                ctx.log.info(`${new Date(clock.now()).toISOString().slice(11, 19)} ${run.status}`);
                lastStatus = run.status;
            }
            if (done(run))
                return run;
            if (run.status === 'pending' && workspace) {
                pendingSince ??= clock.now();
                nextCheck ||= pendingSince + FIRST_PENDING_CHECK_MS;
                if (clock.now() >= nextCheck) {
                    nextCheck = clock.now() + PENDING_CHECK_MS;
                    const reason = await whyPending(ctx.http, ctx.inputs.apiOrigin, workspace, run);
                    if (reason && reason !== pendingReason)
                        ctx.log.warning(`Run ${runId} has not started: ${reason}.`);
                    pendingReason = reason;
                }
            }
            else {
                pendingReason = undefined;
            }
            if (!log.following)
                await followLog(ctx, run, phase, log);
            nextRead = clock.now() + nextPollDelay(clock.now() - started, ctx.inputs.pollIntervalMs);
        }
        // While the log is written, read it about once a second; its end marker means the phase is over: read the
        // run at once instead of at the next poll.
        if (log.following && !log.finished && clock.now() >= nextLogRead) {
            nextLogRead = clock.now() + LOG_READ_MS;
            if ((await log.read()).ended) {
                nextRead = clock.now();
                continue;
            }
        }
        const untilRead = nextRead - clock.now();
        const delay = log.following && !log.finished ? Math.min(nextLogRead - clock.now(), untilRead) : untilRead;
        await clock.sleep(Math.min(Math.max(0, delay), Math.max(0, ctx.deadline - clock.now())), ctx.signal);
    }
}
/** Follows the phase's log once the phase has started writing it. */
async function followLog(ctx, run, phase, log) {
    const started = phase === 'plan' ? run.status === 'planning' && run.planId : run.status === 'applying' && run.applyId;
    if (!started)
        return;
    const url = phase === 'plan' ? (await readPlan(ctx.http, run.planId)).logReadUrl : (await readApply(ctx.http, run.applyId)).logReadUrl;
    if (url)
        log.follow(url);
}
function checkStop(ctx, phase, detail) {
    if (ctx.signal?.aborted)
        throw new failures/* Interrupted */.j$(phase);
    if (ctx.clock.now() >= ctx.deadline)
        throw new failures/* TimedOut */.GA(phase, detail);
}

;// CONCATENATED MODULE: ./src/run/act.ts







const APPLY_ATTEMPTS = 3;
/**
 * Confirms the run. A 409 (or an unknown outcome) gets a fresh read and a decision from that state, never a blind
 * retry: the run may have moved on (a `planned` that was transient before cost estimation, say).
 */
async function applyRun(ctx, run, destroys) {
    let current = run;
    for (let attempt = 1; attempt <= APPLY_ATTEMPTS; attempt++) {
        let result;
        try {
            result = await runAction(ctx.http, current.id, 'apply', `Applied by GitHub Actions (${workflowRef(ctx.env)})`);
        }
        catch (error) {
            if (!(error instanceof errors/* OutcomeUnknownError */.Do))
                throw permissionFailure(error, 'apply', current.id);
            result = 'unknown';
        }
        if (result === 'accepted') {
            ctx.log.info('Apply accepted');
            break;
        }
        current = await readRun(ctx.http, current.id);
        ctx.log.info(`Apply answered ${result === 'conflict' ? '409' : 'with an unknown outcome'}; the run is now ${current.status}`);
        if (APPLY_STARTED_STATUSES.has(current.status))
            break;
        if (!isPlanSettled(current))
            current = await waitForRun(ctx, current.id, isPlanSettled, 'plan');
        const decision = decideAfterPlan(current, destroys, ctx.inputs);
        if (decision.kind !== 'apply')
            return { run: current, decision };
        if (attempt === APPLY_ATTEMPTS)
            throw new failures/* StepFailure */.pH(`HCP Terraform refused to apply run ${current.id} ${APPLY_ATTEMPTS} times (status ${current.status}); see the run page.`);
    }
    return { run: current, decision: { kind: 'apply', code: 'apply', reason: 'Applied: `apply` is true.' } };
}
/**
 * HCP Terraform answers 403 or 404 to an action on our own run when the token lacks the permission for it (apply,
 * discard and cancel need "apply runs"): say that, rather than "not found".
 */
function permissionFailure(error, action, runId) {
    if (!(error instanceof errors/* ApiError */.hD) || (error.status !== 403 && error.status !== 404))
        return error;
    return new failures/* StepFailure */.pH(`The token may not ${action} run ${runId} (HCP Terraform answered ${error.status} to ${error.endpoint}): it needs the "apply runs" permission on the workspace; give the token's team "write" access.`);
}
/** Discards the run. On a 409 the fresh state decides: already ended (reported as it is), one more try, or a failure. */
async function discardRun(ctx, run, reason) {
    const comment = `Discarded by GitHub Actions (${workflowRef(ctx.env)}): ${reason}`;
    const discard = () => runAction(ctx.http, run.id, 'discard', comment).catch((error) => {
        throw permissionFailure(error, 'discard', run.id);
    });
    if ((await discard()) === 'conflict') {
        const fresh = await readRun(ctx.http, run.id);
        ctx.log.info(`Discard answered 409; the run is now ${fresh.status}`);
        if (isTerminal(fresh))
            return fresh;
        if (!fresh.actions.isDiscardable || (await discard()) === 'conflict') {
            throw new failures/* StepFailure */.pH(`Could not discard run ${run.id}: it is now ${fresh.status}. Check the run page; it may hold the workspace's queue.`);
        }
    }
    const done = await waitForRun(ctx, run.id, isTerminal, 'plan');
    ctx.log.info(`Run ${done.id} is ${done.status}`);
    return done;
}

;// CONCATENATED MODULE: ./src/run/apply-wait.ts





/** After a confirmed apply: wait for it to end (unless `wait-for-apply` is false) and say how it went. */
async function waitForApply(ctx, run) {
    if (!ctx.inputs.waitForApply) {
        return { run, kind: 'applying', action: 'Apply started; not waiting for it because `wait-for-apply` is false.', applied: true };
    }
    const log = new PhaseLog(ctx, 'apply');
    const done = await ctx.log.group('Wait for the apply', () => waitForRun(ctx, run.id, isTerminal, 'apply', undefined, log));
    const apply = done.applyId ? await readApply(ctx.http, done.applyId) : undefined;
    const digest = apply && apply.status !== 'unreachable' ? await log.finish(apply.logReadUrl) : undefined;
    const applyDiagnostics = digest?.diagnostics;
    if (done.status === 'applied')
        return { run: done, kind: 'applied', action: 'Applied: `apply` is true.', applied: true, applyDiagnostics };
    const applyLog = digest?.lastLines().length ? excerptOf(digest) : undefined;
    const errored = done.status === 'errored';
    return {
        run: done,
        kind: errored ? 'apply-errored' : 'canceled',
        action: 'Confirmed the run, but the apply did not succeed.',
        failure: errored
            ? 'The apply errored; see its errors in the job summary and the run page. Some changes may have been applied.'
            : `The apply ended as ${done.status}.`,
        applied: false,
        applyLog,
        applyDiagnostics
    };
}

;// CONCATENATED MODULE: ./src/run/adopt-run.ts



/**
 * `run: run-…`: the run to act on, and its workspace. When `workspace` is also given it must be the run's: a run
 * ID pasted into the wrong workflow must not be applied in another workspace's name.
 */
async function adoptRunById(ctx, runId) {
    const host = new URL(ctx.inputs.apiOrigin).host;
    const run = await (0,failures/* explained */.to)(() => readRun(ctx.http, runId), `Run ${runId} was not found on ${host}, or the token cannot read it. Check \`run\`.`);
    if (!run.workspaceId)
        throw new failures/* StepFailure */.pH(`Run ${runId} names no workspace; HCP Terraform answered an incomplete run.`);
    const workspace = await lookupWorkspace(ctx, run.workspaceId, 'run');
    if (ctx.inputs.workspace) {
        const given = await lookupWorkspace(ctx, ctx.inputs.workspace, 'workspace');
        if (given.id !== workspace.id) {
            throw new failures/* StepFailure */.pH(`Input \`workspace\`: run ${runId} belongs to workspace ${workspace.organization}/${workspace.name}, not ${given.organization}/${given.name}. Nothing was done; check \`run\` and \`workspace\`.`);
        }
    }
    ctx.log.info(`Adopting run ${run.id} (${run.status}${run.savePlan ? ', a saved plan' : ''}); this step creates no run`);
    return { run, workspace: checkWorkspace(ctx, workspace) };
}
/**
 * Why a reviewed saved plan cannot be applied, from its status (the Terraform CLI's own list); `nothing` when
 * there is nothing to apply and that is fine. Undefined when it can go on to be applied.
 */
function reviewedRunProblem(run, prNumber) {
    const which = `The plan reviewed on pull request #${prNumber} (run ${run.id})`;
    const replan = "Re-run the pull request's plan to review the current code, then apply that run with `run:` and its ID.";
    switch (run.status) {
        case 'planned_and_finished':
            return { nothing: `${which} has no changes: nothing to apply.` };
        case 'discarded':
            return {
                fail: `${which} was discarded: either another run was applied first, or someone discarded it. Nothing was applied. ${replan}`
            };
        case 'applied':
            return { fail: `${which} is already applied. Nothing was applied again.` };
        case 'confirmed':
        case 'apply_queued':
        case 'queuing_apply':
        case 'applying':
            return { fail: `${which} is already confirmed and applying; follow it on the run page. Nothing was applied again.` };
        case 'errored':
            return { fail: `${which} errored. Nothing was applied. ${replan}` };
        case 'canceled':
        case 'force_canceled':
            return { fail: `${which} was canceled. Nothing was applied. ${replan}` };
        case 'policy_override':
        case 'tf_policy_override':
            return {
                fail: `${which} needs a policy override before it can be applied: someone with "manage policy overrides" permission must override it on the run page, then re-run this job.`
            };
    }
    if (!run.actions.isConfirmable) {
        return {
            fail: `${which} cannot be applied now (${run.status}): its plan and checks have not completed, or it waits for a decision on the run page.`
        };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/tfc/configuration-versions.ts
var configuration_versions = __nccwpck_require__(1107);
;// CONCATENATED MODULE: ./src/run/configuration/explicit.ts


/** Reads a configuration version and checks it can back this run; failures name `input`. */
async function checkedConfigurationVersion(ctx, id, input) {
    const cv = await (0,failures/* explained */.to)(() => (0,configuration_versions/* readConfigurationVersion */.jG)(ctx.http, id), `Configuration version ${id} was not found, or the token cannot read it. Check \`${input}\`.`);
    const problem = (0,configuration_versions/* configurationVersionProblem */.qP)(cv, ctx.inputs.planOnly);
    if (problem)
        throw new failures/* StepFailure */.pH(`Input \`${input}\`: ${problem}.`);
    ctx.log.info(`Configuration version ${cv.id} (${cv.status}${cv.source ? `, from ${cv.source}` : ''})`);
    return cv;
}
/** `configuration-version`: a cv-… ID, possibly of another workspace. */
async function explicitConfiguration(ctx, id) {
    const cv = await checkedConfigurationVersion(ctx, id, 'configuration-version');
    return { id: cv.id, source: `given as \`configuration-version\`${cv.source ? `, uploaded by ${cv.source}` : ''}` };
}

;// CONCATENATED MODULE: ./src/run/configuration/latest.ts
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * No configuration named: HCP Terraform runs the workspace's latest configuration version. On a pull request that
 * is rarely what a reviewer thinks they are looking at, so the log and the report say so.
 */
function latestConfiguration(ctx) {
    ctx.log.info("Configuration version: the workspace's latest");
    if (!PULL_REQUEST_EVENTS.has(ctx.env.GITHUB_EVENT_NAME ?? ''))
        return { source: "the workspace's latest" };
    const warning = "This plan is of the workspace's latest configuration version, not of this pull request's code: set `directory` to upload the pull request's configuration.";
    ctx.log.warning(warning);
    return { source: "the workspace's latest", warning };
}

;// CONCATENATED MODULE: ./src/run/configuration/promote.ts




/** `promote-from`: the configuration version of the source workspace's last applied run (tfc-api.md §3.4). */
async function promotedConfiguration(ctx, from) {
    const source = await lookupWorkspace(ctx, from, 'promote-from');
    let applied;
    if (source.currentRunId) {
        const current = await readRun(ctx.http, source.currentRunId);
        if (current.status === 'applied')
            applied = current;
    }
    if (!applied) {
        // The current run may be newer and not applied yet: look back for the newest applied one. The list endpoint
        // is rate limited to 30/min, so this is a single look-up; the status is checked here, not only by the filter.
        const runs = await listRuns(ctx.http, source.id, { 'filter[status]': 'applied' }, 20);
        applied = runs.find(r => r.status === 'applied');
    }
    if (!applied?.configurationVersionId) {
        throw new failures/* StepFailure */.pH(`Input \`promote-from\`: workspace ${source.organization}/${source.name} has no applied run to promote; apply a run there first, or pass \`configuration-version\` instead.`);
    }
    ctx.log.info(`Promoting configuration version ${applied.configurationVersionId} of ${source.name}'s applied run ${applied.id}`);
    const cv = await checkedConfigurationVersion(ctx, applied.configurationVersionId, 'promote-from');
    return { id: cv.id, source: `promoted from ${from}'s applied run ${applied.id}` };
}

;// CONCATENATED MODULE: ./src/run/configuration/index.ts



/** The one seam for where a run's configuration comes from; the inputs allow at most one source. */
function getConfiguration(ctx, workspace) {
    const { inputs } = ctx;
    // The packer (tar, gzip, the ignore rules) loads only for an upload: every other run starts without it.
    if (inputs.directory)
        return Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(365)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6365)).then(m => m.uploadedConfiguration(ctx, workspace, inputs.directory));
    if (inputs.promoteFrom)
        return promotedConfiguration(ctx, inputs.promoteFrom);
    if (inputs.configurationVersion)
        return explicitConfiguration(ctx, inputs.configurationVersion);
    return latestConfiguration(ctx);
}

;// CONCATENATED MODULE: ./src/run/get-run.ts





/**
 * The one seam for which run the step acts on: with `run` an existing one (by ID, or the plan reviewed on the
 * merged pull request); otherwise the workspace, and the configuration from its one source, for a new run.
 */
async function resolveStart(ctx, findReviewedPlan) {
    const { inputs } = ctx;
    if (inputs.run && inputs.run !== 'reviewed') {
        const { run, workspace } = await adoptRunById(ctx, inputs.run);
        return { workspace, configuration: adoptedConfiguration(run), adopted: { run } };
    }
    const workspace = await resolveWorkspace(ctx);
    if (inputs.run !== 'reviewed')
        return { workspace, configuration: await getConfiguration(ctx, workspace) };
    if (!findReviewedPlan)
        throw new failures/* StepFailure */.pH('Input `run: reviewed` needs the GitHub API to find the reviewed plan, and it is not available here.');
    const reviewed = await findReviewedPlan(workspace);
    if (reviewed.plannedSha !== reviewed.mergedHeadSha) {
        throw new failures/* StepFailure */.pH(`The plan reviewed on pull request #${reviewed.pr.number} (run ${reviewed.runId}) is of ${reviewed.plannedSha.slice(0, 7)}, but the pull request was merged at ${reviewed.mergedHeadSha.slice(0, 7)}: code was pushed after the plan. Nothing was applied. Re-run the plan on the merged code, review it, and apply that run with \`run:\` and its ID.`);
    }
    const { run } = await adoptRunById(ctx, reviewed.runId);
    if (run.workspaceId !== workspace.id)
        throw new failures/* StepFailure */.pH(`The reviewed run ${run.id} is not on workspace ${workspace.organization}/${workspace.name}. Nothing was applied.`);
    if (!run.savePlan) {
        throw new failures/* StepFailure */.pH(`Run ${run.id}, shown on pull request #${reviewed.pr.number}, is not a saved plan: the pull request's plan step needs \`save-plan: true\` for its plan to be applied after the merge. Nothing was applied.`);
    }
    const problem = reviewedRunProblem(run, reviewed.pr.number);
    if (problem && 'fail' in problem)
        throw new failures/* StepFailure */.pH(`${problem.fail} See ${runUrl(inputs.apiOrigin, workspace, run.id)}`);
    return { workspace, configuration: adoptedConfiguration(run), adopted: { run, reviewed, nothingToApply: problem?.nothing } };
}
/** Creates the step's own run on the chosen configuration. */
async function get_run_createRun(ctx, workspace, configuration) {
    const run = await createStepRun(ctx, workspace, configuration);
    ctx.log.info(`Created run ${run.id}: ${runUrl(ctx.inputs.apiOrigin, workspace, run.id)}`);
    return run;
}
/** A server that ignores `save-plan` (older Terraform Enterprise) made an ordinary run: that is a failure, said plainly. */
function checkSavedPlan(ctx, run) {
    if (ctx.inputs.savePlan && !run.savePlan) {
        throw new failures/* StepFailure */.pH(`HCP Terraform created run ${run.id} as an ordinary run: it ignored \`save-plan\` (Terraform Enterprise releases before saved plans do). Upgrade, or plan without \`save-plan\`.`);
    }
}
function adoptedConfiguration(run) {
    return { id: run.configurationVersionId, source: `the code of run ${run.id}` };
}

;// CONCATENATED MODULE: ./src/run/outcome.ts
/** Where a run stands for the report, from the decision taken on it and its final state. */
function outcomeOf(decision, run, counts) {
    switch (decision.code) {
        case 'destroy-refused':
            return 'destroy-refused';
        case 'awaiting-decision':
        case 'policy-soft-failed':
            return 'needs-decision';
        case 'not-applied':
        case 'discarded-elsewhere':
            return 'discarded';
        case 'left-for-confirmation':
            return 'left';
        case 'saved':
            return 'saved';
        case 'plan-errored':
            return 'errored';
        case 'checks-failed':
            return 'checks-failed';
        case 'canceled-elsewhere':
            return 'canceled';
        case 'applied-before-confirm':
        case 'applied-elsewhere':
            return 'applied';
        case 'no-changes':
            return 'no-changes';
        case 'speculative':
            return counts && Object.values(counts).some(n => n > 0) ? 'plan-only' : 'no-changes';
        case 'apply':
            return run.status === 'applied' ? 'applied' : 'applying';
        case 'unknown-status':
            return 'planned';
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/plan/stream.ts
var stream = __nccwpck_require__(4707);
// EXTERNAL MODULE: ./src/plan/summary.ts
var summary = __nccwpck_require__(967);
;// CONCATENATED MODULE: ./src/plan/read.ts



/**
 * Reads a saved JSON plan file into its summary, streaming: the file is never held whole, nor parsed whole.
 * Throws with a plain message when the file is not a JSON plan.
 */
async function readPlanSummary(path) {
    const reader = planSummaryReader();
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
        reader.push(chunk);
    return reader.end();
}
/** The same reader fed chunk by chunk, as bytes arrive (a download read while it is written to disk). */
function planSummaryReader() {
    const builder = new summary/* PlanSummaryBuilder */.Db();
    const scanner = new stream/* JsonPlanScanner */.q(summary/* STREAMED_MEMBERS */.A$, summary/* KEPT_MEMBERS */.NW, {
        element: (key, value, deferred) => (key === 'resource_changes' ? builder.resourceChange(value, deferred) : builder.drift(value)),
        member: (key, value) => builder.member(key, value)
    });
    return {
        push: chunk => scanner.push(chunk),
        end: () => {
            scanner.end();
            return builder.build();
        }
    };
}

;// CONCATENATED MODULE: ./src/tfc/cost-estimates.ts

async function readCostEstimate(http, id) {
    const path = `cost-estimates/${encodeURIComponent(id)}`;
    const resource = (0,jsonapi/* single */.J0)((0,jsonapi/* parseDocument */.Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`));
    const text = (key) => (0,jsonapi/* str */.gx)(resource, key) || undefined;
    return {
        id: resource.id,
        status: (0,jsonapi/* str */.gx)(resource, 'status'),
        proposedMonthlyCost: text('proposed-monthly-cost'),
        priorMonthlyCost: text('prior-monthly-cost'),
        deltaMonthlyCost: text('delta-monthly-cost'),
        matchedResourcesCount: (0,jsonapi/* num */.bu)(resource, 'matched-resources-count') ?? undefined,
        resourcesCount: (0,jsonapi/* num */.bu)(resource, 'resources-count') ?? undefined,
        errorMessage: text('error-message')
    };
}
/** One line for the report, as the Terraform CLI says it; undefined when there is nothing to say yet. */
function describeCost(cost) {
    switch (cost.status) {
        case 'finished': {
            if (cost.proposedMonthlyCost === undefined)
                return undefined;
            const delta = Number.parseFloat(cost.deltaMonthlyCost ?? '0');
            const change = `${delta < 0 ? '-' : '+'}$${Math.abs(delta).toFixed(2)}`;
            const resources = cost.resourcesCount !== undefined ? ` · resources: ${cost.matchedResourcesCount ?? 0} of ${cost.resourcesCount} estimated` : '';
            return `$${Number.parseFloat(cost.proposedMonthlyCost).toFixed(2)}/mo (${change})${resources}`;
        }
        case 'skipped_due_to_targeting':
            return 'not available for this plan, because it was created with targeting (target-addrs)';
        case 'errored':
            return `cost estimation errored${cost.errorMessage ? `: ${cost.errorMessage}` : ''}`;
        case 'canceled':
        case 'unreachable':
            return `no estimate (${cost.status})`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/run/read-plan.ts











/**
 * Reads the plan, the rest of its log (for its diagnostics, and for an errored plan the part that matters), its
 * JSON (redacted first, then full) and its cost estimate.
 */
async function readPlanDetails(ctx, run, planLog = new PhaseLog(ctx, 'plan')) {
    if (!run.planId)
        return {};
    const plan = await readPlan(ctx.http, run.planId);
    if (plan.logReadUrl)
        ctx.log.setSecret(plan.logReadUrl);
    ctx.log.info(`Plan ${plan.id} ${plan.status}: ${plan.resourceAdditions ?? 0} to add, ${plan.resourceChanges ?? 0} to change, ${plan.resourceDestructions ?? 0} to destroy`);
    const digest = plan.status === 'finished' || plan.status === 'errored' ? await planLog.finish(plan.logReadUrl) : undefined;
    // Only a plan that errored shows its log: a run that errored on a policy or a run task has a plan log that
    // says the plan succeeded.
    let log;
    if (digest && plan.status === 'errored' && digest.lastLines().length) {
        log = excerptOf(digest);
        if (!ctx.inputs.showLogs)
            ctx.log.info(`Plan log (${log.kind}):\n${log.text}`);
    }
    const json = plan.status === 'finished' ? await readJsonPlan(ctx, plan) : {};
    const cost = run.costEstimateId ? await readCost(ctx, run.costEstimateId) : undefined;
    return { plan, log, cost, diagnostics: digest?.diagnostics, ...json };
}
async function readJsonPlan(ctx, plan) {
    const dir = (0,external_node_path_.join)(ctx.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'tfe-run-action');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, `${plan.id}.json`);
    const wait = (ms) => ctx.clock.sleep(ms, ctx.signal);
    for (const kind of ['json-output-redacted', 'json-output']) {
        try {
            // One pass: the plan is read as it is written to the file behind `plan-json`, not read back afterwards.
            const reader = planSummaryReader();
            if (!(await downloadJsonPlan(ctx.http, plan.id, kind, file, wait, chunk => reader.push(chunk))))
                continue;
            const summary = reader.end();
            ctx.log.info(`Read the JSON plan (${kind}): ${summary.changes.length} resource changes; saved to ${file}`);
            return { summary, jsonFile: file, jsonFormat: kind === 'json-output' ? 'full' : 'redacted' };
        }
        catch (error) {
            // Out of time, or stopping: that is the step's business, not a plan that could not be read.
            if (error instanceof errors/* StoppedError */.Ko)
                throw error;
            ctx.log.warning(`Could not read the JSON plan (${kind}): ${error.message}`);
        }
    }
    const note = 'The JSON plan could not be read with this token, so the resource list is missing; counts come from the Plans API (a replacement counts as one add and one destroy).';
    ctx.log.warning(note);
    return { note };
}
/** A cost estimate that cannot be read is a warning: the plan is what the step is about. */
async function readCost(ctx, id) {
    try {
        const cost = await readCostEstimate(ctx.http, id);
        const line = describeCost(cost);
        if (line)
            ctx.log.info(`Cost estimate: ${line}`);
        return cost;
    }
    catch (error) {
        if (error instanceof errors/* StoppedError */.Ko)
            throw error;
        ctx.log.warning(`Could not read the cost estimate ${id}: ${error.message}`);
        return undefined;
    }
}
/** Resources the plan destroys, replacements included; from the JSON plan when read, else the Plans API's count. */
function destroysOf(details) {
    if (details.summary)
        return (0,summary/* destroyCount */.M5)(details.summary.counts);
    return details.plan?.resourceDestructions ?? 0;
}
/** Counts from the Plans API, for when the JSON plan could not be read. */
function apiCounts(plan) {
    if (!plan || plan.resourceAdditions === null)
        return undefined;
    return {
        ...(0,summary/* emptyCounts */.W1)(),
        add: plan.resourceAdditions ?? 0,
        change: plan.resourceChanges ?? 0,
        destroy: plan.resourceDestructions ?? 0,
        import: plan.resourceImports ?? 0
    };
}
/** The counts the report and decisions use: the JSON plan's when read, else the Plans API's. */
function countsOf(details) {
    return details.summary?.counts ?? apiCounts(details.plan);
}

// EXTERNAL MODULE: ./src/duration.ts
var duration = __nccwpck_require__(7607);
;// CONCATENATED MODULE: ./src/run/stop-run.ts




/** Each 409 (the run moved between our read and our action) gets a fresh read and a fresh choice, this many times. */
const STOP_ATTEMPTS = 3;
/**
 * Stops a run that must not hold the workspace's queue, choosing from the run's own `actions` flags: discard when
 * it is discardable (waiting for confirmation, a decision or its turn), else cancel when it is cancelable. Never
 * touches a run whose apply has started. On 409 or an unknown outcome it reads the run again and chooses again.
 */
async function stopRunSafely(http, runId, comment, fresh) {
    // A caller that has just read the run hands it over rather than have it read twice.
    let run = fresh ?? (await readRun(http, runId));
    let unconfirmed;
    for (let attempt = 1; attempt <= STOP_ATTEMPTS; attempt++) {
        if (isTerminal(run))
            return { kind: 'ended', run };
        if (APPLY_STARTED_STATUSES.has(run.status))
            return { kind: 'applying', run };
        const action = run.actions.isDiscardable ? 'discard' : run.actions.isCancelable ? 'cancel' : undefined;
        if (!action)
            return { kind: 'not-allowed', run };
        let answer;
        try {
            answer = await runAction(http, run.id, action, comment);
        }
        catch (error) {
            if (!(error instanceof errors/* OutcomeUnknownError */.Do))
                throw error;
            unconfirmed = error;
            answer = 'unknown';
        }
        if (answer === 'accepted')
            return { kind: action === 'discard' ? 'discarded' : 'canceled', run: await readRun(http, runId) };
        run = await readRun(http, runId);
    }
    if (isTerminal(run))
        return { kind: 'ended', run };
    // Never report a stop the server did not confirm: the caller says so, and the post step tries again.
    if (unconfirmed)
        throw unconfirmed;
    return { kind: 'not-allowed', run };
}
/**
 * After a cancel was accepted, waits (within `until`) for the run to end; force-cancels once HCP Terraform allows it
 * (`is-force-cancelable`, after `force-cancel-available-at`) when `forceCancel` asks for it.
 */
async function settleCanceled(http, run, options) {
    let current = run;
    while (!isTerminal(current) && options.clock.now() < options.until) {
        await options.clock.sleep(Math.min(options.pollMs, Math.max(0, options.until - options.clock.now())));
        current = await readRun(http, run.id);
        if (options.forceCancel && current.actions.isForceCancelable && !isTerminal(current)) {
            if ((await runAction(http, run.id, 'force-cancel', 'Force-canceled by GitHub Actions: the step timed out')) === 'accepted') {
                return { kind: 'force-canceled', run: await readRun(http, run.id) };
            }
        }
    }
    return { kind: 'canceled', run: current };
}
/** One sentence for the log and the report: what was done to the run, in the server's terms. */
function describeStop(result, runUrl) {
    const { run } = result;
    switch (result.kind) {
        case 'ended':
            return `The run had already ended (${run.status}).`;
        case 'applying':
            return `The run is still applying (${run.status}), so it was left alone: canceling an apply can leave infrastructure half-changed. Follow it at ${runUrl}`;
        case 'discarded':
            return 'Discarded the run.';
        case 'canceled':
            return isTerminal(run)
                ? 'Canceled the run.'
                : `Canceled the run: HCP Terraform accepted the cancel, and the run (${run.status}) stops when Terraform reaches its next safe point.`;
        case 'force-canceled':
            return 'Canceled the run; it did not stop, so it was force-canceled.';
        case 'not-allowed':
            if (run.forceCancelAvailableAt)
                return `A cancel of the run is already under way (${run.status}); it stops when Terraform reaches a safe point.`;
            return `Could not stop the run (${run.status}): HCP Terraform allowed neither a discard nor a cancel. Check it at ${runUrl}`;
    }
}

;// CONCATENATED MODULE: ./src/run/stop-step.ts









/** Time to stop the run after `timeout`: enough for a cancel to take, short enough that the step ends promptly. */
const STOP_AFTER_TIMEOUT_MS = 20_000;
/** With `force-cancel`, long enough for HCP Terraform's cool-off before a force-cancel is allowed. */
const STOP_WITH_FORCE_CANCEL_MS = 5 * 60_000;
/** After a job cancellation the runner kills the process within seconds (SIGINT, then SIGTERM 7.5 s later). */
const STOP_AFTER_INTERRUPT_MS = 5_000;
const STOP_AFTER_FAILURE_MS = 20_000;
/** A timeout or an interruption, from wherever it surfaced: a wait, or the transport at the deadline. */
function stopReasonOf(error) {
    if (error instanceof failures/* TimedOut */.GA)
        return { kind: 'timeout', waitingFor: `the ${error.phase}`, detail: error.detail };
    if (error instanceof failures/* Interrupted */.j$)
        return { kind: 'interrupt', waitingFor: `the ${error.phase}` };
    if (error instanceof errors/* StoppedError */.Ko) {
        return { kind: error.reason === 'deadline' ? 'timeout' : 'interrupt', waitingFor: `an answer from HCP Terraform (${error.message})` };
    }
    return undefined;
}
/**
 * Timeout or interrupt: stop the run this step acts on so it does not hold the queue, through a transport of its
 * own (the step's is past its deadline or aborted). A run that is applying is never touched.
 */
async function stopForReason(ctx, reason, workspace, run, 
/** False for a run adopted with `run`: this step never stops a run it did not create. */
owned = true) {
    const why = reason.kind === 'timeout'
        ? `Timed out after ${(0,duration/* formatDuration */.a)(ctx.inputs.timeoutMs)} (the \`timeout\` input) while waiting for ${reason.waitingFor}`
        : `The step was interrupted while waiting for ${reason.waitingFor}`;
    if (!run || !workspace)
        return { action: 'No run had been created.', failure: `${why}; no run had been created.` };
    if (!owned) {
        const action = `This step did not create run ${run.id}, so it leaves it as it is: ${runUrl(ctx.inputs.apiOrigin, workspace, run.id)}`;
        return { run, action, failure: `${why}. ${action}` };
    }
    const budget = reason.kind === 'interrupt' ? STOP_AFTER_INTERRUPT_MS : ctx.inputs.forceCancel ? STOP_WITH_FORCE_CANCEL_MS : STOP_AFTER_TIMEOUT_MS;
    const http = ctx.stopTransport(budget);
    const url = runUrl(ctx.inputs.apiOrigin, workspace, run.id);
    try {
        let detail = reason.detail;
        const fresh = await readRun(http, run.id);
        if (reason.kind === 'timeout' && !detail && fresh.status === 'pending') {
            const pending = await whyPending(http, ctx.inputs.apiOrigin, workspace, fresh);
            if (pending)
                detail = `run ${run.id} never started: ${pending}`;
        }
        let result = await stopRunSafely(http, run.id, `Stopped by GitHub Actions: ${why}`, fresh);
        // After an interrupt the runner kills the process within seconds: the cancel is sent, do not wait for it.
        if (result.kind === 'canceled' && reason.kind === 'timeout') {
            result = await settleCanceled(http, result.run, {
                clock: ctx.clock,
                until: ctx.clock.now() + budget,
                forceCancel: ctx.inputs.forceCancel,
                pollMs: Math.min(2000, ctx.inputs.pollIntervalMs)
            });
            if (!isTerminal(result.run))
                ctx.log.warning(`Run ${run.id} is still ${result.run.status} after the cancel; it stops when Terraform exits.`);
        }
        const action = describeStop(result, url);
        ctx.log.info(action);
        return { run: result.run, action, failure: `${why}${detail ? `: ${detail}` : ''}. ${action}` };
    }
    catch (error) {
        const action = `Stopping run ${run.id} failed too (${error.message}); the post step will try again. Check it at ${url}`;
        ctx.log.warning(action);
        return { action, failure: `${why}. ${action}` };
    }
    finally {
        http.dispose();
    }
}
/**
 * After an unexpected failure, do not leave the run holding the workspace's queue, unless the inputs asked to leave
 * such a run for a person (`discard: false`). Returns a sentence saying what was done, and the run as last read.
 */
async function stopAfterFailure(ctx, workspace, run) {
    const http = ctx.stopTransport(STOP_AFTER_FAILURE_MS);
    const url = runUrl(ctx.inputs.apiOrigin, workspace, run.id);
    try {
        const current = await readRun(http, run.id);
        const waitsForPerson = current.actions.isConfirmable || AWAITING_DECISION_STATUSES.has(current.status);
        if (isTerminal(current) || (waitsForPerson && !ctx.inputs.discard))
            return { run: current, stopFailed: false };
        const result = await stopRunSafely(http, run.id, 'Stopped by GitHub Actions: the step failed', current);
        const action = result.kind === 'discarded' || result.kind === 'canceled'
            ? `${describeStop(result, url)} It no longer holds the workspace's queue.`
            : describeStop(result, url);
        ctx.log.warning(action);
        return { action, run: result.run, stopFailed: result.kind === 'not-allowed' };
    }
    catch (error) {
        if (error instanceof errors/* ApiError */.hD && (error.status === 403 || error.status === 404)) {
            const action = `The token may not stop the run either (${error.status} to ${error.endpoint}): ask someone with "apply runs" access to discard run ${run.id}, which holds the workspace's queue: ${url}`;
            return { action, stopFailed: false };
        }
        return { action: `Stopping run ${run.id} failed too (${error.message}); the post step will try again.`, stopFailed: true };
    }
    finally {
        http.dispose();
    }
}
/**
 * Whether the post step must look at the run again: derived from the final result, not from which path got there.
 * A run that ended, that is applying, or that was left for a person on purpose needs nothing more.
 */
function needsBackstop(run, leftOnPurpose) {
    return !!run && !isTerminal(run) && !APPLY_STARTED_STATUSES.has(run.status) && !leftOnPurpose;
}

// EXTERNAL MODULE: ./src/run/checks.ts + 1 modules
var run_checks = __nccwpck_require__(5743);
// EXTERNAL MODULE: ./src/tfc/policy-checks.ts
var policy_checks = __nccwpck_require__(4287);
;// CONCATENATED MODULE: ./src/tfc/run-comments.ts
/** Adds a comment to a run, shown on its page: where an override's justification is recorded. */
async function commentOnRun(http, runId, body) {
    await http.request('POST', `runs/${encodeURIComponent(runId)}/comments`, {
        body: { data: { type: 'comments', attributes: { body } } }
    });
}

// EXTERNAL MODULE: ./src/tfc/task-stages.ts
var task_stages = __nccwpck_require__(2452);
;// CONCATENATED MODULE: ./src/run/override.ts
/**
 * `override-policies`: overrides what a run waits on (a soft-failed Sentinel check, a task stage awaiting an
 * override), only when the server says it is overridable and this token may, records the reason as a run comment,
 * and waits for the run to settle again (tfc-api-addendum.md §3.4).
 */








/** Pre-plan, post-plan and Sentinel: a run waits for at most three decisions before its apply. */
const MAX_OVERRIDE_ROUNDS = 3;
/** Reads the settled run's checks and, with `override-policies`, overrides what it waits on while that is allowed. */
async function settleChecks(ctx, settled, planLog, workspace) {
    let run = settled;
    let checks = await (0,run_checks/* readChecks */.wf)(ctx, run);
    const overrides = [];
    for (let round = 0; ctx.inputs.overridePolicies && AWAITING_DECISION_STATUSES.has(run.status) && round < MAX_OVERRIDE_ROUNDS; round++) {
        const waitingOn = run.status;
        const current = run;
        const done = await ctx.log.group('Override policies', () => overrideChecks(ctx, current, checks));
        if (!done.length)
            break;
        overrides.push(...done);
        run = await ctx.log.group('Wait for the plan', () => waitForRun(ctx, current.id, r => r.status !== waitingOn && isPlanSettled(r), 'plan', workspace, planLog));
        checks = await (0,run_checks/* readChecks */.wf)(ctx, run);
    }
    return { run, checks, overrides };
}
/** Overrides every check the run waits on, or none when any of them may not be (the failure then says why). */
async function overrideChecks(ctx, run, checks) {
    const waiting = (0,run_checks/* awaitingOverride */.Zn)(checks);
    const blocked = waiting.find(w => !w.isOverridable || !w.canOverride);
    if (!waiting.length || blocked) {
        ctx.log.warning(blocked
            ? `Not overriding: the ${blocked.what} ${blocked.isOverridable ? 'may not be overridden with this token' : 'is not overridable'}.`
            : `Not overriding: the run waits (${run.status}) on nothing this step can override.`);
        return [];
    }
    const reason = ctx.inputs.overrideReason;
    const done = [];
    for (const item of waiting) {
        const result = item.kind === 'policy-check'
            ? await (0,policy_checks/* overridePolicyCheck */.bV)(ctx.http, item.id, reason)
            : await (0,task_stages/* overrideTaskStage */.KB)(ctx.http, item.id, reason);
        if (result === 'conflict') {
            ctx.log.warning(`HCP Terraform refused to override the ${item.what} (409): it is no longer waiting for an override.`);
            continue;
        }
        ctx.log.info(`Overrode the ${item.what}: ${reason}`);
        done.push(item.what);
    }
    if (done.length)
        await recordReason(ctx, run, done);
    return done;
}
/** The justification goes on the run, where the next person to look at it will see it. */
async function recordReason(ctx, run, done) {
    const { env } = ctx;
    const by = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : 'tfe-run-action';
    try {
        await commentOnRun(ctx.http, run.id, `Overridden by ${by} (override-policies): ${ctx.inputs.overrideReason}\n\nOverrode: ${done.join('; ')}`);
    }
    catch (error) {
        if (error instanceof errors/* StoppedError */.Ko)
            throw error;
        ctx.log.warning(`Overrode, but could not record the reason on the run: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/lifecycle.ts












/**
 * The run lifecycle: resolve the workspace, get the configuration, get the run, wait until planned, read the plan,
 * decide, act, wait for the apply. Each stage takes values and returns values. Every exit leaves no run of ours
 * pending unless the inputs asked for that (`discard: false`), and never touches a run that is applying.
 */
async function runLifecycle(ctx, hooks = {}) {
    const { log, inputs } = ctx;
    let workspace;
    let configuration;
    let run;
    let plan = {};
    let checks;
    let overrides = [];
    // A run this step did not create is never stopped by it: only acted on as the inputs say (`run`).
    let owned = false;
    const known = () => ({ workspace, configuration, run, plan, checks, overrides });
    try {
        const start = await log.group('Resolve workspace and configuration version', () => resolveStart(ctx, hooks.findReviewedPlan));
        workspace = start.workspace;
        configuration = start.configuration;
        const target = workspace;
        if (start.adopted) {
            run = start.adopted.run;
            if (start.adopted.nothingToApply) {
                log.info(start.adopted.nothingToApply);
                return { ...known(), kind: 'no-changes', action: start.adopted.nothingToApply, applied: false, discarded: false, cleanup: [] };
            }
        }
        else {
            const chosen = start.configuration;
            run = await log.group('Create run', () => get_run_createRun(ctx, target, chosen));
            owned = true;
            hooks.onRun?.(run);
            checkSavedPlan(ctx, run);
            await hooks.onProgress?.(progress(known(), 'planning', 'Planning; this comment is updated when the plan is ready.'));
        }
        const reviewed = start.adopted?.reviewed;
        const created = run;
        const planLog = new PhaseLog(ctx, 'plan');
        const waited = await log.group('Wait for the plan', () => waitForRun(ctx, created.id, isPlanSettled, 'plan', target, planLog));
        run = waited;
        const checked = await settleChecks(ctx, waited, planLog, target);
        ({ checks, overrides } = checked);
        let settled = (run = checked.run);
        plan = await log.group('Read the plan', () => readPlanDetails(ctx, settled, planLog));
        let decision = (0,run_checks/* explainedDecision */.hh)(decideAfterPlan(settled, destroysOf(plan), inputs), checks, inputs.overridePolicies);
        log.info(decision.reason);
        if (decision.kind === 'apply') {
            const planned = settled;
            const confirmed = await log.group('Apply', () => applyRun(ctx, planned, destroysOf(plan)));
            run = settled = confirmed.run;
            decision = confirmed.decision;
            if (decision.kind === 'apply') {
                await hooks.onProgress?.(progress(known(), 'applying', reviewed ? appliedReviewed(ctx, reviewed, 'Applying') : 'Applying.'));
                const applied = await waitForApply(ctx, settled);
                run = applied.run;
                const action = reviewed && applied.applied ? appliedReviewed(ctx, reviewed, 'Applied') : applied.action;
                return { ...known(), ...applied, action, discarded: false, cleanup: [] };
            }
        }
        if (decision.kind === 'discard') {
            const toDiscard = settled;
            const reason = decision.reason;
            run = settled = await log.group('Discard', () => discardRun(ctx, toDiscard, reason));
        }
        return {
            ...known(),
            kind: outcomeOf(decision, settled, countsOf(plan)),
            action: decision.reason,
            failure: decision.fail,
            applied: settled.status === 'applied',
            discarded: settled.status === 'discarded' && decision.kind === 'discard',
            cleanup: owned && needsBackstop(settled, decision.kind === 'leave') ? [settled.id] : []
        };
    }
    catch (error) {
        const reason = stopReasonOf(error);
        if (reason) {
            const stopped = await stopForReason(ctx, reason, workspace, run, owned);
            const last = stopped.run ?? run;
            return {
                ...known(),
                run: last,
                kind: last ? (reason.kind === 'timeout' ? 'timed-out' : 'canceled') : undefined,
                action: stopped.action,
                failure: stopped.failure,
                applied: last?.status === 'applied',
                discarded: last?.status === 'discarded',
                cleanup: owned && needsBackstop(last, false) ? [last.id] : []
            };
        }
        log.debug(String(error?.stack ?? error));
        const failure = (0,failures/* describeFailure */.Ic)(error, inputs);
        if (!run || !workspace)
            return { ...known(), action: 'The step failed.', failure, applied: false, discarded: false, cleanup: [] };
        if (!owned)
            return {
                ...known(),
                kind: 'failed',
                action: 'The step failed; the run it adopted was left as it is.',
                failure,
                applied: false,
                discarded: false,
                cleanup: []
            };
        const stopped = await stopAfterFailure(ctx, workspace, run);
        const last = stopped.run ?? run;
        return {
            ...known(),
            run: last,
            kind: 'failed',
            action: stopped.action ?? 'The step failed.',
            failure: stopped.action ? `${failure} ${stopped.action}` : failure,
            applied: last.status === 'applied',
            discarded: last.status === 'discarded',
            cleanup: stopped.stopFailed || needsBackstop(stopped.run, !stopped.action) ? [run.id] : []
        };
    }
}
/** The report's sentence for the reviewed plan: which pull request, when, and by which workflow run. */
function appliedReviewed(ctx, reviewed, verb) {
    const { env } = ctx;
    const workflowRun = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : `workflow "${env.GITHUB_WORKFLOW ?? '?'}" run #${env.GITHUB_RUN_NUMBER ?? '?'}`;
    const when = new Date(ctx.clock.now()).toISOString().replace(/\.\d+Z$/, 'Z');
    return `${verb} the plan reviewed on pull request #${reviewed.pr.number} (${reviewed.plannedSha.slice(0, 7)}), exactly as planned: ${when}, by ${workflowRun}.`;
}
function progress(known, kind, action) {
    return { ...known, kind, action, applied: false, discarded: false, cleanup: [] };
}

;// CONCATENATED MODULE: ./src/outputs.ts



/** The step's outputs for an outcome: the one place output names meet values. Nothing is set without a run. */
function outputsOf(outcome, apiOrigin) {
    const { run, workspace, plan } = outcome;
    if (!run || !workspace)
        return {};
    const outputs = {
        [constants/* Outputs */.tY.RunId]: run.id,
        [constants/* Outputs */.tY.RunUrl]: runUrl(apiOrigin, workspace, run.id),
        [constants/* Outputs */.tY.ConfigurationVersionId]: run.configurationVersionId ?? outcome.configuration?.id ?? ''
    };
    if (plan.plan) {
        const p = plan.plan;
        Object.assign(outputs, {
            [constants/* Outputs */.tY.PlanId]: p.id,
            [constants/* Outputs */.tY.PlanStatus]: p.status,
            [constants/* Outputs */.tY.HasChanges]: String(p.hasChanges),
            [constants/* Outputs */.tY.ResourceAdditions]: String(p.resourceAdditions ?? 0),
            [constants/* Outputs */.tY.ResourceChanges]: String(p.resourceChanges ?? 0),
            [constants/* Outputs */.tY.ResourceDestructions]: String(p.resourceDestructions ?? 0),
            [constants/* Outputs */.tY.ResourceImports]: String(p.resourceImports ?? 0)
        });
    }
    if (plan.jsonFile)
        outputs[constants/* Outputs */.tY.PlanJson] = plan.jsonFile;
    if (plan.cost?.status === 'finished' && plan.cost.proposedMonthlyCost !== undefined) {
        outputs[constants/* Outputs */.tY.CostProposedMonthly] = plan.cost.proposedMonthlyCost;
        outputs[constants/* Outputs */.tY.CostDeltaMonthly] = plan.cost.deltaMonthlyCost ?? '0';
    }
    if (plan.jsonFormat)
        outputs[constants/* Outputs */.tY.PlanJsonFormat] = plan.jsonFormat;
    outputs[constants/* Outputs */.tY.PolicyStatus] = (0,run_checks/* policyStatusOf */.gD)(outcome.checks);
    outputs[constants/* Outputs */.tY.RunStatus] = run.status;
    // Both flags are always set, so `if: steps.x.outputs.applied == 'false'` never meets an empty string.
    outputs[constants/* Outputs */.tY.Applied] = String(outcome.applied);
    outputs[constants/* Outputs */.tY.Discarded] = String(outcome.discarded);
    return outputs;
}

// EXTERNAL MODULE: ./src/report/comment-marker.ts
var comment_marker = __nccwpck_require__(7202);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __nccwpck_require__(1463);
// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __nccwpck_require__(2981);
;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * Terraform diagnostics as GitHub annotations on the repository's files (tfc-api-addendum.md §4.3, §4.4). Pure:
 * which file and lines each diagnostic points at, and which ones fit in the runner's limits.
 */

/** The runner shows at most 10 annotations of each type per step (addendum §4.4). */
const ANNOTATIONS_PER_LEVEL = 10;
/**
 * The repository path of a diagnostic's file: the archive root joined with the working directory and the file
 * (Terraform's filename is relative to where it ran). Undefined for a module installed during the run
 * (`.terraform/modules/…`), a path outside the repository, or a file not in the checkout.
 */
function repoPathOf(filename, layout) {
    if (layout.root === undefined || external_node_path_.posix.isAbsolute(filename) || /^[A-Za-z]:[\\/]/.test(filename))
        return undefined;
    const relativeToRun = external_node_path_.posix.normalize(filename.replace(/\\/g, '/'));
    if (relativeToRun === '.terraform' || relativeToRun.startsWith('.terraform/'))
        return undefined;
    const path = external_node_path_.posix.normalize(external_node_path_.posix.join(layout.root || '.', layout.workingDirectory.replace(/^\/+/, '') || '.', relativeToRun));
    if (path === '..' || path.startsWith('../') || external_node_path_.posix.isAbsolute(path))
        return undefined;
    if (path.split('/').includes('.terraform'))
        return undefined;
    return layout.exists(path) ? path : undefined;
}
function annotationOf(diagnostic, layout) {
    const where = diagnostic.address ? ` (${diagnostic.address})` : '';
    const annotation = {
        level: diagnostic.severity,
        title: `Terraform ${diagnostic.phase}: ${diagnostic.summary}${where}`,
        message: diagnostic.detail || diagnostic.summary
    };
    const range = diagnostic.range;
    const file = range && repoPathOf(range.filename, layout);
    if (!range || !file) {
        // Annotated without a file: say where it was, so the reader can still find it.
        if (range)
            annotation.message += `\n(${range.filename} line ${range.start.line})`;
        return annotation;
    }
    annotation.file = file;
    annotation.startLine = range.start.line;
    annotation.endLine = Math.max(range.start.line, range.end?.line ?? range.start.line);
    // Columns only on one line (the runner ignores them otherwise); Terraform's end column is exclusive.
    if (annotation.endLine === annotation.startLine && range.start.column !== undefined) {
        annotation.startColumn = range.start.column;
        annotation.endColumn = Math.max(range.start.column, (range.end?.column ?? range.start.column + 1) - 1);
    }
    return annotation;
}
const ORDER = { error: 0, warning: 1, notice: 2 };
/**
 * The annotations to emit: errors first, then warnings, then notices; a repeated (file, line, summary) once;
 * at most ANNOTATIONS_PER_LEVEL of each level. The report lists every diagnostic.
 */
function annotationsOf(diagnostics, layout) {
    const seen = new Set();
    const perLevel = { error: 0, warning: 0, notice: 0 };
    const out = [];
    const sorted = [...diagnostics].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    for (const diagnostic of sorted) {
        const annotation = annotationOf(diagnostic, layout);
        const key = `${annotation.level}\0${annotation.file ?? ''}\0${annotation.startLine ?? ''}\0${annotation.title}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (perLevel[annotation.level] >= ANNOTATIONS_PER_LEVEL)
            continue;
        perLevel[annotation.level]++;
        out.push(annotation);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/report-input.ts





/** The report (summary and comment) of an outcome; undefined when there is no run to report on. */
function reportOf(outcome, apiOrigin, env, inputs, layout) {
    const { overrideReason } = inputs;
    const { kind, run, workspace, plan } = outcome;
    if (!kind || !run || !workspace)
        return undefined;
    const sha = (0,github_event/* commitOf */.D)(env);
    return {
        outcome: kind,
        action: outcome.action,
        failure: outcome.failure,
        run: {
            id: run.id,
            url: runUrl(apiOrigin, workspace, run.id),
            status: run.status,
            createdAt: run.createdAt,
            isDestroy: inputs.isDestroy,
            planOnly: inputs.planOnly
        },
        workspace: { organization: workspace.organization, name: workspace.name, url: workspaceUrl(apiOrigin, workspace) },
        configurationVersion: run.configurationVersionId
            ? { id: run.configurationVersionId, source: outcome.configuration?.source }
            : undefined,
        configurationWarning: outcome.configuration?.warning,
        commit: sha && env.GITHUB_REPOSITORY
            ? { sha, url: `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/commit/${sha}` }
            : undefined,
        counts: plan.summary ? undefined : apiCounts(plan.plan),
        plan: plan.summary,
        planNote: plan.note,
        cost: plan.cost && describeCost(plan.cost),
        log: outcome.applyLog ?? plan.log,
        checks: outcome.checks,
        overrides: outcome.overrides?.length ? { what: outcome.overrides, reason: overrideReason } : undefined,
        diagnostics: shownDiagnostics(outcome, layout)
    };
}
/** Every diagnostic of the run, plan then apply. */
function diagnosticsOf(outcome) {
    return [...(outcome.plan.diagnostics ?? []), ...(outcome.applyDiagnostics ?? [])];
}
function shownDiagnostics(outcome, layout) {
    const all = diagnosticsOf(outcome);
    if (!all.length)
        return undefined;
    return all.map(d => ({ ...d, where: d.range ? repoPathOf(d.range.filename, layout) : undefined }));
}

;// CONCATENATED MODULE: ./src/report/source-layout.ts


/**
 * Where the planned code lives in this checkout. Only code uploaded from it (`directory`) is known to be there:
 * a workspace's latest or another workspace's configuration may be other code, so its diagnostics get no file.
 */
function sourceLayout(configuration, workspace, env) {
    const base = env.GITHUB_WORKSPACE || process.cwd();
    const fromRepo = configuration?.root !== undefined ? (0,external_node_path_.relative)(base, configuration.root) : undefined;
    const inside = fromRepo !== undefined && !fromRepo.startsWith('..') && !(0,external_node_path_.isAbsolute)(fromRepo);
    return {
        root: inside ? fromRepo.split(external_node_path_.sep).join('/') : undefined,
        workingDirectory: workspace?.workingDirectory ?? '',
        exists: path => {
            try {
                return (0,external_node_fs_.statSync)((0,external_node_path_.join)(base, path)).isFile();
            }
            catch {
                return false;
            }
        }
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
;// CONCATENATED MODULE: ./src/tfc/network-errors.ts
const NOT_SENT = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPROXY']);
const UNTRUSTED_CERTIFICATE = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE'
]);
/** Classifies a connection error; `host` is where the request went. Never includes a URL (signed URLs are secrets). */
function describeNetworkError(error, host) {
    const e = error;
    const code = e?.code ?? '';
    const message = String(e?.message ?? error).replace(/https?:\/\/\S+/g, '<url>');
    if (UNTRUSTED_CERTIFICATE.has(code)) {
        return {
            reason: `the TLS certificate of ${host} is not signed by a certificate authority this runner trusts (${code}). For a Terraform Enterprise with a private CA, save the CA certificate (PEM) on the runner and set NODE_EXTRA_CA_CERTS to its path in the step's env`,
            fatal: true,
            notSent: true
        };
    }
    if (code === 'CERT_HAS_EXPIRED')
        return { reason: `the TLS certificate of ${host} has expired (${code}); renew it on the server`, fatal: true, notSent: true };
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return {
            reason: `the TLS certificate of ${host} is not valid for that name (${code}); use the host name the certificate was issued for in \`hostname\``,
            fatal: true,
            notSent: true
        };
    }
    if (code === 'EPROTO' || /wrong version number|packet length too long|unknown protocol/i.test(message)) {
        return {
            reason: `${host} does not speak TLS (${code || 'EPROTO'}): it looks like a plain-http server behind an https:// address. Check \`hostname\` (its port in particular)`,
            fatal: true,
            notSent: true
        };
    }
    if (code === 'ENOTFOUND')
        return { reason: `the host ${host} was not found (ENOTFOUND); check \`hostname\``, fatal: true, notSent: true };
    if (code === 'ETIMEDOUT' && /request timeout/i.test(message))
        return { reason: 'no answer within the request timeout', fatal: false, notSent: false };
    return { reason: code ? `${code} (${message})` : message, fatal: false, notSent: NOT_SENT.has(code) };
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
;// CONCATENATED MODULE: ./src/tfc/proxy.ts



/**
 * The proxy for a URL from HTTPS_PROXY / HTTP_PROXY (either case), unless NO_PROXY names its host: what the runner
 * and the other actions honour, so Terraform Enterprise behind a corporate proxy works the same way.
 */
function proxyFor(url, env) {
    const raw = url.protocol === 'https:' ? (env.HTTPS_PROXY ?? env.https_proxy) : (env.HTTP_PROXY ?? env.http_proxy);
    if (!raw?.trim() || bypassesProxy(url, env.NO_PROXY ?? env.no_proxy ?? ''))
        return undefined;
    try {
        return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw.trim()) ? raw.trim() : `http://${raw.trim()}`);
    }
    catch {
        return undefined;
    }
}
/** NO_PROXY: `*`, or host names and domain suffixes (`example.com`, `.example.com`), each optionally with `:port`. */
function bypassesProxy(url, noProxy) {
    const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return noProxy
        .split(/[,\s]+/)
        .map(entry => entry.trim().toLowerCase())
        .filter(Boolean)
        .some(entry => {
        if (entry === '*')
            return true;
        const [name, entryPort] = entry.startsWith('[') ? [entry.slice(1, entry.indexOf(']')), entry.split(']:')[1]] : entry.split(':');
        if (entryPort && entryPort !== port)
            return false;
        const suffix = name.replace(/^\*?\./, '');
        return host === suffix || host.endsWith(`.${suffix}`);
    });
}
function proxyAuthorization(proxy) {
    if (!proxy.username)
        return {};
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return { 'Proxy-Authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}
/** An HTTPS agent that reaches its hosts through an HTTP proxy's CONNECT tunnel; TLS runs end to end inside it. */
class TunnelAgent extends external_node_https_namespaceObject.Agent {
    proxy;
    constructor(proxy) {
        super({ keepAlive: true });
        this.proxy = proxy;
    }
    createConnection(options, callback) {
        const target = `${options.host ?? options.hostname}:${options.port ?? 443}`;
        const connect = (0,external_node_http_.request)({
            host: this.proxy.hostname,
            port: this.proxy.port || 80,
            method: 'CONNECT',
            path: target,
            headers: { Host: target, ...proxyAuthorization(this.proxy) }
        });
        connect.once('connect', (response, socket) => {
            if (response.statusCode !== 200) {
                socket.destroy();
                callback?.(Object.assign(new Error(`the proxy ${this.proxy.host} refused to tunnel to ${target} (${response.statusCode})`), {
                    code: 'EPROXY'
                }), socket);
                return;
            }
            const secure = (0,external_node_tls_.connect)({
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
/** An agent for plain-http targets through an HTTP proxy: requests go to the proxy in absolute form. */
function plainProxyRequestOptions(url, proxy) {
    return { host: proxy.hostname, port: proxy.port || 80, path: url.href, headers: { Host: url.host, ...proxyAuthorization(proxy) } };
}
const plainAgent = () => new HttpAgent({ keepAlive: true });

;// CONCATENATED MODULE: ./src/tfc/rate-limit.ts
/**
 * Spaces requests as a token bucket on the step's clock: up to `burst` at once, then `perSecond` steadily. HCP
 * Terraform allows 30 requests a second per user (tfc-api.md §1.8); go-tfe keeps to 0.66 of that with a burst of
 * 9, and so does this, so a step leaves room for the user's other tools.
 */
class TokenBucket {
    clock;
    perSecond;
    burst;
    tokens;
    updatedAt;
    constructor(clock, perSecond = 20, burst = 9) {
        this.clock = clock;
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.updatedAt = clock.now();
    }
    /** How long to wait before the next request may go, taking its token; 0 when it may go now. */
    take() {
        const now = this.clock.now();
        this.tokens = Math.min(this.burst, this.tokens + ((now - this.updatedAt) * this.perSecond) / 1000);
        this.updatedAt = now;
        this.tokens -= 1;
        return this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.perSecond;
    }
}

;// CONCATENATED MODULE: ./src/tfc/http.ts










const RETRYABLE_STATUSES = new Set([500, 502, 503, 504]);
const JSON_API = 'application/vnd.api+json';
/** A deadline that never comes: for callers that bound their own time. */
const NO_DEADLINE = Number.POSITIVE_INFINITY;
/** Seconds to wait before retrying a 429: `X-RateLimit-Reset` is fractional seconds until the bucket refills (tfc-api.md §1.8). */
function rateLimitDelayMs(headers, jitter) {
    const reset = Number.parseFloat(String(headers['x-ratelimit-reset'] ?? ''));
    const retryAfter = Number.parseFloat(String(headers['retry-after'] ?? ''));
    const seconds = Math.max(Number.isFinite(reset) ? reset : 0, Number.isFinite(retryAfter) ? retryAfter : 0, 0.1);
    // A broken server must not park the step for an hour: the bucket refills within a second or two.
    return Math.min(seconds, 60) * 1000 + jitter * 300;
}
/** Capped exponential backoff with full jitter for 5xx and connection errors. */
function serverErrorDelayMs(attempt, jitter) {
    const cap = Math.min(8000, 500 * 2 ** attempt);
    return cap / 2 + (jitter * cap) / 2;
}
/**
 * The single way this action talks to HCP Terraform, on node:http(s) so that every request can be abandoned (step
 * stopping, deadline) and proxies are honoured. The token is attached per request, and only when the URL's origin
 * is the API origin: redirects are followed by hand, so a signed URL elsewhere never sees it.
 */
class TfcHttp {
    options;
    origin;
    requestTimeoutMs;
    bucket;
    random;
    clock;
    deadline;
    env;
    httpAgent = new external_node_http_.Agent({ keepAlive: true });
    httpsAgent = new external_node_https_namespaceObject.Agent({ keepAlive: true });
    tunnels = new Map();
    constructor(options) {
        this.options = options;
        this.origin = new URL(options.origin).origin;
        this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
        this.random = options.random ?? Math.random;
        this.clock = options.clock ?? systemClock;
        this.deadline = options.deadline ?? NO_DEADLINE;
        this.bucket = new TokenBucket(this.clock, options.requestsPerSecond);
        this.env = options.env ?? {};
    }
    get apiOrigin() {
        return this.origin;
    }
    dispose() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
        for (const agent of this.tunnels.values())
            agent.destroy();
    }
    /**
     * A JSON:API call under /api/v2/. Reads and rate-limited calls are retried with backoff until the deadline;
     * a write that may have reached the server is never repeated blindly (OutcomeUnknownError).
     */
    async request(method, path, options = {}) {
        const url = new URL(`${this.origin}/api/v2/${path.replace(/^\//, '')}`);
        const endpoint = `${method} ${url.pathname}`;
        const payload = options.body === undefined ? null : JSON.stringify(options.body);
        const headers = { Accept: JSON_API, Authorization: `Bearer ${this.options.token}` };
        if (payload !== null)
            headers['Content-Type'] = JSON_API;
        const response = await this.withRetries(endpoint, url.host, method === 'GET', async (signal) => {
            const message = await this.exchange(method, url, payload, headers, signal);
            const body = await readBody(message);
            return { status: message.statusCode ?? 0, headers: message.headers, body, discard: () => undefined };
        });
        checkIsApi(response, endpoint, url.host);
        if (response.status >= 400 && !(options.accept ?? []).includes(response.status)) {
            const { title, detail } = (0,errors/* describeErrorDocument */.nc)(response.body);
            const text = [title, detail].filter(Boolean).join(': ');
            throw new errors/* ApiError */.hD(`${endpoint} answered ${response.status}${text ? ` (${text})` : ''}`, response.status, endpoint, title, detail);
        }
        return response;
    }
    /**
     * Fetches a URL that may live on another host (archive storage for JSON plans and logs). The token goes only to
     * the API origin; redirects are followed by hand so a signed URL elsewhere never sees it.
     */
    async fetchBlob(url, destination, maxRedirects = 3, 
    /** With `destination`: also sees each chunk of a 200 body as it is written, so it is read in the same pass. */
    onChunk) {
        let current = new URL(url, this.origin);
        for (let hop = 0;; hop++) {
            const headers = { Accept: 'application/json, */*' };
            // Only API paths get the token: Terraform Enterprise serves archive storage on its own host too
            // (`/_archivist/…`), whose signed URLs carry their own credential and refuse a second one.
            if (current.origin === this.origin && current.pathname.startsWith('/api/'))
                headers.Authorization = `Bearer ${this.options.token}`;
            const where = current.origin === this.origin ? `GET ${current.pathname}` : `GET from the storage host ${current.host}`;
            const target = current;
            const response = await this.withRetries(where, target.host, true, async (signal) => {
                const message = await this.exchange('GET', target, null, headers, signal);
                return { message, status: message.statusCode ?? 0, headers: message.headers, discard: () => void message.resume() };
            });
            const { message, status } = response;
            if (status >= 300 && status < 400 && message.headers.location) {
                message.resume();
                if (hop >= maxRedirects)
                    throw new errors/* TransportError */.wX(`${where}: too many redirects`, where);
                current = new URL(message.headers.location, current);
                continue;
            }
            if (status === 200 && destination) {
                const tap = new external_node_stream_.Transform({
                    transform(chunk, _encoding, callback) {
                        try {
                            onChunk?.(chunk);
                            callback(null, chunk);
                        }
                        catch (error) {
                            callback(error);
                        }
                    }
                });
                await this.stoppable(where, signal => untilAborted(message, signal, (0,external_node_stream_promises_.pipeline)(message, tap, (0,external_node_fs_.createWriteStream)(destination))));
                return { status, body: '', bytes: Buffer.alloc(0) };
            }
            const bytes = await this.stoppable(where, signal => untilAborted(message, signal, readBytes(message)));
            return { status, body: bytes.toString('utf8'), bytes };
        }
    }
    /**
     * Uploads a file with PUT to a URL that carries its own credential (a configuration version's `upload-url`):
     * never with the token, wherever it points. A 429 is retried; anything else that fails is an unknown outcome the
     * caller resolves (by creating a new configuration version).
     */
    async putFile(url, file, size) {
        const target = new URL(url);
        const where = `PUT to the upload host ${target.host}`;
        const headers = { 'Content-Type': 'application/octet-stream', Accept: 'application/json, */*' };
        const response = await this.withRetries(where, target.host, false, async (signal) => {
            const message = await this.exchange('PUT', target, { file, size }, headers, signal);
            const body = await readBody(message);
            return { status: message.statusCode ?? 0, body, headers: message.headers, discard: () => undefined };
        });
        if (response.status < 200 || response.status >= 300) {
            throw new errors/* OutcomeUnknownError */.Do(`${where} answered ${response.status}${response.body ? ` (${response.body.slice(0, 200)})` : ''}`, where);
        }
    }
    /**
     * The one retry policy, for API calls and storage downloads alike. 429 means the server did not act: wait as it
     * says and repeat, whatever the method. A 5xx or a broken connection is retried for a read; for a write it is an
     * unknown outcome the caller must resolve (unless the request provably never left). Everything ends at the
     * deadline, or at once when the step is stopping.
     */
    async withRetries(endpoint, host, isRead, sendOnce) {
        let streak;
        let attempt = 0;
        for (;;) {
            attempt++;
            let response;
            try {
                await this.pace(endpoint, streak);
                response = await this.stoppable(endpoint, sendOnce, streak);
            }
            catch (error) {
                if (error instanceof errors/* StoppedError */.Ko)
                    throw error;
                const failure = describeNetworkError(error, host);
                if (failure.fatal)
                    throw new errors/* TransportError */.wX(`${endpoint}: ${failure.reason}.`, endpoint);
                if (!isRead && !failure.notSent) {
                    throw new errors/* OutcomeUnknownError */.Do(`${endpoint}: ${failure.reason}; the server may or may not have acted on it`, endpoint);
                }
                streak = await this.backoff(endpoint, streak, failure.reason, serverErrorDelayMs(attempt, this.random()));
                continue;
            }
            if (response.status === 429) {
                response.discard();
                streak = await this.backoff(endpoint, streak, 'rate limited (429)', rateLimitDelayMs(response.headers, this.random()));
                continue;
            }
            if (RETRYABLE_STATUSES.has(response.status)) {
                response.discard();
                if (!isRead)
                    throw new errors/* OutcomeUnknownError */.Do(`${endpoint} answered ${response.status}; the server may or may not have acted on it`, endpoint);
                streak = await this.backoff(endpoint, streak, `server error ${response.status}`, serverErrorDelayMs(attempt, this.random()));
                continue;
            }
            if (streak)
                this.options.onRetry?.(`${endpoint}: answered after ${streak.tries} ${streak.tries === 1 ? 'retry' : 'retries'}`);
            return response;
        }
    }
    /**
     * Waits before the next try, never past the deadline (the last try goes out at the deadline, not before it);
     * the first failure of a streak is logged, the rest are counted.
     */
    async backoff(endpoint, streak, reason, delayMs) {
        const next = { tries: (streak?.tries ?? 0) + 1, reason };
        const left = this.deadline - this.clock.now();
        if (left <= 0)
            throw this.outOfTime(endpoint, next);
        if (!streak) {
            this.options.onRetry?.(`${endpoint}: ${reason}; retrying with backoff${Number.isFinite(left) ? ' until the step times out' : ''}`);
        }
        await this.clock.sleep(Math.min(delayMs, left), this.options.signal);
        if (this.options.signal?.aborted) {
            throw new errors/* StoppedError */.Ko(`${endpoint}: ${reason}; gave up because the step is stopping`, endpoint, 'aborted');
        }
        if (this.clock.now() >= this.deadline)
            throw this.outOfTime(endpoint, next);
        return next;
    }
    outOfTime(endpoint, streak) {
        const tries = `${streak.tries} ${streak.tries === 1 ? 'try' : 'tries'}`;
        return new errors/* StoppedError */.Ko(`${endpoint}: ${streak.reason}, still after ${tries} when the time ran out`, endpoint, 'deadline');
    }
    /** Runs `work` with a signal that fires at the deadline or when the step stops, turning either into StoppedError. */
    async stoppable(endpoint, work, streak) {
        const controller = new AbortController();
        const step = this.options.signal;
        const onStep = () => controller.abort();
        if (step?.aborted)
            controller.abort();
        step?.addEventListener('abort', onStep, { once: true });
        const timer = new AbortController();
        let timedOut = false;
        const left = this.deadline - this.clock.now();
        if (Number.isFinite(left)) {
            const ring = this.clock.alarm ? this.clock.alarm.bind(this.clock) : this.clock.sleep.bind(this.clock);
            void ring(Math.max(0, left), timer.signal).then(() => {
                if (timer.signal.aborted)
                    return;
                timedOut = true;
                controller.abort();
            });
        }
        try {
            return await work(controller.signal);
        }
        catch (error) {
            if (!controller.signal.aborted)
                throw error;
            const before = streak ? ` (after ${streak.reason})` : '';
            if (timedOut) {
                // In the middle of a streak of failures, the streak is the story: name it, not the try the deadline cut.
                throw streak
                    ? this.outOfTime(endpoint, streak)
                    : new errors/* StoppedError */.Ko(`${endpoint}: no answer before the time ran out`, endpoint, 'deadline');
            }
            throw new errors/* StoppedError */.Ko(`${endpoint}: abandoned because the step is stopping${before}`, endpoint, 'aborted');
        }
        finally {
            timer.abort();
            step?.removeEventListener('abort', onStep);
        }
    }
    exchange(method, url, payload, headers, signal) {
        const secure = url.protocol === 'https:';
        const proxy = proxyFor(url, this.env);
        const options = {
            method,
            host: url.hostname.replace(/^\[|\]$/g, ''),
            port: url.port || (secure ? 443 : 80),
            path: `${url.pathname}${url.search}`,
            headers: {
                'User-Agent': this.options.userAgent,
                ...headers,
                ...(payload === null ? {} : { 'Content-Length': typeof payload === 'string' ? Buffer.byteLength(payload) : payload.size })
            },
            signal,
            agent: secure ? (proxy ? this.tunnelTo(proxy) : this.httpsAgent) : this.httpAgent
        };
        if (!secure && proxy) {
            const viaProxy = plainProxyRequestOptions(url, proxy);
            Object.assign(options, {
                host: viaProxy.host,
                port: viaProxy.port,
                path: viaProxy.path,
                headers: { ...options.headers, ...viaProxy.headers }
            });
        }
        return new Promise((resolve, reject) => {
            const request = (secure ? external_node_https_namespaceObject.request : external_node_http_.request)(options, resolve);
            request.setTimeout(this.requestTimeoutMs, () => request.destroy(Object.assign(new Error('request timeout'), { code: 'ETIMEDOUT' })));
            request.on('error', reject);
            if (payload !== null && typeof payload !== 'string') {
                const source = (0,external_node_fs_.createReadStream)(payload.file);
                source.on('error', error => request.destroy(error));
                source.pipe(request);
            }
            else {
                request.end(payload ?? undefined);
            }
        });
    }
    tunnelTo(proxy) {
        let agent = this.tunnels.get(proxy.href);
        if (!agent) {
            agent = new TunnelAgent(proxy);
            this.tunnels.set(proxy.href, agent);
        }
        return agent;
    }
    async pace(endpoint, streak) {
        const wait = this.bucket.take();
        if (wait > 0)
            await this.clock.sleep(wait, this.options.signal);
        if (this.options.signal?.aborted)
            throw new errors/* StoppedError */.Ko(`${endpoint}: not sent because the step is stopping${streak ? ` (after ${streak.reason})` : ''}`, endpoint, 'aborted');
    }
}
/**
 * A body still streaming after its request returned is no longer tied to the request's signal: the deadline or a
 * stopping step must end it too, or a trickling download could outlive `timeout`.
 */
async function untilAborted(message, signal, work) {
    const abort = () => void message.destroy(Object.assign(new Error('aborted'), { code: 'ABORT_ERR' }));
    if (signal.aborted)
        abort();
    signal.addEventListener('abort', abort, { once: true });
    try {
        return await work;
    }
    finally {
        signal.removeEventListener('abort', abort);
    }
}
function readBody(message) {
    return readBytes(message).then(bytes => bytes.toString('utf8'));
}
function readBytes(message) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        message.on('data', (chunk) => chunks.push(chunk));
        message.on('end', () => resolve(Buffer.concat(chunks)));
        message.on('error', reject);
        message.on('aborted', () => reject(Object.assign(new Error('connection closed mid-response'), { code: 'ECONNRESET' })));
    });
}
/**
 * An answer that is not the API (a proxy's sign-in page, a load balancer's error page, a web server at the wrong
 * port) says so, with what came back and from where, instead of failing later on a document it cannot parse.
 */
function checkIsApi(response, endpoint, host) {
    const type = String(response.headers['content-type'] ?? '');
    if (!response.body.trim() || /json/i.test(type))
        return;
    const title = /<title[^>]*>([^<]{1,120})/i.exec(response.body)?.[1]?.trim();
    const what = title ? `an HTML page titled "${title}"` : `${type || 'a body without a content type'}`;
    throw new errors/* TransportError */.wX(`${endpoint}: ${host} answered ${response.status} with ${what}, not the HCP Terraform API. Check \`hostname\`, and any proxy or sign-in page between the runner and it.`, endpoint);
}

;// CONCATENATED MODULE: ./src/main.ts












/** GitHub caps one step's job summary at 1 MiB; leave room for other steps' text in the same file. */
const SUMMARY_LIMIT = 512 * 1024;
/**
 * The pull-request comment, when the inputs and the event call for one, or on the merged pull request whose
 * reviewed plan this step applies (`run: reviewed`). Octokit is loaded only then.
 */
function commenter(inputs, io, reviewedPullRequest) {
    let sticky;
    return async (report, final) => {
        const reviewed = reviewedPullRequest();
        if (!reviewed && !(0,comment_marker/* shouldComment */.N9)(inputs.comment, io.env.GITHUB_EVENT_NAME))
            return undefined;
        if (reviewed && inputs.comment === 'false')
            return undefined;
        sticky ??= Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(201)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3201)).then(m => m.StickyComment.create(inputs, io, reviewed));
        return (await sticky)?.post(report, final);
    };
}
/** The main step. Never throws: every failure becomes one actionable `setFailed` line. */
async function run(io, options = {}) {
    // Mask before anything can print: even a malformed token must never reach the log.
    const rawToken = (0,src_inputs/* tokenOf */.B9)(name => io.getInput(name), io.env);
    if (rawToken)
        io.setSecret(rawToken);
    const githubToken = io.getInput(constants/* Inputs */.G0.GithubToken).trim();
    if (githubToken)
        io.setSecret(githubToken);
    let inputs;
    try {
        inputs = (0,src_inputs/* parseInputs */.TL)(name => io.getInput(name), io.env);
    }
    catch (error) {
        io.setFailed(error instanceof src_inputs/* InputError */.dz ? error.message : String(error));
        io.saveState(constants/* State */.Uw.MainFinished, 'true');
        return undefined;
    }
    for (const warning of (0,src_inputs/* inputWarnings */.cs)(inputs))
        io.warning(warning);
    const clock = options.clock ?? systemClock;
    const deadline = clock.now() + inputs.timeoutMs;
    const transport = (until, signal) => new TfcHttp({
        origin: inputs.apiOrigin,
        token: inputs.token,
        userAgent: constants/* USER_AGENT */._O,
        requestTimeoutMs: options.requestTimeoutMs,
        clock,
        deadline: until,
        signal,
        env: io.env,
        onRetry: message => io.info(message)
    });
    const http = transport(deadline, options.signal);
    const ctx = {
        http,
        inputs,
        log: io,
        env: io.env,
        clock,
        signal: options.signal,
        deadline,
        stopTransport: budgetMs => transport(clock.now() + budgetMs)
    };
    let reviewedPullRequest;
    const comment = commenter(inputs, io, () => reviewedPullRequest);
    const report = (outcome) => reportOf(outcome, inputs.apiOrigin, io.env, inputs, sourceLayout(outcome.configuration, outcome.workspace, io.env));
    let outcome;
    try {
        outcome = await runLifecycle(ctx, {
            onRun: run => {
                io.saveState(constants/* State */.Uw.RunId, run.id);
                io.saveState(constants/* State */.Uw.RunIds, JSON.stringify([run.id]));
                io.saveState(constants/* State */.Uw.ApiUrl, inputs.apiOrigin);
            },
            onProgress: async (progress) => {
                const input = report(progress);
                if (input)
                    await comment(input, false);
            },
            findReviewedPlan: inputs.run === 'reviewed'
                ? async (workspace) => {
                    const reviewed = await (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(201)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3201))).findReviewedPlan(inputs, io, workspace);
                    reviewedPullRequest = reviewed.pr;
                    return reviewed;
                }
                : undefined
        });
    }
    finally {
        http.dispose();
    }
    for (const [name, value] of Object.entries(outputsOf(outcome, inputs.apiOrigin)))
        io.setOutput(name, value);
    if (inputs.annotations) {
        const layout = sourceLayout(outcome.configuration, outcome.workspace, io.env);
        for (const annotation of annotationsOf(diagnosticsOf(outcome), layout))
            io.annotate(annotation);
    }
    const failure = outcome.failure && redact(outcome.failure, [inputs.token, inputs.githubToken]);
    const final = report(outcome);
    if (final) {
        await writeSummary(io, final);
        const url = await comment(final, true);
        if (url)
            io.setOutput(constants/* Outputs */.tY.CommentUrl, url);
    }
    else if (failure) {
        // No run to report on (a bad token, an unknown workspace): the summary still says what went wrong.
        await io
            .appendSummary(inputs.run
            ? `### ❌ HCP Terraform run ${(0,markdown/* escapeProse */.fd)(inputs.run)} not acted on${inputs.workspace ? `: ${(0,markdown/* escapeProse */.fd)(inputs.workspace)}` : ''}\n\n${(0,markdown/* escapeProse */.fd)(failure)}\n`
            : `### ❌ HCP Terraform run not created: ${(0,markdown/* escapeProse */.fd)(inputs.workspace)}\n\n${(0,markdown/* escapeProse */.fd)(failure)}\n`)
            .catch(() => undefined);
    }
    if (failure)
        io.setFailed(failure);
    // While a run of ours may still be pending, the post step is told which, and tries to stop it once more.
    if (outcome.cleanup.length)
        io.saveState(constants/* State */.Uw.RunIds, JSON.stringify(outcome.cleanup));
    else
        io.saveState(constants/* State */.Uw.MainFinished, 'true');
    return outcome;
}
async function writeSummary(io, report) {
    try {
        await io.appendSummary(`${(0,render/* renderWithinLimit */.n5)(report, SUMMARY_LIMIT).markdown}\n`);
    }
    catch (error) {
        io.warning(`Could not write the job summary: ${error.message}`);
    }
}
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('***');
    return out;
}


/***/ }),

/***/ 9839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ diffLines),
/* harmony export */   mO: () => (/* binding */ attributeDiff)
/* harmony export */ });
/* unused harmony exports MAX_ATTRIBUTES, MAX_VALUE_CHARS, shortValue, shortPair */
/**
 * What changes inside one resource: each changed attribute, before -> after, computed from a resource change's
 * `before`, `after`, `after_unknown`, `before_sensitive` and `after_sensitive` (plan JSON format, both full and
 * redacted). A value marked sensitive on either side is never read into the result, only `(sensitive)`.
 */
/** A resource's list stays readable; the rest is counted. */
const MAX_ATTRIBUTES = 40;
/** A long value (a policy document, user data) is shortened; its change is still visible. */
const MAX_VALUE_CHARS = 80;
/** Whether a sensitivity or unknown mark covers this whole value (true here), as opposed to parts below. */
function covers(mark) {
    return mark === true;
}
function child(mark, key) {
    if (mark === true)
        return true;
    if (mark && typeof mark === 'object')
        return mark[key];
    return undefined;
}
function isContainer(value) {
    return value !== null && typeof value === 'object';
}
function pathStep(path, key) {
    if (typeof key === 'number')
        return `${path}[${key}]`;
    if (/^[A-Za-z_][\w-]*$/.test(key))
        return path ? `${path}.${key}` : key;
    return `${path}[${JSON.stringify(key)}]`;
}
function shortValue(value) {
    const text = JSON.stringify(value) ?? 'null';
    return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}
function shown(side, present) {
    if (!present)
        return { kind: 'absent' };
    // A whole object or list is shown in one piece only when no part of it is sensitive.
    if (hasMarkBelow(side.sensitive))
        return { kind: 'sensitive' };
    if (covers(side.unknown))
        return { kind: 'unknown' };
    return { kind: 'value', text: shortValue(side.value) };
}
/**
 * Two long values that share a long beginning (a policy document, say) are shown from a little before where they
 * differ, so the change is visible rather than cut off.
 */
function shortPair(before, after) {
    const b = JSON.stringify(before) ?? 'null';
    const a = JSON.stringify(after) ?? 'null';
    if (b.length <= MAX_VALUE_CHARS && a.length <= MAX_VALUE_CHARS)
        return [b, a];
    let same = 0;
    while (same < b.length && same < a.length && b[same] === a[same])
        same++;
    const from = same > 20 ? same - 10 : 0;
    const cut = (text) => {
        const shown = from ? `…${text.slice(from)}` : text;
        return shown.length > MAX_VALUE_CHARS ? `${shown.slice(0, MAX_VALUE_CHARS - 1)}…` : shown;
    };
    return [cut(b), cut(a)];
}
/** Leaves and containers are compared by their JSON text. */
function sameValue(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** Whether a sensitivity mark has any `true` below it: a container holding a sensitive part is compared by parts. */
function hasMarkBelow(mark) {
    if (mark === true)
        return true;
    if (mark && typeof mark === 'object')
        return Object.values(mark).some(hasMarkBelow);
    return false;
}
function keysOf(value) {
    if (Array.isArray(value))
        return value.map((_, i) => i);
    if (isContainer(value))
        return Object.keys(value);
    return [];
}
function forces(path, replacePaths) {
    return replacePaths.some(p => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
}
/**
 * The changed attributes of an update or replacement. `replacePaths` are already formatted as attribute paths
 * (`formatPath` in summary.ts). Pure; never returns a sensitive value.
 */
function attributeDiff(change, replacePaths = []) {
    const out = [];
    let more = 0;
    const add = (path, before, after) => {
        if (out.length < MAX_ATTRIBUTES)
            out.push({ path, before, after, forcesReplacement: forces(path, replacePaths) });
        else
            more++;
    };
    const walk = (path, before, after, inBefore, inAfter) => {
        if (covers(before.sensitive) || covers(after.sensitive)) {
            // Sensitive on either side: neither side's value is shown, and an unchanged sensitive value is not listed.
            const unchanged = inBefore && inAfter && !covers(after.unknown) && sameValue(before.value, after.value);
            if (!unchanged)
                add(path, inBefore ? { kind: 'sensitive' } : { kind: 'absent' }, inAfter ? { kind: 'sensitive' } : { kind: 'absent' });
            return;
        }
        if (covers(after.unknown)) {
            add(path, shown(before, inBefore), { kind: 'unknown' });
            return;
        }
        if (inBefore &&
            inAfter &&
            isContainer(before.value) &&
            isContainer(after.value) &&
            Array.isArray(before.value) === Array.isArray(after.value)) {
            const b = before.value;
            const a = after.value;
            const keys = new Set([...keysOf(b), ...keysOf(a), ...keysOf(after.unknown)]);
            for (const key of [...keys].sort(compareKeys)) {
                const unknown = child(after.unknown, key);
                walk(pathStep(path, key), { value: b[key], sensitive: child(before.sensitive, key), unknown: undefined }, { value: a[key], sensitive: child(after.sensitive, key), unknown }, key in b, key in a || covers(unknown));
            }
            return;
        }
        if (inBefore && inAfter && sameValue(before.value, after.value))
            return;
        // An attribute that is null on one side and missing on the other did not change.
        if (!inBefore && (!inAfter || after.value === null))
            return;
        if (!inAfter && before.value === null)
            return;
        const was = shown(before, inBefore);
        const now = shown(after, inAfter);
        if (was.kind === 'value' && now.kind === 'value') {
            const [from, to] = shortPair(before.value, after.value);
            add(path, { kind: 'value', text: from }, { kind: 'value', text: to });
        }
        else
            add(path, was, now);
    };
    walk('', { value: change.before ?? {}, sensitive: change.before_sensitive, unknown: undefined }, { value: change.after ?? {}, sensitive: change.after_sensitive, unknown: change.after_unknown }, true, true);
    return { attributes: out, more };
}
function compareKeys(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
/** One line per attribute, as Terraform's plan prints them: `~ path = before -> after`. */
function diffLines(diff) {
    const text = (value) => value.kind === 'value' ? value.text : value.kind === 'sensitive' ? '(sensitive)' : value.kind === 'unknown' ? '(known after apply)' : '';
    const lines = diff.attributes.map(({ path, before, after, forcesReplacement }) => {
        const mark = forcesReplacement ? '  # forces replacement' : '';
        if (before.kind === 'absent')
            return `+ ${path} = ${text(after)}${mark}`;
        if (after.kind === 'absent')
            return `- ${path} = ${text(before)}${mark}`;
        return `~ ${path} = ${text(before)} -> ${text(after)}${mark}`;
    });
    if (diff.more)
        lines.push(`  … and ${diff.more} more changed attributes`);
    return lines;
}


/***/ }),

/***/ 4707:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ DEFERRED_CHANGE_MEMBERS),
/* harmony export */   q: () => (/* binding */ JsonPlanScanner)
/* harmony export */ });
/**
 * A streaming reader for JSON plans of any size. It never builds the whole document: it scans the bytes, keeps
 * only the top-level members the report needs, and hands each element of `resource_changes` and `resource_drift`
 * to JSON.parse on its own, so memory stays near one element plus the summary while the file can be hundreds of
 * megabytes (planned_values, prior_state, configuration and provider_schemas are skipped unparsed).
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/** Skipped in each element's `change`: a resource's values, which only attribute diffs read. */
const DEFERRED_CHANGE_MEMBERS = new Set([
    'before',
    'after',
    'after_unknown',
    'before_sensitive',
    'after_sensitive',
    'generated_config'
]);
const NO_DEFERRED = { get: () => undefined, text: () => undefined };
class JsonPlanScanner {
    streamed;
    kept;
    handlers;
    depth = 0;
    inString = false;
    escape = false;
    started = false;
    ended = false;
    offset = 0;
    /** Top-level key being read, as raw bytes, while `readingKey`. */
    keyParts = [];
    key = '';
    /** Bytes of the value being kept (a whole member, or one array element). */
    capture;
    captureStart = 0;
    mode = 'none';
    expectValue = false;
    /** Inside a top-level number, boolean or null. */
    inScalar = false;
    /** Where a key being read belongs: the top level (1), an element (3) or its `change` object (4). */
    keyDepth = 0;
    // Inside an element: whether a key comes next at depth 3 / 4, and the keys last read there.
    keyNext3 = false;
    keyNext4 = false;
    key3 = '';
    key4 = '';
    /** A deferred `change` member whose value starts at the next byte that is not space. */
    deferNext;
    deferName = '';
    deferFrom = -1;
    deferKind = 'scalar';
    /** Deferred members of the element being captured, as absolute stream offsets. */
    deferred = [];
    /** Stream offset of the first captured byte. */
    captureAbs = 0;
    /** Inside a container nothing is read from (a deferred value, an unread top-level member): its depth so far. */
    skipDepth = 0;
    skipInString = false;
    skipEscape = false;
    /** The skipped container is a deferred value, to be recorded when it ends. */
    skipDeferred = false;
    constructor(streamed, kept, handlers) {
        this.streamed = streamed;
        this.kept = kept;
        this.handlers = handlers;
    }
    push(chunk) {
        let i = 0;
        const n = chunk.length;
        // The next backslash in this chunk, found once and reused: searching again for every string would rescan
        // to the end of the chunk each time in a plan with few escapes.
        let slash = -1;
        if (this.capture)
            this.captureStart = 0;
        while (i < n) {
            if (this.skipDepth > 0) {
                i = this.skipContainer(chunk, i);
                continue;
            }
            const c = chunk[i];
            if (this.inString) {
                // Most of a plan is string content: jump to the next quote or backslash.
                if (this.escape) {
                    this.escape = false;
                    if (this.keyDepth)
                        this.keyParts.push(chunk.subarray(i, i + 1));
                    i++;
                    continue;
                }
                // Most strings are short: a few bytes looked at here cost less than a native search.
                let stop = -1;
                const near = Math.min(n, i + 48);
                for (let j = i; j < near; j++) {
                    const b = chunk[j];
                    if (b === QUOTE || b === BACKSLASH) {
                        stop = j;
                        break;
                    }
                }
                if (stop === -1 && near < n) {
                    const quote = chunk.indexOf(QUOTE, near);
                    if (slash !== n && slash < near) {
                        slash = chunk.indexOf(BACKSLASH, near);
                        if (slash === -1)
                            slash = n;
                    }
                    stop = quote === -1 ? (slash === n ? -1 : slash) : Math.min(quote, slash);
                }
                if (stop === -1) {
                    if (this.keyDepth)
                        this.carry(chunk, i, this.keyParts);
                    break;
                }
                if (chunk[stop] === BACKSLASH) {
                    if (this.keyDepth)
                        this.keyParts.push(chunk.subarray(i, stop + 1));
                    this.escape = true;
                    i = stop + 1;
                    continue;
                }
                if (this.keyDepth) {
                    // A key read whole from this chunk without escapes is its bytes; any other is decoded as JSON.
                    let key;
                    if (!this.keyParts.length)
                        key = chunk.toString('utf8', i, stop);
                    else {
                        this.keyParts.push(chunk.subarray(i, stop));
                        key = JSON.parse(`"${Buffer.concat(this.keyParts).toString('utf8')}"`);
                    }
                    if (this.keyDepth === 1)
                        this.key = key;
                    else if (this.keyDepth === 3)
                        this.key3 = key;
                    else
                        this.key4 = key;
                    this.keyParts = [];
                    this.keyDepth = 0;
                }
                else if (this.deferFrom >= 0 && this.deferKind === 'string' && this.depth === 4) {
                    this.endDeferred(this.offset + stop + 1);
                }
                this.inString = false;
                i = stop + 1;
                if (this.capture && this.mode === 'member' && this.depth === 1)
                    this.finishCapture(chunk, i);
                continue;
            }
            if (this.inScalar) {
                const end = this.scalarEnd(chunk, i);
                if (end === -1)
                    break;
                this.inScalar = false;
                if (this.capture)
                    this.finishCapture(chunk, end);
                i = end;
                continue;
            }
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (this.depth <= 1) {
                // The top level: a few bytes per plan, handled out of the hot loop so it stays optimized.
                const next = this.topLevel(c, i);
                if (next >= 0) {
                    i = next;
                    continue;
                }
            }
            if (this.deferNext !== undefined) {
                this.startDeferred(c, this.offset + i);
                if (this.deferKind === 'container') {
                    this.skipDepth = 1;
                    this.skipDeferred = true;
                    i++;
                    continue;
                }
            }
            if (c === QUOTE) {
                this.inString = true;
                // A key of the element, or of its `change` object.
                if (this.mode === 'array') {
                    if (this.depth === 3 && this.keyNext3)
                        this.keyDepth = 3;
                    else if (this.depth === 4 && this.keyNext4 && this.key3 === 'change')
                        this.keyDepth = 4;
                }
            }
            else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                this.depth++;
                if (this.mode === 'array' && this.depth === 3) {
                    this.startCapture(i, 'array');
                    this.keyNext3 = c === OPEN_BRACE;
                    this.key3 = '';
                }
                else if (this.mode === 'array' && this.depth === 4 && this.key3 === 'change' && c === OPEN_BRACE) {
                    this.keyNext4 = true;
                    this.key4 = '';
                }
            }
            else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                if (this.deferFrom >= 0 && this.deferKind === 'scalar' && this.depth === 4)
                    this.endDeferred(this.offset + i);
                this.depth--;
                if (this.depth < 1)
                    throw new Error('the JSON plan is not valid JSON (unbalanced brackets)');
                if (this.deferFrom >= 0 && this.deferKind === 'container' && this.depth === 4)
                    this.endDeferred(this.offset + i + 1);
                if (this.capture && ((this.mode === 'array' && this.depth === 2) || (this.mode === 'member' && this.depth === 1)))
                    this.finishCapture(chunk, i + 1);
                if (this.depth === 1)
                    this.mode = 'none';
            }
            else if (this.mode === 'array' && (c === COMMA || c === COLON)) {
                if (this.depth === 3)
                    this.keyNext3 = c === COMMA;
                else if (this.depth === 4 && this.key3 === 'change') {
                    if (c === COMMA && this.deferFrom >= 0 && this.deferKind === 'scalar')
                        this.endDeferred(this.offset + i);
                    this.keyNext4 = c === COMMA;
                    if (c === COLON && DEFERRED_CHANGE_MEMBERS.has(this.key4))
                        this.deferNext = this.key4;
                }
            }
            i++;
        }
        if (this.capture && this.captureStart < n)
            this.carry(chunk, this.captureStart, this.capture);
        this.offset += n;
    }
    end() {
        if (!this.ended)
            throw new Error('the JSON plan is not valid JSON (the document ends early)');
    }
    /** A number, boolean or null ends at the first comma or closing brace. */
    scalarEnd(chunk, from) {
        for (let j = from; j < chunk.length; j++)
            if (chunk[j] === COMMA || chunk[j] === CLOSE_BRACE)
                return j;
        return -1;
    }
    /**
     * A byte at the top level of the document: its start, a member's key, colon, comma or the document's end, or the
     * start of a member's value. Returns where to go on, or -1 when the byte starts a value the main loop reads.
     */
    topLevel(c, i) {
        if (this.ended)
            throw new Error('the JSON plan is not valid JSON (unexpected data after the end of the document)');
        if (!this.started) {
            if (c !== OPEN_BRACE)
                throw new Error('the JSON plan is not a JSON object (it does not start with "{")');
            this.started = true;
            this.depth = 1;
            return i + 1;
        }
        if (!this.expectValue) {
            // Between top-level members: a key, a colon, a comma or the end.
            if (c === QUOTE) {
                this.inString = true;
                this.keyDepth = 1;
            }
            else if (c === COLON) {
                this.expectValue = true;
            }
            else if (c === CLOSE_BRACE) {
                this.depth = 0;
                this.ended = true;
            }
            else if (c !== COMMA) {
                throw new Error(`the JSON plan is not valid JSON (unexpected byte at ${this.offset + i})`);
            }
            return i + 1;
        }
        this.expectValue = false;
        if (this.streamed.has(this.key) && c === OPEN_BRACKET)
            this.mode = 'array';
        else if (this.kept.has(this.key))
            this.startCapture(i, 'member');
        else {
            this.mode = 'none';
            // planned_values, prior_state, configuration, provider schemas: skipped without reading their keys.
            if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                this.skipDepth = 1;
                return i + 1;
            }
        }
        if (c !== OPEN_BRACE && c !== OPEN_BRACKET && c !== QUOTE) {
            this.inScalar = true;
            return i;
        }
        return -1;
    }
    carryEscape(n) {
        this.skipEscape = true;
        return n;
    }
    /** The rest of a chunk that ends inside a kept value or a key: carried into the next chunk. */
    carry(chunk, from, parts) {
        parts.push(chunk.subarray(from));
    }
    /**
     * Walks a skipped container to its end, minding only strings (a bracket inside one does not count) and
     * brackets: the tight loop most of a plan's bytes go through. Returns where it stopped.
     */
    skipContainer(chunk, from) {
        const n = chunk.length;
        let i = from;
        let depth = this.skipDepth;
        let inString = this.skipInString;
        if (this.skipEscape) {
            this.skipEscape = false;
            i++;
        }
        while (i < n) {
            const c = chunk[i++];
            if (inString) {
                if (c === BACKSLASH)
                    i++;
                else if (c === QUOTE)
                    inString = false;
            }
            else if (c === QUOTE)
                inString = true;
            else if (c === OPEN_BRACE || c === OPEN_BRACKET)
                depth++;
            else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0)
                break;
        }
        // A backslash that was the chunk's last byte escapes the next chunk's first.
        if (i > n)
            i = this.carryEscape(n);
        this.skipDepth = depth;
        this.skipInString = inString;
        if (depth === 0 && this.skipDeferred) {
            this.skipDeferred = false;
            this.endDeferred(this.offset + i);
        }
        return i;
    }
    startDeferred(c, at) {
        this.deferName = this.deferNext;
        this.deferNext = undefined;
        this.deferFrom = at;
        this.deferKind = c === QUOTE ? 'string' : c === OPEN_BRACE || c === OPEN_BRACKET ? 'container' : 'scalar';
    }
    endDeferred(to) {
        this.deferred.push({ name: this.deferName, from: this.deferFrom, to });
        this.deferFrom = -1;
    }
    startCapture(at, mode) {
        this.captureAbs = this.offset + at;
        this.mode = mode;
        this.capture = [];
        this.captureStart = at;
    }
    finishCapture(chunk, end) {
        const ranges = this.mode === 'array' ? this.deferred : [];
        this.deferred = [];
        // The captured bytes are source[from, to), and source[0] is at stream offset `base`. An element read within one
        // chunk (nearly all) is decoded from the chunk itself, with no copy; one that spans chunks is gathered first.
        let source = chunk;
        let from = this.captureStart;
        let to = end;
        let base = this.offset;
        if (this.capture.length) {
            this.capture.push(chunk.subarray(this.captureStart, end));
            source = Buffer.concat(this.capture);
            from = 0;
            to = source.length;
            base = this.captureAbs;
        }
        this.capture = undefined;
        // The element without its deferred values (each replaced by null), parsed; the values stay bytes until asked for.
        let reduced = '';
        let at = from;
        for (const range of ranges) {
            reduced += `${source.toString('utf8', at, range.from - base)}null`;
            at = range.to - base;
        }
        reduced += source.toString('utf8', at, to);
        const value = parseJson(reduced);
        if (this.mode !== 'array')
            return this.handlers.member(this.key, value);
        const text = (name) => {
            const range = ranges.find(r => r.name === name);
            return range ? source.toString('utf8', range.from - base, range.to - base) : undefined;
        };
        const deferred = ranges.length
            ? {
                text,
                get: name => {
                    const json = text(name);
                    return json === undefined ? undefined : parseJson(json);
                }
            }
            : NO_DEFERRED;
        this.handlers.element(this.key, value, deferred);
    }
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new Error(`the JSON plan is not valid JSON (${error.message})`, { cause: error });
    }
}


/***/ }),

/***/ 967:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ STREAMED_MEMBERS),
/* harmony export */   Db: () => (/* binding */ PlanSummaryBuilder),
/* harmony export */   F8: () => (/* binding */ groupOf),
/* harmony export */   M5: () => (/* binding */ destroyCount),
/* harmony export */   NW: () => (/* binding */ KEPT_MEMBERS),
/* harmony export */   W1: () => (/* binding */ emptyCounts)
/* harmony export */ });
/* unused harmony exports MAX_LISTED_CHANGES, MAX_DIFFED_CHANGES, actionOf, toResourceChange, addToCounts, hasEffect, summarizePlan */
/* harmony import */ var _attribute_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9839);
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4707);


function groupOf(change) {
    if (change.action === 'no-op')
        return change.importing ? 'import' : 'move';
    return change.action;
}
/**
 * The most changes a summary lists. No report shows more: the job summary (512 KB) holds about 6,000 one-line
 * changes, the comment far fewer, and past that the report lists the first addresses of each kind. The rest are
 * counted, not kept, so a plan of any size costs the same memory (100k resources: 298 -> 115 MB peak).
 */
const MAX_LISTED_CHANGES = 10_000;
/**
 * The most updates and replacements whose changed attributes are kept. A comment that shows more resources than
 * this has long since dropped attribute details to fit, so diffing further would cost memory for nothing.
 */
const MAX_DIFFED_CHANGES = 200;
function emptyCounts() {
    return { add: 0, change: 0, replace: 0, destroy: 0, import: 0, move: 0, read: 0, forget: 0 };
}
function actionOf(actions) {
    if (!Array.isArray(actions))
        return 'unknown';
    const key = actions.join(',');
    switch (key) {
        case 'create':
            return 'create';
        case 'update':
            return 'update';
        case 'delete':
            return 'delete';
        case 'delete,create':
        case 'create,delete':
            return 'replace';
        case 'read':
            return 'read';
        case 'no-op':
        case '':
            return 'no-op';
        case 'forget':
            return 'forget';
        default:
            return 'unknown';
    }
}
/** Replace paths are lists of attribute names and indexes; rendered as `tags["Name"]`-style attribute paths. */
function formatPath(path) {
    if (!Array.isArray(path))
        return String(path);
    return path
        .map((step, i) => typeof step === 'number'
        ? `[${step}]`
        : typeof step === 'string' && i > 0
            ? /^[A-Za-z_][\w-]*$/.test(step)
                ? `.${step}`
                : `[${JSON.stringify(step)}]`
            : String(step))
        .join('');
}
/** Terraform 1.0 wrote drift entries without `address`; it is rebuilt from its parts as Terraform would print it. */
function addressOf(raw) {
    if (typeof raw.address === 'string')
        return raw.address;
    if (typeof raw.type !== 'string' || typeof raw.name !== 'string')
        return '(unknown address)';
    const index = raw.index === undefined || raw.index === null ? '' : typeof raw.index === 'number' ? `[${raw.index}]` : `[${JSON.stringify(raw.index)}]`;
    const module = typeof raw.module_address === 'string' && raw.module_address ? `${raw.module_address}.` : '';
    return `${module}${raw.mode === 'data' ? 'data.' : ''}${raw.type}.${raw.name}${index}`;
}
function toResourceChange(raw) {
    const change = raw.change ?? {};
    const importing = change.importing && typeof change.importing === 'object' ? change.importing : undefined;
    const result = {
        address: addressOf(raw),
        action: actionOf(change.actions),
        importing: importing !== undefined
    };
    if (typeof raw.previous_address === 'string' && raw.previous_address !== raw.address)
        result.previousAddress = raw.previous_address;
    if (typeof raw.action_reason === 'string')
        result.actionReason = raw.action_reason;
    if (Array.isArray(change.replace_paths) && change.replace_paths.length)
        result.replacePaths = change.replace_paths.map(formatPath);
    if (importing && typeof importing.id === 'string')
        result.importId = importing.id;
    return result;
}
function addToCounts(counts, change) {
    switch (change.action) {
        case 'create':
            counts.add++;
            break;
        case 'update':
            counts.change++;
            break;
        case 'delete':
            counts.destroy++;
            break;
        case 'replace':
            counts.replace++;
            break;
        case 'read':
            counts.read++;
            break;
        case 'forget':
            counts.forget++;
            break;
    }
    if (change.importing)
        counts.import++;
    if (change.previousAddress)
        counts.move++;
}
function hasEffect(change) {
    return change.action !== 'no-op' || change.importing || change.previousAddress !== undefined;
}
/**
 * Gives a change its `diff`, computed when first read: a report that has no room for attribute details (any
 * large plan) never pays for them. The deferred values are kept as text until then (at most MAX_DIFFED_CHANGES).
 */
function lazyDiff(change, values, deferred) {
    const texts = deferred ? [..._stream_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFERRED_CHANGE_MEMBERS */ .Z].map(name => [name, deferred.text(name)]) : [];
    let diff;
    Object.defineProperty(change, 'diff', {
        enumerable: true,
        configurable: true,
        get: () => {
            if (!diff) {
                for (const [name, text] of texts)
                    if (text !== undefined)
                        values[name] = JSON.parse(text);
                diff = (0,_attribute_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .attributeDiff */ .mO)(values, change.replacePaths);
            }
            return diff;
        }
    });
}
/** Collects a summary member by member, so a streaming reader and an in-memory document share one code path. */
class PlanSummaryBuilder {
    summary = {
        changes: [],
        groupTotals: {},
        unlisted: 0,
        drift: [],
        outputs: [],
        counts: emptyCounts(),
        errored: false
    };
    diffed = 0;
    /** `deferred`: the values a streaming reader left unparsed; read only for the changes that are diffed. */
    resourceChange(raw, deferred) {
        const change = toResourceChange(raw ?? {});
        if (!hasEffect(change))
            return;
        if (this.summary.changes.length < MAX_LISTED_CHANGES) {
            if ((change.action === 'update' || change.action === 'replace') && this.diffed < MAX_DIFFED_CHANGES) {
                this.diffed++;
                lazyDiff(change, raw.change ?? {}, deferred);
            }
            this.summary.changes.push(change);
        }
        else
            this.summary.unlisted++;
        const group = groupOf(change);
        this.summary.groupTotals[group] = (this.summary.groupTotals[group] ?? 0) + 1;
        addToCounts(this.summary.counts, change);
    }
    drift(raw) {
        const change = toResourceChange(raw ?? {});
        if (change.action !== 'no-op')
            this.summary.drift.push(change);
    }
    member(key, value) {
        if (key === 'terraform_version' && typeof value === 'string')
            this.summary.terraformVersion = value;
        if (key === 'errored')
            this.summary.errored = value === true;
        if (key === 'output_changes' && value && typeof value === 'object') {
            for (const [name, change] of Object.entries(value)) {
                const action = actionOf(change?.actions);
                if (action === 'no-op')
                    continue;
                this.summary.outputs.push({ name, action, sensitive: change?.after_sensitive === true || change?.before_sensitive === true });
            }
        }
    }
    build() {
        return this.summary;
    }
}
/** The top-level members a summary reads; everything else in a plan is skipped. */
const STREAMED_MEMBERS = new Set(['resource_changes', 'resource_drift']);
const KEPT_MEMBERS = new Set(['terraform_version', 'errored', 'output_changes']);
/** Builds the summary from an already-parsed plan document. */
function summarizePlan(doc) {
    const plan = (doc && typeof doc === 'object' ? doc : {});
    const builder = new PlanSummaryBuilder();
    for (const raw of Array.isArray(plan.resource_changes) ? plan.resource_changes : [])
        builder.resourceChange(raw);
    for (const raw of Array.isArray(plan.resource_drift) ? plan.resource_drift : [])
        builder.drift(raw);
    for (const key of KEPT_MEMBERS)
        if (key in plan)
            builder.member(key, plan[key]);
    return builder.build();
}
/** Resources the plan destroys, replacements included: what `allow-destroy` guards. */
function destroyCount(counts) {
    return counts.destroy + counts.replace;
}


/***/ }),

/***/ 7202:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ shouldComment),
/* harmony export */   QA: () => (/* binding */ findsKey),
/* harmony export */   Td: () => (/* binding */ commentKey),
/* harmony export */   U4: () => (/* binding */ isNewer),
/* harmony export */   un: () => (/* binding */ readState),
/* harmony export */   xL: () => (/* binding */ marker)
/* harmony export */ });
/* unused harmony export MARKER_PREFIX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The hidden marker that identifies this action's comment for one (host, organization, workspace, comment-key)
 * and carries the state of the run it last showed. Versioned so a future format can tell old comments apart.
 */
const MARKER_PREFIX = '<!-- tfe-run-action:v1';
function commentKey(host, organization, workspace, extra) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([host, organization, workspace, extra]))
        .digest('hex')
        .slice(0, 20);
}
function marker(key, state) {
    // base64url cannot contain `--` or `>`, so nothing in the state can end the HTML comment early.
    return `${MARKER_PREFIX} key=${key} state=${Buffer.from(JSON.stringify(state)).toString('base64url')} -->`;
}
function findsKey(body, key) {
    return body.startsWith(`${MARKER_PREFIX} key=${key} `);
}
function readState(body) {
    const match = /^<!-- tfe-run-action:v1 key=\w+ state=([A-Za-z0-9_-]+) -->/.exec(body);
    if (!match)
        return undefined;
    try {
        const state = JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8'));
        return typeof state.run === 'string' && typeof state.created === 'string' ? state : undefined;
    }
    catch {
        return undefined;
    }
}
/** True when the comment already shows a newer run than ours: an older run must not overwrite it. */
function isNewer(existing, ours) {
    if (existing.run === ours.run)
        return false;
    return Date.parse(existing.created) > Date.parse(ours.created);
}
/** `comment: auto` posts on pull-request events only. */
function shouldComment(mode, eventName) {
    if (mode === 'false')
        return false;
    if (mode === 'true')
        return true;
    return eventName === 'pull_request' || eventName === 'pull_request_target';
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fd: () => (/* binding */ escapeProse),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
/**
 * Making untrusted text (addresses, output names, log lines from a plan) inert in GitHub-flavoured markdown.
 * Everything from a plan goes into a code span or a fenced block, where markdown, HTML, @mentions and #references
 * are not interpreted; the fence is always longer than any backtick run inside.
 */
function longestRun(text, char) {
    let longest = 0;
    let current = 0;
    for (const c of text) {
        current = c === char ? current + 1 : 0;
        if (current > longest)
            longest = current;
    }
    return longest;
}
/** An inline code span that nothing inside can close; line breaks and control characters become visible marks. */
function code(text) {
    const flat = text.replace(/\r\n|\r|\n/g, '␤').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '�');
    const fence = '`'.repeat(longestRun(flat, '`') + 1);
    const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
    // Never put one in a table: GFM splits cells on a pipe even inside a code span.
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A fenced code block that its content cannot close. */
function codeBlock(text, info = '') {
    const clean = text.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '�');
    const fence = '`'.repeat(Math.max(3, longestRun(clean, '`') + 1));
    return `${fence}${info}\n${clean}\n${fence}`;
}
/**
 * Plain text outside code: backslash-escapes markdown punctuation and HTML, and breaks @mentions and #references
 * with a word joiner so GitHub does not link or notify.
 */
function escapeText(text) {
    return text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, c => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/([@#])(?=\w)/g, '$1\u2060');
}
/**
 * Our own sentences, which may quote input names in backticks: markdown is kept, but HTML is neutralised and
 * @mentions and #references are broken, since they can embed names and texts that came from the API.
 */
function escapeProse(text) {
    return text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([@#])(?=\w)/g, '$1\u2060');
}
/** A link whose label is escaped text and whose target must be an http(s) URL we built ourselves. */
function link(label, url) {
    if (!/^https?:\/\//.test(url))
        return escapeText(label);
    return `[${escapeText(label)}](${url.replace(/[()\s<>]/g, c => encodeURIComponent(c))})`;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 1463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n5: () => (/* binding */ renderWithinLimit)
});

// UNUSED EXPORTS: DETAIL_LEVELS, countsOf, renderReport

// EXTERNAL MODULE: ./src/plan/summary.ts
var summary = __nccwpck_require__(967);
// EXTERNAL MODULE: ./src/plan/attribute-diff.ts
var attribute_diff = __nccwpck_require__(9839);
// EXTERNAL MODULE: ./src/run/checks.ts + 1 modules
var run_checks = __nccwpck_require__(5743);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
;// CONCATENATED MODULE: ./src/report/checks-section.ts


const STATUS_ICON = {
    passed: '✅',
    'advisory-failed': '⚠️',
    'soft-failed': '✋',
    'hard-failed': '❌',
    overridden: '☑️',
    errored: '💥',
    none: ''
};
const MAX_TEXT = 200;
const MAX_LISTED = 20;
function checks_section_short(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return (0,markdown/* escapeText */.X1)(line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1)}…` : line);
}
function capped(lines) {
    return lines.length > MAX_LISTED ? [...lines.slice(0, MAX_LISTED), `- … and ${lines.length - MAX_LISTED} more`] : lines;
}
/** Policies: the overall result, then each failed or advisory-failed policy with its set and level; passed ones counted. */
function policiesSection(checks, overrides) {
    const status = (0,run_checks/* policyStatusOf */.gD)(checks);
    if (!checks || status === 'none')
        return undefined;
    const lines = [];
    let passed = 0;
    for (const set of checks.policySets) {
        passed += set.outcomes.length - (0,run_checks/* failedPolicies */.y3)(set).length;
        const kind = set.kind === 'sentinel' ? 'Sentinel' : 'OPA';
        for (const policy of (0,run_checks/* failedPolicies */.y3)(set)) {
            const icon = policy.status === 'errored' ? '💥' : policy.enforcementLevel === 'mandatory' ? '❌' : '⚠️';
            const level = policy.status === 'errored' ? 'errored' : (policy.enforcementLevel ?? 'unknown level');
            lines.push(`- ${icon} ${(0,markdown/* code */.aY)(policy.policyName)} in set ${(0,markdown/* code */.aY)(set.policySetName)} (${kind}, ${(0,markdown/* escapeText */.X1)(level)})${policy.description ? `: ${checks_section_short(policy.description)}` : ''}`);
        }
        if (set.error)
            lines.push(`- 💥 set ${(0,markdown/* code */.aY)(set.policySetName)} errored: ${checks_section_short(set.error)}`);
    }
    for (const check of checks.sentinel) {
        const failed = check.policies.filter(p => !p.passed);
        passed += check.policies.length ? check.policies.length - failed.length : (check.result?.passed ?? 0);
        for (const policy of failed) {
            const icon = policy.level === 'advisory' ? '⚠️' : policy.level === 'soft-mandatory' && check.status !== 'hard_failed' ? '✋' : '❌';
            lines.push(`- ${icon} ${(0,markdown/* code */.aY)(policy.name)} (Sentinel, ${(0,markdown/* escapeText */.X1)(check.scope || 'organization')} check, ${(0,markdown/* escapeText */.X1)(policy.level)})`);
        }
        if (!check.policies.length && check.status !== 'passed')
            lines.push(`- ${(0,markdown/* escapeText */.X1)(check.scope || 'organization')} Sentinel policy check: ${(0,markdown/* escapeText */.X1)(check.status)}`);
    }
    const head = `**Policies:** ${STATUS_ICON[status]} ${status}${passed ? ` · ${(0,markdown/* plural */.LS)(passed, 'policy', 'policies')} passed` : ''}`;
    const out = [head];
    if (lines.length)
        out.push(capped(lines).join('\n'));
    if (overrides?.what.length)
        out.push(`> Overridden by this step (\`override-policies\`): ${checks_section_short(overrides.reason)}`);
    return out.join('\n\n');
}
const TASK_ICON = {
    passed: '✅',
    failed: '❌',
    errored: '💥',
    running: '⏳',
    pending: '⏳',
    canceled: '🚫',
    unreachable: '❔'
};
/** Run tasks: each task's name, result, enforcement level, message and link. */
function tasksSection(checks) {
    if (!checks?.tasks.length)
        return undefined;
    const passed = checks.tasks.filter(t => t.status === 'passed').length;
    const failed = checks.tasks.filter(t => t.status === 'failed' || t.status === 'errored').length;
    const lines = checks.tasks.map(t => {
        const icon = t.status === 'failed' && t.enforcementLevel === 'advisory' ? '⚠️' : (TASK_ICON[t.status] ?? '•');
        const details = t.url ? ` ${(0,markdown/* link */.nf)('details', t.url)}` : '';
        return `- ${icon} ${(0,markdown/* code */.aY)(t.taskName)} — ${(0,markdown/* escapeText */.X1)(t.status)} (${(0,markdown/* escapeText */.X1)(t.enforcementLevel || 'unknown level')})${t.message ? `: ${checks_section_short(t.message)}` : ''}${details}`;
    });
    return `**Run tasks:** ${passed} passed, ${failed} failed\n\n${capped(lines).join('\n')}`;
}
/** Every diagnostic (annotations show at most ten of a kind), errors first. */
function diagnosticsSection(diagnostics) {
    if (!diagnostics?.length)
        return undefined;
    const order = { error: 0, warning: 1, notice: 2 };
    const sorted = [...diagnostics].sort((a, b) => order[a.severity] - order[b.severity]);
    const lines = sorted.map(d => {
        const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
        const label = d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Notice';
        const where = d.range ? ` — ${(0,markdown/* code */.aY)(d.where ?? d.range.filename)} line ${d.range.start.line}` : '';
        const address = d.address ? ` (${(0,markdown/* code */.aY)(d.address)})` : '';
        return `- ${icon} **${label}** (${d.phase}): ${checks_section_short(d.summary)}${address}${where}${d.detail ? ` — ${checks_section_short(d.detail)}` : ''}`;
    });
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const warnings = diagnostics.filter(d => d.severity === 'warning').length;
    return `**Terraform reported ${(0,markdown/* plural */.LS)(errors, 'error')} and ${(0,markdown/* plural */.LS)(warnings, 'warning')}:**\n\n${capped(lines).join('\n')}`;
}

;// CONCATENATED MODULE: ./src/report/render.ts




const DETAIL_LEVELS = (/* unused pure expression or super */ null && (['full', 'reasons', 'addresses', 'counts', 'link']));
const HEADLINES = {
    planning: { icon: '⏳', title: 'Planning' },
    planned: { icon: '📋', title: 'Planned' },
    applying: { icon: '⏳', title: 'Applying' },
    applied: { icon: '✅', title: 'Applied' },
    'apply-errored': { icon: '❌', title: 'Apply errored' },
    discarded: { icon: '🗑️', title: 'Planned, then discarded' },
    'destroy-refused': { icon: '⛔', title: 'Not applied: the plan destroys resources' },
    left: { icon: '⏸️', title: 'Planned, waiting for confirmation' },
    'no-changes': { icon: '✅', title: 'No changes' },
    'plan-only': { icon: '📋', title: 'Speculative plan' },
    errored: { icon: '❌', title: 'Plan errored' },
    'checks-failed': { icon: '⛔', title: 'Failed its policies or run tasks' },
    canceled: { icon: '🚫', title: 'Canceled' },
    'needs-decision': { icon: '✋', title: 'Needs a decision' },
    'timed-out': { icon: '⌛', title: 'Timed out' },
    failed: { icon: '❌', title: 'Step failed' },
    saved: { icon: '💾', title: 'Plan saved, to be applied as reviewed' }
};
/** Display order: what removes things first, so a destroy is never below the fold. */
const GROUPS = [
    { action: 'delete', title: 'Destroy' },
    { action: 'replace', title: 'Replace' },
    { action: 'forget', title: 'Forget (removed from state, not destroyed)' },
    { action: 'create', title: 'Create' },
    { action: 'update', title: 'Update in place' },
    { action: 'import', title: 'Import' },
    { action: 'move', title: 'Move' },
    { action: 'read', title: 'Read (data sources)' },
    { action: 'unknown', title: 'Other' }
];
const REASONS = {
    replace_because_tainted: 'tainted',
    replace_because_cannot_update: 'cannot be updated in place',
    replace_by_request: 'replacement requested (-replace)',
    replace_by_triggers: 'replace_triggered_by',
    delete_because_no_resource_config: 'no longer in the configuration',
    delete_because_no_module: 'its module is no longer in the configuration',
    delete_because_wrong_repetition: 'count/for_each changed shape',
    delete_because_count_index: 'count index out of range',
    delete_because_each_key: 'for_each key no longer present',
    delete_because_no_move_target: 'moved target missing',
    read_because_config_unknown: 'configuration depends on values not yet known',
    read_because_dependency_pending: 'a dependency has pending changes',
    read_because_check_nested: 'check block'
};
const WARNING_ADDRESS_LIMIT = 20;
const EXPAND_WHEN_AT_MOST = 25;
function countsOf(input) {
    return input.plan?.counts ?? input.counts;
}
function countsLine(counts) {
    const parts = [
        `**${counts.add}** to add`,
        `**${counts.change}** to change`,
        `**${counts.replace}** to replace`,
        `**${counts.destroy}** to destroy`
    ];
    const extra = [];
    if (counts.import)
        extra.push(`**${counts.import}** to import`);
    if (counts.move)
        extra.push(`**${counts.move}** to move`);
    if (counts.read)
        extra.push(`**${counts.read}** to read`);
    if (counts.forget)
        extra.push(`**${counts.forget}** to forget`);
    return [...parts, ...extra].join(' · ');
}
function countsTable(counts) {
    return [
        '| add | change | replace | destroy | import | move | read |',
        '|---:|---:|---:|---:|---:|---:|---:|',
        `| ${counts.add} | ${counts.change} | ${counts.replace} | ${counts.destroy} | ${counts.import} | ${counts.move} | ${counts.read} |`
    ].join('\n');
}
function destroyWarning(input) {
    const counts = countsOf(input);
    const destroyed = input.plan?.changes.filter(c => c.action === 'delete' || c.action === 'replace') ?? [];
    const total = counts ? (0,summary/* destroyCount */.M5)(counts) : destroyed.length;
    if (!total)
        return undefined;
    const shown = destroyed.slice(0, WARNING_ADDRESS_LIMIT).map(c => `${(0,markdown/* code */.aY)(c.address)}${c.action === 'replace' ? ' (replace)' : ''}`);
    const more = total - shown.length;
    const list = shown.length ? `: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}` : '';
    return `> [!WARNING]\n> **This plan destroys or replaces ${(0,markdown/* plural */.LS)(total, 'resource')}**${list}`;
}
function describeChange(change, withDiff) {
    const notes = [];
    if (change.previousAddress)
        notes.push(`moved from ${(0,markdown/* code */.aY)(change.previousAddress)}`);
    if (change.importing)
        notes.push(change.importId ? `import ID ${(0,markdown/* code */.aY)(change.importId)}` : 'imported');
    if (change.actionReason)
        notes.push(REASONS[change.actionReason] ?? (0,markdown/* code */.aY)(change.actionReason));
    if (change.replacePaths?.length)
        notes.push(`forced by ${change.replacePaths.map(markdown/* code */.aY).join(', ')}`);
    const line = `- ${addressCode(change)}${notes.length ? ` — ${notes.join('; ')}` : ''}`;
    if (!withDiff || !change.diff?.attributes.length)
        return line;
    const count = change.diff.attributes.length + change.diff.more;
    // Collapsed under its list item (indented to belong to it), so a long plan stays a list of addresses.
    const block = details((0,markdown/* plural */.LS)(count, 'changed attribute'), (0,markdown/* codeBlock */.DV)((0,attribute_diff/* diffLines */.Pp)(change.diff).join('\n'), 'diff'), false);
    return `${line}\n\n${block.replace(/^(?=.)/gm, '  ')}\n`;
}
/**
 * An address as a code span, made once per change: the comment and the summary, at each level of detail they
 * try, show the same addresses.
 */
const addressCodes = new WeakMap();
function addressCode(change) {
    let text = addressCodes.get(change);
    if (text === undefined) {
        text = (0,markdown/* code */.aY)(change.address);
        addressCodes.set(change, text);
    }
    return text;
}
/** The changes of the plan by report group, in display order. */
const planGroups = new WeakMap();
function byGroup(plan) {
    const cached = planGroups.get(plan);
    if (cached)
        return cached;
    const groups = new Map();
    for (const change of plan.changes) {
        const group = (0,summary/* groupOf */.F8)(change);
        const list = groups.get(group) ?? [];
        list.push(change);
        groups.set(group, list);
    }
    planGroups.set(plan, groups);
    return groups;
}
/** Characters left for a part of the report being written; a writer stops as soon as it runs out. */
class Budget {
    left;
    constructor(left) {
        this.left = left;
    }
    take(text) {
        this.left -= text.length + 1;
        return this.left >= 0;
    }
}
/**
 * The resource list's sections, written against `budget`: undefined as soon as they do not fit, so a plan of
 * any size costs at most the budget's worth of text at each level of detail.
 */
function resourceSections(plan, detail, perGroup = Infinity, budget = new Budget(Infinity)) {
    const described = detail !== 'addresses';
    const groups = byGroup(plan);
    const sections = [];
    for (const { action, title } of GROUPS) {
        const list = groups.get(action);
        if (!list?.length)
            continue;
        // Totals come from the summary: a very large plan lists only its first changes.
        const total = plan.groupTotals[action] ?? list.length;
        const shown = Math.min(list.length, perGroup);
        const lines = [];
        for (let i = 0; i < shown; i++) {
            const change = list[i];
            const line = described ? describeChange(change, detail === 'full') : `- ${addressCode(change)}`;
            if (!budget.take(line))
                return undefined;
            lines.push(line);
        }
        if (total > shown)
            lines.push(`- … and ${total - shown} more`);
        const header = `**${title} (${total})**\n\n`;
        // Charged at no more than its length (the final check is exact): what was not charged is small and bounded.
        if (!budget.take(header))
            return undefined;
        sections.push(`${header}${lines.join('\n').trimEnd()}`);
    }
    if (described && plan.drift.length) {
        const section = `**Changed outside Terraform (${plan.drift.length})**\n\n${plan.drift.map(c => `- ${(0,markdown/* code */.aY)(c.address)} (${c.action})`).join('\n')}`;
        if (!budget.take(section))
            return undefined;
        sections.push(section);
    }
    if (described && plan.outputs.length) {
        // Output values are never shown: a sensitive value must not reach a comment, and the name is what reviewers need.
        const lines = plan.outputs.map(o => `- ${(0,markdown/* code */.aY)(o.name)}: ${o.action}${o.sensitive ? ' (sensitive)' : ''}`);
        const section = `**Output changes (${plan.outputs.length})**\n\n${lines.join('\n')}`;
        if (!budget.take(section))
            return undefined;
        sections.push(section);
    }
    return sections;
}
/**
 * The most addresses of each group that fit in `room` characters of list, from the lengths of the address lines
 * (prefix sums per group, then a binary search): the truncated list is then written once.
 */
function addressesPerGroup(plan, room) {
    const sums = [];
    let fixed = 0;
    for (const { action, title } of GROUPS) {
        const list = byGroup(plan).get(action);
        if (!list?.length)
            continue;
        const total = plan.groupTotals[action] ?? list.length;
        // The header and the "and N more" line, with N at its largest.
        fixed += `**${title} (${total})**\n\n- … and ${total} more\n\n`.length;
        const prefix = [0];
        for (const change of list)
            prefix.push(prefix[prefix.length - 1] + addressCode(change).length + 3);
        sums.push(prefix);
    }
    const cost = (k) => fixed + sums.reduce((sum, prefix) => sum + prefix[Math.min(k, prefix.length - 1)], 0);
    let low = 0;
    let high = Math.max(0, ...sums.map(prefix => prefix.length - 1));
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (cost(mid) <= room)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
function details(summary, body, open) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function linksLine(input) {
    const parts = [
        `Run ${(0,markdown/* link */.nf)(input.run.id, input.run.url)}`,
        `workspace ${(0,markdown/* link */.nf)(`${input.workspace.organization}/${input.workspace.name}`, input.workspace.url)}`
    ];
    if (input.configurationVersion)
        parts.push(`configuration version ${(0,markdown/* code */.aY)(input.configurationVersion.id)}${input.configurationVersion.source ? ` (${(0,markdown/* escapeText */.X1)(input.configurationVersion.source)})` : ''}`);
    if (input.commit)
        parts.push(`commit ${(0,markdown/* link */.nf)(input.commit.sha.slice(0, 7), input.commit.url)}`);
    return parts.join(' · ');
}
/** The report above the resource list: headline, links, counts, warnings, what the step did, checks, errors. */
function headParts(input, detail) {
    const { icon, title } = HEADLINES[input.outcome];
    const kind = input.run.isDestroy ? ' (destroy)' : input.run.planOnly && input.outcome !== 'plan-only' ? ' (speculative)' : '';
    const out = [`### ${icon} ${title}${kind}: ${(0,markdown/* escapeText */.X1)(`${input.workspace.organization}/${input.workspace.name}`)}`];
    out.push(linksLine(input));
    if (input.configurationWarning)
        out.push(`> [!WARNING]\n> ${(0,markdown/* escapeProse */.fd)(input.configurationWarning)}`);
    const counts = countsOf(input);
    if (counts && detail !== 'link')
        out.push(countsLine(counts));
    if (input.cost)
        out.push(`**Cost estimate:** ${(0,markdown/* escapeProse */.fd)(input.cost)}`);
    const warning = detail === 'link' ? undefined : destroyWarning(input);
    if (warning)
        out.push(warning);
    out.push(`**What this step did:** ${(0,markdown/* escapeProse */.fd)(input.action)}`);
    if (input.failure)
        out.push(`**Why the step failed:** ${(0,markdown/* escapeProse */.fd)(input.failure)}`);
    if (detail !== 'link') {
        for (const section of [
            policiesSection(input.checks, input.overrides),
            tasksSection(input.checks),
            diagnosticsSection(input.diagnostics)
        ])
            if (section)
                out.push(section);
    }
    // Structured errors are listed above already; a text log's last lines still say what happened around them.
    const listed = input.log?.kind === 'diagnostics' && input.diagnostics?.some(d => d.severity === 'error');
    if (input.log && detail !== 'link' && !listed) {
        const label = input.log.kind === 'diagnostics' ? 'Errors from the log' : 'End of the log';
        out.push(`**${label}:**\n\n${(0,markdown/* codeBlock */.DV)(input.log.text)}`);
    }
    return out;
}
/** The report below the resource list: the counts table and what was left out. */
function tailParts(input, detail, omitted) {
    const out = [];
    const counts = countsOf(input);
    if (counts && detail !== 'link' && (counts.add || counts.change || counts.destroy || counts.replace)) {
        out.push(details('Counts', countsTable(counts), false));
    }
    if (input.planNote)
        out.push(`_${(0,markdown/* escapeText */.X1)(input.planNote)}_`);
    if (omitted)
        out.push(`_${(0,markdown/* escapeText */.X1)(omitted)}_`);
    return out;
}
function hasList(input, detail) {
    return ((detail === 'full' || detail === 'reasons' || detail === 'addresses') &&
        input.plan !== undefined &&
        (input.plan.changes.length > 0 || input.plan.drift.length > 0 || input.plan.outputs.length > 0));
}
/** The resource list in its collapsible block, within `budget`; '' when there is none, undefined when it does not fit. */
function resourceList(input, detail, perGroup = Infinity, budget) {
    if (!hasList(input, detail) || detail === 'counts' || detail === 'link')
        return '';
    const plan = input.plan;
    const sections = resourceSections(plan, detail, perGroup, budget);
    if (!sections)
        return undefined;
    const open = plan.changes.length + plan.drift.length <= EXPAND_WHEN_AT_MOST;
    return details(`Resource changes (${plan.changes.length + plan.unlisted})`, sections.join('\n\n'), open);
}
function joined(parts) {
    return parts.filter(part => part).join('\n\n');
}
/** Renders the report at one level of detail. Pure: the same input always gives the same markdown. */
function renderReport(input, detail, omitted, perGroup = Infinity) {
    return joined([...headParts(input, detail), resourceList(input, detail, perGroup), ...tailParts(input, detail, omitted)]);
}
/** The collapsible block around the list (its tags and summary line), charged at less than it takes. */
const LIST_WRAPPER = 40;
const TRUNCATED = 'Only the first addresses of each kind of change are listed, to fit; see the run page for the full plan.';
const OMITTED = {
    full: undefined,
    reasons: 'Changed attributes were left out to fit; see the run page for the full plan.',
    addresses: 'Reasons, replacement paths, drift and outputs were left out to fit; see the run page for the full plan.',
    counts: 'The resource list was left out to fit; see the run page for the full plan.',
    link: 'The plan is too large to show here; see the run page.'
};
/**
 * The most detailed rendering that fits in `limit` characters (less `reserve`), degrading step by step: full
 * details, then without changed attributes, then addresses only, then the first addresses of each group, then
 * counts and destroys only, then a link. Written against a budget: the parts around the resource list are written
 * once, and each level's list stops as soon as it does not fit, so no level costs more than the room it has.
 */
function renderWithinLimit(input, limit, reserve = 0) {
    const room = limit - reserve;
    const head = headParts(input, 'full');
    // Every level lists at least the addresses: when all of them cannot fit, no level with a full list can.
    const allFit = !hasList(input, 'addresses') || addressesPerGroup(input.plan, Infinity) <= addressesPerGroup(input.plan, room);
    for (const detail of ['full', 'reasons', 'addresses']) {
        if (!hasList(input, detail) || !allFit)
            break;
        const tail = tailParts(input, detail, OMITTED[detail]);
        const around = joined([...head, ...tail]).length + 4;
        const list = resourceList(input, detail, Infinity, new Budget(room - around - LIST_WRAPPER));
        if (list === undefined)
            continue;
        const markdown = joined([...head, list, ...tail]);
        if (markdown.length <= room)
            return { markdown, detail };
    }
    if (hasList(input, 'addresses')) {
        // Before dropping the list altogether, keep the first addresses of every group (destroys come first).
        const tail = tailParts(input, 'addresses', TRUNCATED);
        const around = joined([...head, ...tail]).length + 4;
        const perGroup = addressesPerGroup(input.plan, room - around - LIST_WRAPPER);
        if (perGroup > 0) {
            const markdown = joined([...head, resourceList(input, 'addresses', perGroup), ...tail]);
            if (markdown.length <= room)
                return { markdown, detail: 'addresses' };
        }
    }
    for (const detail of ['full', 'counts']) {
        // Without a list: the whole report (a plan without changes), or the counts and destroys of one too large.
        if (detail === 'full' && hasList(input, 'full'))
            continue;
        const markdown = joined([...headParts(input, detail), ...tailParts(input, detail, detail === 'counts' ? OMITTED.counts : undefined)]);
        if (markdown.length <= room)
            return { markdown, detail };
    }
    // The bare link level still did not fit (a huge log excerpt is not shown there, so this is near impossible).
    const markdown = renderReport({ ...input, failure: input.failure?.slice(0, 500), action: input.action.slice(0, 500) }, 'link', OMITTED.link);
    if (markdown.length <= room)
        return { markdown, detail: 'link' };
    return { markdown: markdown.slice(0, Math.max(0, room)), detail: 'link' };
}


/***/ }),

/***/ 5743:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Zn: () => (/* binding */ awaitingOverride),
  hh: () => (/* binding */ explainedDecision),
  y3: () => (/* binding */ failedPolicies),
  gD: () => (/* binding */ policyStatusOf),
  wf: () => (/* binding */ readChecks)
});

// UNUSED EXPORTS: awaitingFailure, checksFailure, failedMandatoryTasks, mandatoryFailures, sentinelPolicies

// EXTERNAL MODULE: ./src/tfc/errors.ts
var errors = __nccwpck_require__(7488);
// EXTERNAL MODULE: ./src/tfc/policy-checks.ts
var policy_checks = __nccwpck_require__(4287);
// EXTERNAL MODULE: ./src/tfc/jsonapi.ts
var jsonapi = __nccwpck_require__(129);
;// CONCATENATED MODULE: ./src/tfc/policy-evaluations.ts

function toPolicySetOutcome(resource) {
    const outcomes = Array.isArray(resource.attributes.outcomes) ? resource.attributes.outcomes : [];
    const text = (value) => (typeof value === 'string' ? value : '');
    return {
        id: resource.id,
        policySetName: (0,jsonapi/* str */.gx)(resource, 'policy-set-name') || resource.id,
        policySetDescription: (0,jsonapi/* str */.gx)(resource, 'policy-set-description'),
        overridable: resource.attributes.overridable === true,
        error: (0,jsonapi/* str */.gx)(resource, 'error'),
        outcomes: outcomes.map(o => ({
            policyName: text(o.policy_name) || '(unnamed policy)',
            status: text(o.status),
            enforcementLevel: typeof o.enforcement_level === 'string' ? o.enforcement_level : null,
            description: text(o.description)
        }))
    };
}
/**
 * Every policy set outcome of an evaluation, page by page (20 a page by default). Unfiltered: the report counts
 * the passed policies too.
 */
async function listPolicySetOutcomes(http, evaluationId) {
    const sets = [];
    for (let page = 1; page <= 20; page++) {
        const path = `policy-evaluations/${encodeURIComponent(evaluationId)}/policy-set-outcomes?page[number]=${page}&page[size]=100`;
        const doc = (0,jsonapi/* parseDocument */.Tp)((await http.request('GET', path)).body, `GET /api/v2/policy-evaluations/${evaluationId}/policy-set-outcomes`);
        for (const resource of Array.isArray(doc.data) ? doc.data : [doc.data])
            sets.push(toPolicySetOutcome(resource));
        if (!doc.meta?.pagination?.['next-page'])
            break;
    }
    return sets;
}

// EXTERNAL MODULE: ./src/tfc/task-stages.ts
var task_stages = __nccwpck_require__(2452);
;// CONCATENATED MODULE: ./src/run/checks.ts




/** Statuses that checks put a run in, or that a failed check ends it with. */
const CHECK_STATUSES = /^(errored|policy_\w+|pre_plan_\w+|post_plan_\w+|\w+_awaiting_decision)$/;
/**
 * A run's checks; undefined when it has none. A check that cannot be read is a warning: the run's status
 * still decides what the step does, only the report has less to say.
 */
async function readChecks(ctx, run) {
    const checks = { taskStages: [], tasks: [], policySets: [], sentinel: [] };
    // The run lists its task stages and policy checks; they are looked up anyway where the status says checks
    // decided something, so a server that leaves the lists empty cannot hide a failed policy.
    const decisive = CHECK_STATUSES.test(run.status);
    try {
        if (run.taskStageIds?.length || run.taskStageIds === undefined || decisive) {
            const ids = run.taskStageIds?.length ? run.taskStageIds : await (0,task_stages/* listTaskStageIds */.Wq)(ctx.http, run.id);
            for (const id of ids)
                checks.taskStages.push(await (0,task_stages/* readTaskStage */.eF)(ctx.http, id));
            for (const stage of checks.taskStages) {
                checks.tasks.push(...stage.taskResults);
                for (const evaluation of stage.policyEvaluations) {
                    for (const set of await listPolicySetOutcomes(ctx.http, evaluation.id))
                        checks.policySets.push({ ...set, stageId: stage.id, kind: evaluation.policyKind, evaluationStatus: evaluation.status });
                }
            }
        }
        if (run.policyCheckIds?.length || run.policyCheckIds === undefined || decisive) {
            for (const check of await (0,policy_checks/* listPolicyChecks */.wS)(ctx.http, run.id)) {
                const output = ['pending', 'queued'].includes(check.status) ? undefined : await (0,policy_checks/* readPolicyCheckOutput */.mI)(ctx.http, check.id);
                checks.sentinel.push({ ...check, policies: output ? sentinelPolicies(output) : [] });
            }
        }
    }
    catch (error) {
        if (error instanceof errors/* StoppedError */.Ko)
            throw error;
        ctx.log.warning(`Could not read the run's policy and run task results: ${error.message}`);
    }
    return checks.taskStages.length || checks.sentinel.length ? checks : undefined;
}
/**
 * The policies of a Sentinel output, from its `## Policy N: NAME (LEVEL)` headings and the `Result:` line under
 * each (the format of the CLI's policy logs; fixtures/logs/tf-cloud-sentinel-policy-*.log).
 */
function sentinelPolicies(output) {
    const policies = [];
    let current;
    for (const line of output.split(/\r?\n/)) {
        const heading = /^## Policy \d+: (.+?) \(([\w-]+)\)\s*$/.exec(line);
        if (heading) {
            current = { name: heading[1], level: heading[2], passed: false };
            policies.push(current);
            continue;
        }
        const result = /^Result: (true|false)\s*$/.exec(line);
        if (result && current)
            current.passed = result[1] === 'true';
    }
    return policies;
}
/** Failed policies of a set, with the level they were enforced at. */
function failedPolicies(set) {
    return set.outcomes.filter(o => o.status !== 'passed');
}
/**
 * The run's policy status, worst first: a policy that errored, a mandatory failure nobody may override, one that
 * waits for an override, one that was overridden, advisory failures, all passed; `none` without policies.
 */
function policyStatusOf(checks) {
    if (!checks || (!checks.policySets.length && !checks.sentinel.length))
        return 'none';
    const found = new Set();
    for (const check of checks.sentinel) {
        if (check.status === 'errored')
            found.add('errored');
        else if (check.status === 'hard_failed')
            found.add('hard-failed');
        else if (check.status === 'soft_failed')
            found.add('soft-failed');
        else if (check.status === 'overridden')
            found.add('overridden');
        else if (check.result?.advisoryFailed || check.policies.some(p => !p.passed))
            found.add('advisory-failed');
        else
            found.add('passed');
    }
    for (const set of checks.policySets) {
        const stage = checks.taskStages.find(s => s.id === set.stageId);
        const failed = failedPolicies(set);
        if (set.error || failed.some(o => o.status === 'errored') || set.evaluationStatus === 'errored')
            found.add('errored');
        // After an override the stage goes on (running, then passed) while the evaluation keeps its failures.
        else if (failed.length &&
            (set.evaluationStatus === 'overridden' || (set.overridable && ['running', 'passed'].includes(stage?.status ?? ''))))
            found.add(failed.some(o => o.enforcementLevel === 'mandatory') ? 'overridden' : 'advisory-failed');
        else if (failed.some(o => o.enforcementLevel === 'mandatory'))
            // An overridable set's mandatory failure waits for an override; any other ends the run.
            found.add(set.overridable && stage?.status !== 'failed' ? 'soft-failed' : 'hard-failed');
        else if (failed.length)
            found.add('advisory-failed');
        else
            found.add('passed');
    }
    for (const status of ['errored', 'hard-failed', 'soft-failed', 'overridden', 'advisory-failed', 'passed'])
        if (found.has(status))
            return status;
    return 'none';
}
function quote(text) {
    return `"${text}"`;
}
/** The mandatory policies that failed, named with their set (or Sentinel scope) and level, for a failure message. */
function mandatoryFailures(checks) {
    const out = [];
    for (const set of checks.policySets) {
        for (const policy of failedPolicies(set)) {
            if (policy.enforcementLevel !== 'mandatory' && policy.status !== 'errored')
                continue;
            out.push(`${set.kind === 'sentinel' ? 'Sentinel' : 'OPA'} policy ${quote(policy.policyName)} in policy set ${quote(set.policySetName)} ${policy.status === 'errored' ? 'errored' : 'failed (mandatory)'}`);
        }
        if (set.error)
            out.push(`policy set ${quote(set.policySetName)} errored: ${set.error}`);
    }
    for (const check of checks.sentinel) {
        if (!['hard_failed', 'soft_failed', 'errored'].includes(check.status))
            continue;
        const failed = check.policies.filter(p => !p.passed && p.level !== 'advisory');
        const where = `${check.scope || 'organization'} Sentinel policy check`;
        if (failed.length)
            for (const p of failed)
                out.push(`Sentinel policy ${quote(p.name)} (${p.level}) failed in the ${where}`);
        else
            out.push(`the ${where} ${check.status.replace('_', '-')}`);
    }
    return out;
}
/** Mandatory run tasks that did not pass, with their link. */
function failedMandatoryTasks(checks) {
    return checks.tasks
        .filter(t => t.enforcementLevel === 'mandatory' && ['failed', 'errored', 'unreachable', 'canceled'].includes(t.status))
        .map(t => `run task ${quote(t.taskName)} (mandatory) ${t.status}${t.message ? `: ${t.message.split('\n')[0]}` : ''}${t.url ? ` (${t.url})` : ''}`);
}
/** Why a run errored, when its checks say: the policy or task that failed. Undefined for a plain plan error. */
function checksFailure(checks, lead = 'The run errored on its checks') {
    if (!checks)
        return undefined;
    const reasons = [...mandatoryFailures(checks), ...failedMandatoryTasks(checks)];
    if (!reasons.length)
        return undefined;
    return `${lead}: ${reasons.join('; ')}. See the run page.`;
}
/** The checks a run waiting for a decision waits on: soft-failed Sentinel checks, task stages awaiting override. */
function awaitingOverride(checks) {
    if (!checks)
        return [];
    return [
        ...checks.sentinel
            .filter(c => c.status === 'soft_failed')
            .map(c => ({
            kind: 'policy-check',
            id: c.id,
            what: `${c.scope || 'organization'} Sentinel policy check ${c.id}`,
            isOverridable: c.isOverridable,
            canOverride: c.canOverride
        })),
        ...checks.taskStages
            .filter(s => s.status === 'awaiting_override')
            .map(s => ({
            kind: 'task-stage',
            id: s.id,
            what: `${s.stage.replace('_', '-')} task stage ${s.id}`,
            isOverridable: s.isOverridable,
            canOverride: s.canOverride
        }))
    ];
}
/** Why a run waits for a decision, from its checks, and what would let this step go on. */
function awaitingFailure(checks, overridePolicies) {
    const waiting = awaitingOverride(checks);
    if (!checks || !waiting.length)
        return undefined;
    const reasons = [...mandatoryFailures(checks), ...failedMandatoryTasks(checks)];
    const what = reasons.length
        ? reasons.join('; ')
        : waiting.map(w => (w.kind === 'task-stage' ? `a run task or policy failed in the ${w.what}` : w.what)).join('; ');
    const blocked = waiting.find(w => !w.isOverridable || !w.canOverride);
    let fix;
    if (blocked && !blocked.isOverridable)
        fix = `the ${blocked.what} cannot be overridden; fix the configuration or the policy`;
    else if (blocked)
        fix = `this token may not override it (it needs the "manage policy overrides" permission); someone who may must override it on the run page`;
    else if (!overridePolicies)
        fix = 'set `override-policies: true` with an `override-reason` to override it from this step, or override it on the run page';
    else
        fix = 'the override did not take; see the run page';
    return `The run waits for an override: ${what}. To go on, ${fix}.`;
}
/** A decision whose failure names what failed when the run's checks say (a policy, a run task), not the plan. */
function explainedDecision(decision, checks, overridePolicies) {
    if (decision.code === 'plan-errored' || decision.code === 'policy-soft-failed') {
        const why = checksFailure(checks, decision.code === 'plan-errored' ? 'The run errored on its checks' : 'The plan-only run failed its checks');
        if (why)
            return { kind: 'none', code: 'checks-failed', reason: 'The run failed its policies or run tasks.', fail: why };
    }
    if (decision.code === 'awaiting-decision') {
        const why = awaitingFailure(checks, overridePolicies);
        if (why)
            return { ...decision, fail: why };
    }
    return decision;
}


/***/ }),

/***/ 670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ TimedOut),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   j$: () => (/* binding */ Interrupted),
/* harmony export */   pH: () => (/* binding */ StepFailure),
/* harmony export */   to: () => (/* binding */ explained)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8893);
/* harmony import */ var _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7488);


/** A failure the user can act on; its message is the whole story (no stack trace needed). */
class StepFailure extends Error {
    constructor(message) {
        super(message);
        this.name = 'StepFailure';
    }
}
/** The step's `timeout` ran out while waiting for `phase`; `detail` says why the run never started, when known. */
class TimedOut extends Error {
    phase;
    detail;
    constructor(phase, detail) {
        super(phase);
        this.phase = phase;
        this.detail = detail;
    }
}
/** The job was cancelled (SIGINT/SIGTERM) while waiting for `phase`. */
class Interrupted extends Error {
    phase;
    constructor(phase) {
        super(phase);
        this.phase = phase;
    }
}
/** Runs an API call, turning the 404 and 422 answers users hit most into messages that say what to check. */
async function explained(call, notFound, isWrite = false) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && error.status === 404) {
            throw new StepFailure(isWrite
                ? `${notFound} HCP Terraform answered 404: the workspace or configuration version is gone, or the token lacks permission to queue runs (organization tokens cannot create runs; use a team or user token).`
                : notFound);
        }
        if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && error.status === 422) {
            throw new StepFailure(`${notFound} HCP Terraform rejected the request: ${[error.title, error.detail].filter(Boolean).join(': ') || '422 unprocessable entity'}.`);
        }
        throw error;
    }
}
/** One line a user can act on, for every way the step can fail. */
function describeFailure(error, inputs) {
    const host = new URL(inputs.apiOrigin).host;
    if (error instanceof StepFailure || error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
        return error.message;
    if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD) {
        switch (error.status) {
            case 401:
                return `HCP Terraform at ${host} rejected the token (401 Unauthorized). Check that \`token\` (or TF_API_TOKEN) holds a valid, unexpired user or team API token for ${host}.`;
            case 403:
                return `${error.message}: the token is not allowed to do this. Organization tokens cannot create or act on runs; use a team token with plan/apply permission on the workspace.`;
            case 404:
                return `${error.message}: not found, or the token cannot see it (HCP Terraform answers 404 for both).`;
            case 429:
                return error.message;
            default:
                return `HCP Terraform at ${host}: ${error.message}.`;
        }
    }
    if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OutcomeUnknownError */ .Do)
        return `${error.message}. Check the workspace's runs on ${host} before re-running this step.`;
    if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX)
        return error.message;
    return `Unexpected error: ${error?.message ?? String(error)}`;
}


/***/ }),

/***/ 1107:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   jG: () => (/* binding */ readConfigurationVersion),
/* harmony export */   qP: () => (/* binding */ configurationVersionProblem),
/* harmony export */   tL: () => (/* binding */ createConfigurationVersion)
/* harmony export */ });
/* harmony import */ var _jsonapi_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(129);

async function readConfigurationVersion(http, id) {
    const path = `configuration-versions/${encodeURIComponent(id)}`;
    const resource = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .single */ .J0)((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`));
    return toConfigurationVersion(resource);
}
function toConfigurationVersion(resource) {
    return {
        id: resource.id,
        status: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'status'),
        source: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'source'),
        speculative: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(resource, 'speculative'),
        errorMessage: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'error-message') || (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'error') || undefined
    };
}
/**
 * A new configuration version to upload into (tfc-api-addendum.md §1.1). `auto-queue-runs` is always false: its
 * default, true, would make the upload queue a run of its own. The `upload-url` is only in this answer.
 */
async function createConfigurationVersion(http, workspaceId, options) {
    const path = `workspaces/${encodeURIComponent(workspaceId)}/configuration-versions`;
    const body = {
        data: {
            type: 'configuration-versions',
            attributes: { 'auto-queue-runs': false, speculative: options.speculative, provisional: options.provisional }
        }
    };
    const resource = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .single */ .J0)((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('POST', path, { body })).body, `POST /api/v2/${path}`));
    const uploadUrl = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'upload-url');
    if (!uploadUrl)
        throw new Error(`POST /api/v2/${path} answered without an upload-url`);
    return { ...toConfigurationVersion(resource), uploadUrl };
}
const VCS_SOURCES = new Set(['github', 'gitlab', 'bitbucket', 'ado']);
/** Why a configuration version cannot back a new run, or undefined when it can (tfc-api.md §3.2). */
function configurationVersionProblem(cv, planOnly) {
    const usable = cv.status === 'uploaded' || (cv.status === 'archived' && VCS_SOURCES.has(cv.source));
    if (!usable) {
        if (cv.status === 'archived')
            return `configuration version ${cv.id} is archived: its files were discarded after its runs, and a ${cv.source || 'API'}-uploaded configuration cannot be fetched again`;
        return `configuration version ${cv.id} has status "${cv.status}"; only an uploaded configuration version can back a run`;
    }
    if (cv.speculative && !planOnly)
        return `configuration version ${cv.id} is speculative and can only back plan-only runs; set plan-only: true or choose another configuration version`;
    return undefined;
}


/***/ }),

/***/ 7488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ OutcomeUnknownError),
/* harmony export */   Ko: () => (/* binding */ StoppedError),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   nc: () => (/* binding */ describeErrorDocument),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/** An HTTP answer from the API that the caller did not expect. The message never holds a token or a signed URL. */
class ApiError extends Error {
    status;
    endpoint;
    title;
    detail;
    constructor(message, status, endpoint, title = '', detail = '') {
        super(message);
        this.status = status;
        this.endpoint = endpoint;
        this.title = title;
        this.detail = detail;
        this.name = 'ApiError';
    }
}
/**
 * A write whose outcome is unknown (the connection dropped after the request went out, or a 5xx answered it).
 * It must not be retried blindly: the caller looks at the server's state first.
 */
class OutcomeUnknownError extends Error {
    endpoint;
    constructor(message, endpoint) {
        super(message);
        this.endpoint = endpoint;
        this.name = 'OutcomeUnknownError';
    }
}
/** The API could not be reached or kept failing after bounded retries. */
class TransportError extends Error {
    endpoint;
    constructor(message, endpoint) {
        super(message);
        this.endpoint = endpoint;
        this.name = 'TransportError';
    }
}
/**
 * The transport stopped before an answer: the step's deadline passed (`timeout`), or the step is being stopped
 * (job cancelled). Not a failure of HCP Terraform, and never a reason to act on a run by itself.
 */
class StoppedError extends TransportError {
    reason;
    constructor(message, endpoint, reason) {
        super(message, endpoint);
        this.reason = reason;
        this.name = 'StoppedError';
    }
}
/** Error documents come as `{errors:[{status,title,detail}]}`, with status a string or a number, or legacy `{errors:["msg"]}`. */
function describeErrorDocument(body) {
    try {
        const doc = JSON.parse(body);
        const first = Array.isArray(doc.errors) ? doc.errors[0] : undefined;
        if (typeof first === 'string')
            return { title: first, detail: '' };
        if (first && typeof first === 'object') {
            const e = first;
            return {
                title: typeof e.title === 'string' ? e.title : '',
                detail: typeof e.detail === 'string' ? e.detail : ''
            };
        }
    }
    catch {
        // Not JSON (a proxy's HTML page, say): the status code alone has to speak.
    }
    return { title: '', detail: '' };
}


/***/ }),

/***/ 129:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ single),
/* harmony export */   Kz: () => (/* binding */ relIds),
/* harmony export */   Tp: () => (/* binding */ parseDocument),
/* harmony export */   ZK: () => (/* binding */ relId),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lc: () => (/* binding */ bool)
/* harmony export */ });
function parseDocument(body, endpoint) {
    try {
        const doc = JSON.parse(body);
        if (doc && typeof doc === 'object' && 'data' in doc)
            return doc;
    }
    catch {
        // fall through to the error below
    }
    throw new Error(`${endpoint} did not answer with a JSON:API document; is the hostname an HCP Terraform or Terraform Enterprise host?`);
}
function single(doc) {
    if (Array.isArray(doc.data))
        throw new Error('expected a single resource, got a list');
    return doc.data;
}
function relId(resource, name) {
    const data = resource.relationships?.[name]?.data;
    return data && !Array.isArray(data) ? data.id : undefined;
}
/** IDs of a to-many relationship; undefined when the document gives only links, not data. */
function relIds(resource, name) {
    const data = resource.relationships?.[name]?.data;
    return Array.isArray(data) ? data.map(d => d.id) : undefined;
}
function str(resource, key) {
    const value = resource.attributes[key];
    return typeof value === 'string' ? value : '';
}
function bool(resource, key) {
    return resource.attributes[key] === true;
}
function num(resource, key) {
    const value = resource.attributes[key];
    return typeof value === 'number' ? value : null;
}


/***/ }),

/***/ 4287:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bV: () => (/* binding */ overridePolicyCheck),
/* harmony export */   mI: () => (/* binding */ readPolicyCheckOutput),
/* harmony export */   wS: () => (/* binding */ listPolicyChecks)
/* harmony export */ });
/* harmony import */ var _jsonapi_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(129);

function toPolicyCheck(resource) {
    const result = resource.attributes.result;
    const count = (key) => (result && typeof result[key] === 'number' ? result[key] : 0);
    const actions = (resource.attributes.actions ?? {});
    const permissions = (resource.attributes.permissions ?? {});
    return {
        id: resource.id,
        status: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'status'),
        scope: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'scope'),
        result: result
            ? {
                passed: count('passed'),
                totalFailed: count('total-failed'),
                hardFailed: count('hard-failed'),
                softFailed: count('soft-failed'),
                advisoryFailed: count('advisory-failed')
            }
            : undefined,
        isOverridable: actions['is-overridable'] === true,
        canOverride: permissions['can-override'] === true
    };
}
/** A run's Sentinel policy checks (unpaginated when no page parameters are sent). */
async function listPolicyChecks(http, runId) {
    const path = `runs/${encodeURIComponent(runId)}/policy-checks`;
    const doc = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`);
    return (Array.isArray(doc.data) ? doc.data : [doc.data]).map(toPolicyCheck);
}
/** The check's Sentinel output text; undefined while there is none (204). A redirect goes to signed storage. */
async function readPolicyCheckOutput(http, id) {
    const result = await http.fetchBlob(`/api/v2/policy-checks/${encodeURIComponent(id)}/output`);
    return result.status === 200 ? result.body : undefined;
}
/** Overrides a soft-failed check; the reason goes with it. 'conflict' (409) when it is not overridable. */
async function overridePolicyCheck(http, id, comment) {
    const path = `policy-checks/${encodeURIComponent(id)}/actions/override`;
    const response = await http.request('POST', path, { body: { comment }, accept: [409] });
    return response.status === 409 ? 'conflict' : 'accepted';
}


/***/ }),

/***/ 2452:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ overrideTaskStage),
/* harmony export */   Wq: () => (/* binding */ listTaskStageIds),
/* harmony export */   eF: () => (/* binding */ readTaskStage)
/* harmony export */ });
/* harmony import */ var _jsonapi_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(129);

function toTaskResult(resource) {
    return {
        id: resource.id,
        taskName: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'task-name') || resource.id,
        status: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'status'),
        enforcementLevel: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'workspace-task-enforcement-level'),
        message: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'message'),
        url: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'url') || undefined,
        stage: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'stage')
    };
}
function toPolicyEvaluation(resource) {
    const counts = (resource.attributes['result-count'] ?? {});
    const count = (key) => (typeof counts[key] === 'number' ? counts[key] : 0);
    return {
        id: resource.id,
        status: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'status'),
        policyKind: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'policy-kind') || 'opa',
        counts: {
            passed: count('passed'),
            advisoryFailed: count('advisory-failed'),
            mandatoryFailed: count('mandatory-failed'),
            errored: count('errored')
        }
    };
}
function refs(resource, name) {
    const data = resource.relationships?.[name]?.data;
    return Array.isArray(data) ? data : undefined;
}
async function show(http, path) {
    const doc = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('GET', path)).body, `GET /api/v2/${path.split('?')[0]}`);
    if (Array.isArray(doc.data))
        throw new Error(`GET /api/v2/${path.split('?')[0]} answered with a list`);
    return { resource: doc.data, included: doc.included ?? [] };
}
/**
 * One task stage with its task results and policy evaluations (tfc-api.md §9): side-loaded with `include` as the
 * CLI asks, and read one by one for any the server did not side-load.
 */
async function readTaskStage(http, id) {
    const { resource, included } = await show(http, `task-stages/${encodeURIComponent(id)}?include=task_results,policy_evaluations`);
    const byKey = new Map(included.map(r => [`${r.type}/${r.id}`, r]));
    const load = async (ref, path) => byKey.get(`${ref.type}/${ref.id}`) ?? (await show(http, `${path}/${encodeURIComponent(ref.id)}`)).resource;
    const taskResults = [];
    for (const ref of refs(resource, 'task-results') ?? [])
        taskResults.push(toTaskResult(await load(ref, 'task-results')));
    const policyEvaluations = [];
    const evaluationRefs = refs(resource, 'policy-evaluations');
    if (evaluationRefs) {
        for (const ref of evaluationRefs)
            policyEvaluations.push(toPolicyEvaluation(await load(ref, 'policy-evaluations')));
    }
    else {
        // Only a link: the stage's evaluations are listed (§8.2).
        const path = `task-stages/${encodeURIComponent(id)}/policy-evaluations`;
        const doc = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`);
        for (const r of Array.isArray(doc.data) ? doc.data : [doc.data])
            policyEvaluations.push(toPolicyEvaluation(r));
    }
    return toTaskStage(resource, taskResults, policyEvaluations);
}
function toTaskStage(resource, taskResults, policyEvaluations) {
    const permissions = (resource.attributes.permissions ?? {});
    const actions = (resource.attributes.actions ?? {});
    return {
        id: resource.id,
        stage: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'stage'),
        status: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'status'),
        isOverridable: actions['is-overridable'] === true,
        canOverride: permissions['can-override'] === true || permissions['can-override-policy'] === true || permissions['can-override-tasks'] === true,
        taskResults,
        policyEvaluations
    };
}
/** The IDs of a run's task stages, page by page. */
async function listTaskStageIds(http, runId) {
    const ids = [];
    for (let page = 1; page <= 10; page++) {
        const path = `runs/${encodeURIComponent(runId)}/task-stages?page[number]=${page}&page[size]=100`;
        const doc = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('GET', path)).body, `GET /api/v2/runs/${runId}/task-stages`);
        for (const resource of Array.isArray(doc.data) ? doc.data : [doc.data])
            ids.push(resource.id);
        if (!doc.meta?.pagination?.['next-page'])
            break;
    }
    return ids;
}
/** Overrides a task stage that waits for one (`awaiting_override`); 'conflict' (409) when it cannot be. */
async function overrideTaskStage(http, id, comment) {
    const path = `task-stages/${encodeURIComponent(id)}/actions/override`;
    const response = await http.request('POST', path, { body: { comment }, accept: [409] });
    return response.status === 409 ? 'conflict' : 'accepted';
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
