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
    Workspaces: 'workspaces',
    WorkspaceTags: 'workspace-tags',
    ExcludeTags: 'exclude-tags',
    Project: 'project',
    ChangedOnly: 'changed-only',
    Parallel: 'parallel',
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
    AttributeValues: 'attribute-values',
    Outputs: 'outputs',
    SensitiveOutputs: 'sensitive-outputs',
    DriftIssue: 'drift-issue',
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
    CommentUrl: 'comment-url',
    Runs: 'runs',
    TerraformOutputs: 'outputs',
    ApplyAdditions: 'apply-additions',
    ApplyChanges: 'apply-changes',
    ApplyDestructions: 'apply-destructions',
    ApplyImports: 'apply-imports',
    Drifted: 'drifted',
    DriftIssueUrl: 'drift-issue-url'
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

/***/ 5763:
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/workflow-commands.ts
/**
 * Text from a run, the API, a comment or a file name is untrusted: printed as it is, a line could be read by the
 * runner as a workflow command. The runner reads `::name::` at the start of a line (after leading white space,
 * `ActionCommand.TryParseV2`) and the legacy `##[name]` anywhere in a line (`TryParse`); it splits lines at CR as at
 * LF. Everything the step prints goes through here (core-io.ts), so no caller has to remember which text is whose.
 */
/** Could a line of this text be read as a command? Over-inclusive on purpose: the cost is two extra log lines. */
function commandLike(text) {
    return text.includes('::') || text.includes('##[');
}
/**
 * The lines that print `text` unchanged with command processing stopped around it, as GitHub advises for untrusted
 * output: `::stop-commands::<token>` … `::<token>::`. `token` must be unguessable (a fresh random one per call), or
 * the text could resume processing itself.
 */
function guardedLines(text, token) {
    if (!commandLike(text))
        return [text];
    return [`::stop-commands::${token}`, text, `::${token}::`];
}
/**
 * Annotation text, group names and failure messages are themselves commands (`::error::…`), so they cannot be
 * wrapped: a zero-width space between the two colons and after `##` leaves what a reader sees unchanged and
 * gives the runner nothing to parse.
 */
function neutralised(text) {
    return text.replace(/:(?=:)/g, ':\u200b').replace(/##\[/g, '##\u200b[');
}

;// CONCATENATED MODULE: ./src/core-io.ts



/**
 * The production ActionIO: the GitHub runner's protocol through @actions/core. Every message may carry untrusted
 * text (a plan's log, a file name, an API's error), so none reaches the runner as a command: plain lines are
 * printed with command processing stopped around them, and commands' own text is neutralised
 * (workflow-commands.ts). The action's own commands (masks, groups, outputs, annotations) still work.
 */
function coreIO() {
    return {
        getInput: name => getInput(name),
        env: process.env,
        setSecret: secret => core_setSecret(secret),
        setOutput: (name, value) => setOutput(name, value),
        saveState: (name, value) => saveState(name, value),
        getState: name => getState(name),
        debug: message => core_debug(neutralised(message)),
        info: message => {
            for (const line of guardedLines(message, (0,external_node_crypto_.randomBytes)(16).toString('hex')))
                info(line);
        },
        warning: message => warning(neutralised(message)),
        group: (name, fn) => group(neutralised(name), fn),
        appendSummary: async (markdown) => {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await summary.addRaw(markdown).write();
        },
        setFailed: message => setFailed(neutralised(message)),
        annotate: ({ level, message, ...properties }) => {
            // @actions/core escapes the message and every property as the runner requires (addendum §4.4); what it does
            // not escape (`##[`, and `::` in the message) is neutralised here.
            const safe = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, typeof v === 'string' ? neutralised(v) : v]));
            if (level === 'error')
                error(neutralised(message), safe);
            else if (level === 'warning')
                warning(neutralised(message), safe);
            else
                notice(neutralised(message), safe);
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
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   Lw: () => (/* binding */ deletedRef),
/* harmony export */   _n: () => (/* binding */ pullRequestOf),
/* harmony export */   ol: () => (/* binding */ workflowRunOf)
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
/** A page of this repository on GitHub (`commit/…`, `actions/runs/…`), or undefined outside a workflow run. */
function repositoryUrl(env, page) {
    return env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/${page}` : undefined;
}
/** The workflow run this step belongs to, as a link when the runner says which, else by name and number. */
function workflowRunOf(env) {
    return ((env.GITHUB_RUN_ID && repositoryUrl(env, `actions/runs/${env.GITHUB_RUN_ID}`)) ||
        `workflow "${env.GITHUB_WORKFLOW ?? '?'}" run #${env.GITHUB_RUN_NUMBER ?? '?'}`);
}
/**
 * The ref a push event deletes (`deleted: true`, `after` all zeros), or undefined: such a push names no commit,
 * so there is nothing to plan or apply.
 */
function deletedRef(env) {
    if (env.GITHUB_EVENT_NAME !== 'push' || !env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        return event.deleted === true || /^0{40}$/.test(event.after ?? '') ? (event.ref ?? 'a ref') : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5763);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5271);


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

/***/ 9663:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ InputError),
  cs: () => (/* binding */ inputWarnings),
  TL: () => (/* binding */ parseInputs),
  B9: () => (/* binding */ tokenOf)
});

// UNUSED EXPORTS: parseHostname

// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/duration.ts
var duration = __nccwpck_require__(7607);
;// CONCATENATED MODULE: ./src/input-error.ts
/** A bad input: the message names the input and says how to fix it. Nothing has been created when it is thrown. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'InputError';
    }
}

;// CONCATENATED MODULE: ./src/inputs-selection.ts
/**
 * The inputs that select several workspaces for one step (`workspaces`, `workspace-tags`, `exclude-tags`,
 * `project`) and how they are run (`changed-only`, `parallel`): read and checked before anything is sent.
 */


const NAME_OR_GLOB = /^[A-Za-z0-9_*?[\]-]+$/;
const WORKSPACE_ID = /^ws-[A-Za-z0-9]+$/;
const PROJECT_ID = /^prj-[A-Za-z0-9]+$/;
const MAX_PARALLEL = 50;
function lines(text) {
    return text
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line && !line.startsWith('#'));
}
function tagFilter(line) {
    const at = line.indexOf('=');
    if (at < 0) {
        if (/[\s,]/.test(line))
            throw new InputError(constants/* Inputs */.G0.WorkspaceTags, `Input \`workspace-tags\` takes one tag per line; "${line}" holds several.`);
        return { kind: 'name', name: line };
    }
    const [key, value] = [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    if (!key)
        throw new InputError(constants/* Inputs */.G0.WorkspaceTags, `Input \`workspace-tags\`: "${line}" has no key before =; write key=value.`);
    return { kind: 'binding', key, value };
}
/**
 * The selection of several workspaces, or undefined when the step serves one (`workspace`). Exactly one of
 * `workspace`, `workspaces`, `workspace-tags` and `project` may be given, except that `project` combines with
 * `workspace-tags`.
 */
function parseSetInputs(get) {
    const workspace = get(constants/* Inputs */.G0.Workspace).trim();
    const refs = lines(get(constants/* Inputs */.G0.Workspaces));
    const tags = lines(get(constants/* Inputs */.G0.WorkspaceTags)).map(tagFilter);
    const excludeTags = lines(get(constants/* Inputs */.G0.ExcludeTags));
    const project = get(constants/* Inputs */.G0.Project).trim();
    const chosen = [
        [constants/* Inputs */.G0.Workspace, workspace],
        [constants/* Inputs */.G0.Workspaces, refs.length],
        [constants/* Inputs */.G0.WorkspaceTags, tags.length || project]
    ].filter(([, given]) => given);
    if (chosen.length > 1) {
        const [first, second] = chosen.map(([name]) => (name === constants/* Inputs */.G0.WorkspaceTags && !tags.length ? constants/* Inputs */.G0.Project : name));
        throw new InputError(second, `Inputs \`${first}\` and \`${second}\` cannot be used together: each one chooses the workspaces (\`project\` combines only with \`workspace-tags\`). Remove one.`);
    }
    if (excludeTags.length && !tags.length && !project)
        throw new InputError(constants/* Inputs */.G0.ExcludeTags, 'Input `exclude-tags` narrows `workspace-tags` or `project`: give one of them, or remove it.');
    for (const tag of excludeTags) {
        if (tag.includes('=') || /[\s,]/.test(tag))
            throw new InputError(constants/* Inputs */.G0.ExcludeTags, `Input \`exclude-tags\` takes one tag name per line, not "${tag}".`);
    }
    const bad = refs.find(ref => !(ref.startsWith('ws-') ? WORKSPACE_ID.test(ref) : NAME_OR_GLOB.test(ref)));
    if (bad)
        throw new InputError(constants/* Inputs */.G0.Workspaces, `Input \`workspaces\` takes one workspace name, ws-… ID or glob on names (app-*) per line, not "${bad}".`);
    if (project && !PROJECT_ID.test(project) && /[\r\n]/.test(project))
        throw new InputError(constants/* Inputs */.G0.Project, 'Input `project` takes one project name or prj-… ID.');
    const changedRaw = (get(constants/* Inputs */.G0.ChangedOnly).trim() || 'auto').toLowerCase();
    if (!['auto', 'true', 'false'].includes(changedRaw))
        throw new InputError(constants/* Inputs */.G0.ChangedOnly, `Input \`changed-only\` must be auto, true or false, not "${get(constants/* Inputs */.G0.ChangedOnly).trim()}".`);
    const parallelRaw = get(constants/* Inputs */.G0.Parallel).trim() || '10';
    const parallel = Number(parallelRaw);
    if (!Number.isInteger(parallel) || parallel < 1 || parallel > MAX_PARALLEL)
        throw new InputError(constants/* Inputs */.G0.Parallel, `Input \`parallel\` must be a whole number from 1 to ${MAX_PARALLEL}, not "${parallelRaw}".`);
    if (!refs.length && !tags.length && !project) {
        // The runner passes action.yml's defaults (`auto`, `10`) as inputs: only a value the workflow set is an error.
        for (const [name, value] of [
            [constants/* Inputs */.G0.ExcludeTags, excludeTags.length > 0],
            [constants/* Inputs */.G0.ChangedOnly, changedRaw !== 'auto'],
            [constants/* Inputs */.G0.Parallel, parallelRaw !== '10']
        ]) {
            if (value)
                throw new InputError(name, `Input \`${name}\` applies to several workspaces: select them with \`workspaces\`, \`workspace-tags\` or \`project\`.`);
        }
        return undefined;
    }
    const selection = refs.length
        ? { kind: 'list', refs }
        : { kind: 'filter', tags, excludeTags, project: project || undefined };
    return { selection, changedOnly: changedRaw, parallel };
}
/** Whether the selection names workspaces only by ID (then `organization` is not needed). */
function selectionNeedsOrganization(selection) {
    return selection.kind === 'filter' || selection.refs.some(ref => !ref.startsWith('ws-'));
}

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






const DEFAULT_POLL_INTERVAL_MS = 10_000;
const WORKSPACE_NAME = /^[A-Za-z0-9_-]+$/;
const RUN_ID = /^run-[A-Za-z0-9]+$/;
const inputs_WORKSPACE_ID = /^ws-[A-Za-z0-9]+$/;
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
function inputs_lines(text) {
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
/** The yes/no inputs, a row each: the field, the input, its default. A new one is a row here (and a field above). */
const FLAGS = [
    ['isDestroy', constants/* Inputs */.G0.IsDestroy, false],
    ['planOnly', constants/* Inputs */.G0.PlanOnly, false],
    ['refresh', constants/* Inputs */.G0.Refresh, true],
    ['refreshOnly', constants/* Inputs */.G0.RefreshOnly, false],
    ['apply', constants/* Inputs */.G0.Apply, false],
    ['allowDestroy', constants/* Inputs */.G0.AllowDestroy, false],
    ['discard', constants/* Inputs */.G0.Discard, true],
    ['waitForApply', constants/* Inputs */.G0.WaitForApply, true],
    ['forceCancel', constants/* Inputs */.G0.ForceCancel, false],
    ['showLogs', constants/* Inputs */.G0.ShowLogs, true],
    ['annotations', constants/* Inputs */.G0.Annotations, true],
    ['attributeValues', constants/* Inputs */.G0.AttributeValues, true],
    ['outputs', constants/* Inputs */.G0.Outputs, true],
    ['sensitiveOutputs', constants/* Inputs */.G0.SensitiveOutputs, false],
    ['driftIssue', constants/* Inputs */.G0.DriftIssue, false],
    ['overridePolicies', constants/* Inputs */.G0.OverridePolicies, false],
    ['savePlan', constants/* Inputs */.G0.SavePlan, false]
];
function readFlags(get) {
    return Object.fromEntries(FLAGS.map(([field, name, fallback]) => [field, booleanInput(get, name, fallback)]));
}
/**
 * Inputs that cannot work together, a row each, in the order they are checked: the first that holds fails the
 * step, naming `input` (the one to change) and saying how.
 */
const CONFLICTS = [
    {
        input: constants/* Inputs */.G0.Run,
        when: c => c.run !== '' && codeSource(c) !== undefined,
        message: c => `Inputs \`run\` and \`${codeSource(c)}\` cannot be used together: \`run\` acts on an existing run, which has its code already. Remove one.`
    },
    {
        input: constants/* Inputs */.G0.Directory,
        when: c => c.directory !== '' && (c.configurationVersion !== '' || c.promoteFrom !== ''),
        message: c => {
            const other = c.configurationVersion ? constants/* Inputs */.G0.ConfigurationVersion : constants/* Inputs */.G0.PromoteFrom;
            return `Inputs \`directory\` and \`${other}\` cannot be used together: each one chooses the code to run (upload this directory, or run ${other === constants/* Inputs */.G0.PromoteFrom ? "another workspace's applied" : 'an existing'} configuration version). Remove one.`;
        }
    },
    {
        input: constants/* Inputs */.G0.PromoteFrom,
        when: c => c.configurationVersion !== '' && c.promoteFrom !== '',
        message: 'Inputs `promote-from` and `configuration-version` cannot be used together: promote-from picks the configuration version itself. Remove one.'
    },
    {
        input: constants/* Inputs */.G0.SensitiveOutputs,
        when: c => c.sensitiveOutputs && !c.outputs,
        message: 'Input `sensitive-outputs` is true but `outputs` is false: sensitive outputs are read only with the others. Set `outputs: true`, or remove `sensitive-outputs`.'
    },
    {
        input: constants/* Inputs */.G0.OverrideReason,
        when: c => c.overridePolicies && !c.overrideReason,
        message: 'Input `override-reason` is required with `override-policies: true`: say why the failed policies may be overridden; it is recorded on the run and in the report.'
    },
    {
        input: constants/* Inputs */.G0.OverridePolicies,
        when: c => c.overrideReason !== '' && !c.overridePolicies,
        message: 'Input `override-reason` is set but `override-policies` is not true: set `override-policies: true` to override soft-failed policies, or remove the reason.'
    },
    {
        input: constants/* Inputs */.G0.OverridePolicies,
        when: c => c.overridePolicies && c.planOnly,
        message: 'Input `override-policies` cannot be used with `plan-only: true`: a plan-only run cannot be overridden (a soft failure ends it). Remove one.'
    },
    {
        input: constants/* Inputs */.G0.RefreshOnly,
        when: c => c.isDestroy && c.refreshOnly,
        message: 'Inputs `is-destroy` and `refresh-only` cannot both be true: a run either destroys or only refreshes. Set one to false.'
    },
    {
        input: constants/* Inputs */.G0.Refresh,
        when: c => c.refreshOnly && !c.refresh,
        message: 'Input `refresh` is false but `refresh-only` is true: a refresh-only run exists to refresh. Remove `refresh: false`.'
    },
    {
        input: constants/* Inputs */.G0.SavePlan,
        when: c => c.savePlan && c.planOnly,
        message: 'Inputs `save-plan` and `plan-only` are both true: a saved plan is kept to be applied later, a plan-only run never can be. Set one to false.'
    },
    {
        input: constants/* Inputs */.G0.SavePlan,
        when: c => c.savePlan && c.apply,
        message: 'Inputs `save-plan` and `apply` are both true: a saved plan is applied by a later step (`run: reviewed`, or `run:` with its ID). Set `apply` to false here.'
    },
    {
        input: constants/* Inputs */.G0.DriftIssue,
        when: c => c.driftIssue && driftConflict(c) !== undefined,
        message: c => `Input \`drift-issue\` finds drift with a speculative refresh-only plan and applies nothing: it cannot be used with \`${driftConflict(c)}\`. Remove one.`
    },
    {
        input: constants/* Inputs */.G0.SavePlan,
        when: c => c.savePlan && c.run !== '',
        message: 'Inputs `save-plan` and `run` cannot be used together: `save-plan` creates a run, `run` acts on an existing one. Remove one.'
    },
    {
        input: constants/* Inputs */.G0.Apply,
        when: c => c.run === 'reviewed' && !c.apply,
        message: 'Input `apply` must be true with `run: reviewed`, which applies the plan reviewed on the merged pull request: set `apply: true` to say so.'
    },
    {
        input: constants/* Inputs */.G0.Apply,
        when: c => c.planOnly && c.apply,
        message: 'Input `apply` is true but `plan-only` is true: a plan-only (speculative) run can never be applied. Set one of them to false.'
    },
    {
        input: constants/* Inputs */.G0.AllowDestroy,
        when: c => c.isDestroy && c.apply && !c.allowDestroy,
        message: 'Inputs `is-destroy` and `apply` are both true, which destroys every resource of the workspace: set `allow-destroy` to true to confirm that this is intended.'
    },
    {
        input: constants/* Inputs */.G0.ReplaceAddrs,
        when: c => c.refreshOnly && c.replaceAddrs.length > 0,
        message: 'Input `replace-addrs` cannot be used with `refresh-only: true`: a refresh-only run changes no resources. Remove one.'
    }
];
/** The first input besides `run` that chooses the code to run, if any. */
function codeSource(c) {
    return [
        [constants/* Inputs */.G0.Directory, c.directory],
        [constants/* Inputs */.G0.ConfigurationVersion, c.configurationVersion],
        [constants/* Inputs */.G0.PromoteFrom, c.promoteFrom]
    ].find(([, value]) => value)?.[0];
}
/** The first input `drift-issue` cannot go with, if any. */
function driftConflict(c) {
    return [
        [constants/* Inputs */.G0.Apply, c.apply],
        [constants/* Inputs */.G0.SavePlan, c.savePlan],
        [constants/* Inputs */.G0.Run, c.run],
        [constants/* Inputs */.G0.IsDestroy, c.isDestroy]
    ].find(([, value]) => value)?.[0];
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
    const set = parseSetInputs(get);
    // A run ID names its workspace; everything else needs one, or a selection of several.
    if (!workspace && !RUN_ID.test(run) && !set)
        throw new InputError(constants/* Inputs */.G0.Workspace, 'Input `workspace` is required: a workspace name (with `organization`) or a ws-… ID; or select several with `workspaces`, `workspace-tags` or `project`.');
    if (set && run && run !== 'reviewed')
        throw new InputError(constants/* Inputs */.G0.Run, `Input \`run\` names one run, and \`${set.selection.kind === 'list' ? constants/* Inputs */.G0.Workspaces : constants/* Inputs */.G0.WorkspaceTags}\` selects several workspaces: give the run alone, or \`run: reviewed\` to apply each selected workspace's reviewed plan.`);
    if (workspace)
        checkWorkspaceRef(constants/* Inputs */.G0.Workspace, workspace);
    const promoteFrom = get(constants/* Inputs */.G0.PromoteFrom).trim();
    if (promoteFrom)
        checkWorkspaceRef(constants/* Inputs */.G0.PromoteFrom, promoteFrom);
    const organization = get(constants/* Inputs */.G0.Organization).trim() || (env[constants/* Env */.o9.Organization] ?? '').trim();
    const needsOrganization = [workspace, promoteFrom].some(ref => ref && !ref.startsWith('ws-')) || (set && selectionNeedsOrganization(set.selection));
    if (needsOrganization && !organization) {
        throw new InputError(constants/* Inputs */.G0.Organization, `Input \`organization\` is required when ${set ? 'workspaces are selected by name, tag or project' : 'a workspace is given by name'}: set it, or the ${constants/* Env */.o9.Organization} environment variable, or use a ws-… ID.`);
    }
    if (organization && !ORGANIZATION.test(organization)) {
        throw new InputError(constants/* Inputs */.G0.Organization, `Input \`organization\` may hold only letters, digits, - and _: "${organization}".`);
    }
    const configurationVersion = get(constants/* Inputs */.G0.ConfigurationVersion).trim();
    if (configurationVersion && !CV_ID.test(configurationVersion)) {
        throw new InputError(constants/* Inputs */.G0.ConfigurationVersion, `Input \`configuration-version\` must be a configuration version ID such as cv-n4XQPBa2QnecZJ4G, not "${configurationVersion}".`);
    }
    const directory = get(constants/* Inputs */.G0.Directory).trim();
    const flags = readFlags(get);
    const overrideReason = get(constants/* Inputs */.G0.OverrideReason).trim();
    const targetAddrs = inputs_lines(get(constants/* Inputs */.G0.TargetAddrs));
    const replaceAddrs = inputs_lines(get(constants/* Inputs */.G0.ReplaceAddrs));
    for (const [name, addrs] of [
        [constants/* Inputs */.G0.TargetAddrs, targetAddrs],
        [constants/* Inputs */.G0.ReplaceAddrs, replaceAddrs]
    ]) {
        const bad = addrs.find(addr => /\s/.test(addr.replace(/\[".*?"\]/g, '')));
        if (bad)
            throw new InputError(name, `Input \`${name}\` takes one resource address per line; "${bad}" is not an address.`);
    }
    const combination = { ...flags, run, overrideReason, directory, configurationVersion, promoteFrom, replaceAddrs };
    const conflict = CONFLICTS.find(rule => rule.when(combination));
    if (conflict)
        throw new InputError(conflict.input, typeof conflict.message === 'string' ? conflict.message : conflict.message(combination));
    const variables = parseRunVariables(get(constants/* Inputs */.G0.Variables));
    if (typeof variables === 'string') {
        throw new InputError(constants/* Inputs */.G0.Variables, `Input \`variables\`: ${variables}. Write one \`name = value\` per line, the value in HCL literal syntax.`);
    }
    const timeoutMs = durationInput(get, constants/* Inputs */.G0.Timeout, '1h');
    // Unset, the interval follows a short timeout down rather than failing over an input the user never wrote; the
    // runner passes action.yml's default (10s) as the input, so that value counts as unset too.
    const pollRaw = get(constants/* Inputs */.G0.PollInterval).trim();
    const pollIntervalMs = pollRaw && pollRaw !== '10s' ? durationInput(get, constants/* Inputs */.G0.PollInterval, '10s') : Math.min(DEFAULT_POLL_INTERVAL_MS, timeoutMs / 2);
    if (pollIntervalMs > timeoutMs) {
        throw new InputError(constants/* Inputs */.G0.PollInterval, `Input \`poll-interval\` (${(0,duration/* formatDuration */.a)(pollIntervalMs)}) is longer than \`timeout\` (${(0,duration/* formatDuration */.a)(timeoutMs)}); make it shorter.`);
    }
    const commentRaw = (get(constants/* Inputs */.G0.Comment).trim() || 'auto').toLowerCase();
    if (commentRaw !== 'auto' && commentRaw !== 'true' && commentRaw !== 'false') {
        throw new InputError(constants/* Inputs */.G0.Comment, `Input \`comment\` must be auto, true or false, not "${get(constants/* Inputs */.G0.Comment).trim()}".`);
    }
    return {
        ...flags,
        token,
        apiOrigin: host.origin,
        insecureHttp: host.insecure,
        organization,
        workspace,
        set,
        run,
        directory,
        configurationVersion,
        promoteFrom,
        message: get(constants/* Inputs */.G0.Message).trim(),
        targetAddrs,
        replaceAddrs,
        variables,
        timeoutMs,
        pollIntervalMs,
        overrideReason,
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
    if (value.startsWith('ws-') ? inputs_WORKSPACE_ID.test(value) : WORKSPACE_NAME.test(value))
        return;
    throw new InputError(input, `Input \`${input}\` must be a workspace name (letters, digits, - and _) or a ws-… ID, not "${value}".`);
}


/***/ }),

/***/ 7399:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runLifecycle)
});

// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __nccwpck_require__(2981);
// EXTERNAL MODULE: ./src/run/failures.ts
var failures = __nccwpck_require__(670);
// EXTERNAL MODULE: ./src/tfc/runs.ts
var tfc_runs = __nccwpck_require__(1301);
// EXTERNAL MODULE: ./src/run/workspace.ts
var run_workspace = __nccwpck_require__(6120);
;// CONCATENATED MODULE: ./src/run/adopt-run.ts



/**
 * `run: run-…`: the run to act on, and its workspace. When `workspace` is also given it must be the run's: a run
 * ID pasted into the wrong workflow must not be applied in another workspace's name.
 */
async function adoptRunById(ctx, runId) {
    const host = new URL(ctx.inputs.apiOrigin).host;
    const run = await (0,failures/* explained */.to)(() => (0,tfc_runs/* readRun */.cI)(ctx.http, runId), `Run ${runId} was not found on ${host}, or the token cannot read it. Check \`run\`.`);
    if (!run.workspaceId)
        throw new failures/* StepFailure */.pH(`Run ${runId} names no workspace; HCP Terraform answered an incomplete run.`);
    const workspace = await (0,run_workspace/* lookupWorkspace */.AX)(ctx, run.workspaceId, 'run');
    if (ctx.inputs.workspace) {
        const given = await (0,run_workspace/* lookupWorkspace */.AX)(ctx, ctx.inputs.workspace, 'workspace');
        if (given.id !== workspace.id) {
            throw new failures/* StepFailure */.pH(`Input \`workspace\`: run ${runId} belongs to workspace ${workspace.organization}/${workspace.name}, not ${given.organization}/${given.name}. Nothing was done; check \`run\` and \`workspace\`.`);
        }
    }
    ctx.log.info(`Adopting run ${run.id} (${run.status}${run.savePlan ? ', a saved plan' : ''}); this step creates no run`);
    return { run, workspace: (0,run_workspace/* checkWorkspace */.MD)(ctx, workspace) };
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

// EXTERNAL MODULE: ./src/run/binding.ts
var binding = __nccwpck_require__(228);
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
    const source = await (0,run_workspace/* lookupWorkspace */.AX)(ctx, from, 'promote-from');
    let applied;
    if (source.currentRunId) {
        const current = await (0,tfc_runs/* readRun */.cI)(ctx.http, source.currentRunId);
        if (current.status === 'applied')
            applied = current;
    }
    if (!applied) {
        // The current run may be newer and not applied yet: look back for the newest applied one. The list endpoint
        // is rate limited to 30/min, so this is a single look-up; the status is checked here, not only by the filter.
        const runs = await (0,tfc_runs/* listRuns */.v)(ctx.http, source.id, { 'filter[status]': 'applied' }, 20);
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
        return Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(7), __nccwpck_require__.e(263)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5007)).then(m => m.uploadedConfiguration(ctx, workspace, inputs.directory));
    if (inputs.promoteFrom)
        return promotedConfiguration(ctx, inputs.promoteFrom);
    if (inputs.configurationVersion)
        return explicitConfiguration(ctx, inputs.configurationVersion);
    return latestConfiguration(ctx);
}

// EXTERNAL MODULE: ./src/run/create-run.ts
var create_run = __nccwpck_require__(673);
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
    const workspace = await (0,run_workspace/* resolveWorkspace */.cz)(ctx);
    if (inputs.run !== 'reviewed')
        return { workspace, configuration: await getConfiguration(ctx, workspace) };
    if (!findReviewedPlan)
        throw new failures/* StepFailure */.pH('Input `run: reviewed` needs the GitHub API to find the reviewed plan, and it is not available here.');
    const found = await findReviewedPlan(workspace);
    const { run } = await adoptRunById(ctx, found.runId);
    if (run.workspaceId !== workspace.id)
        throw new failures/* StepFailure */.pH(`The reviewed run ${run.id} is not on workspace ${workspace.organization}/${workspace.name}. Nothing was applied.`);
    // HCP Terraform decides, not the comment: the run must have been planned for this repository, this pull request
    // and the head commit it was merged with.
    const mismatch = (0,binding/* bindingProblem */.BC)(run.id, (0,binding/* readBinding */.YM)(run.message), {
        repository: found.pr.repo,
        pullRequest: found.pr.number,
        headSha: found.pr.headSha
    });
    if (mismatch)
        throw new failures/* StepFailure */.pH(mismatch);
    if (!run.savePlan) {
        throw new failures/* StepFailure */.pH(`Run ${run.id}, shown on pull request #${found.pr.number}, is not a saved plan: the pull request's plan step needs \`save-plan: true\` for its plan to be applied after the merge. Nothing was applied.`);
    }
    const reviewed = { ...found, plannedSha: found.pr.headSha };
    const problem = reviewedRunProblem(run, reviewed.pr.number);
    if (problem && 'fail' in problem)
        throw new failures/* StepFailure */.pH(`${problem.fail} See ${(0,run_workspace/* runUrl */.Vp)(inputs.apiOrigin, workspace, run.id)}`);
    return { workspace, configuration: adoptedConfiguration(run), adopted: { run, reviewed, nothingToApply: problem?.nothing } };
}
/** Creates the step's own run on the chosen configuration. */
async function createRun(ctx, workspace, configuration) {
    const run = await (0,create_run/* createStepRun */.Kc)(ctx, workspace, configuration);
    ctx.log.info(`Created run ${run.id}: ${(0,run_workspace/* runUrl */.Vp)(ctx.inputs.apiOrigin, workspace, run.id)}`);
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

;// CONCATENATED MODULE: ./src/lifecycle.ts



let afterStart;
/** The stages after the start, loaded once: first asked for as soon as the start is done, while requests are in flight. */
function stagesAfterStart() {
    return (afterStart ??= Promise.all(/* import() */[__nccwpck_require__.e(967), __nccwpck_require__.e(417), __nccwpck_require__.e(159), __nccwpck_require__.e(422)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3422)));
}
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
        // Loads while the run is created; a failure to load surfaces where the stages are first used.
        stagesAfterStart().catch(() => undefined);
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
            run = await log.group('Create run', () => createRun(ctx, target, chosen));
            owned = true;
            hooks.onRun?.(run);
            checkSavedPlan(ctx, run);
            await hooks.onProgress?.(progress(known(), 'planning', 'Planning; this comment is updated when the plan is ready.'));
        }
        const reviewed = start.adopted?.reviewed;
        const { applyRun, countsOf, decideAfterPlan, destroysOf, discardRun, explainedDecision, isPlanSettled, needsBackstop, outcomeOf, PhaseLog, readPlanDetails, readStateOutputs, settleChecks, waitForApply, waitForRun } = await stagesAfterStart();
        const created = run;
        const planLog = new PhaseLog(ctx, 'plan');
        const waited = await log.group('Wait for the plan', () => waitForRun(ctx, created.id, isPlanSettled, 'plan', target, planLog));
        run = waited;
        const checked = await settleChecks(ctx, waited, planLog, target);
        ({ checks, overrides } = checked);
        let settled = (run = checked.run);
        plan = await log.group('Read the plan', () => readPlanDetails(ctx, settled, planLog));
        let decision = explainedDecision(decideAfterPlan(settled, destroysOf(plan), inputs), checks, inputs);
        log.info(decision.reason);
        const held = decision.kind === 'apply' && hooks.beforeApply ? await hooks.beforeApply() : undefined;
        if (held) {
            // A saved plan holds no queue and can still be applied once the upstream has: it is kept, not discarded.
            decision = settled.savePlan ? { kind: 'leave', code: 'saved', reason: held } : { kind: 'discard', code: 'not-applied', reason: held };
            log.info(decision.reason);
        }
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
                // The state is what the apply made it: its outputs are for the steps after this one.
                const stateOutputs = applied.kind === 'applied' && inputs.outputs
                    ? await log.group('Read the outputs', () => readStateOutputs(ctx, target, applied.apply))
                    : undefined;
                return { ...known(), ...applied, action, stateOutputs, discarded: false, cleanup: [] };
            }
        }
        if (decision.kind === 'discard') {
            const toDiscard = settled;
            const reason = decision.reason;
            run = settled = await log.group('Discard', () => discardRun(ctx, toDiscard, reason));
        }
        const kind = outcomeOf(decision, settled, countsOf(plan));
        // No changes on a run that could have applied: the state is current, and so are its outputs.
        const stateOutputs = kind === 'no-changes' && !settled.planOnly && inputs.outputs
            ? await log.group('Read the outputs', () => readStateOutputs(ctx, target))
            : undefined;
        return {
            ...known(),
            stateOutputs,
            kind,
            action: decision.reason,
            failure: decision.fail,
            applied: settled.status === 'applied',
            discarded: settled.status === 'discarded' && decision.kind === 'discard',
            cleanup: owned && needsBackstop(settled, decision.kind === 'leave') ? [settled.id] : []
        };
    }
    catch (error) {
        // Stopping is loaded when needed: most steps never stop a run, and none before their first request.
        const { needsBackstop, stopAfterFailure, stopForReason, stopReasonOf } = await Promise.all(/* import() */[__nccwpck_require__.e(159), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8159));
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
    const workflowRun = (0,github_event/* workflowRunOf */.ol)(ctx.env);
    const when = new Date(ctx.clock.now()).toISOString().replace(/\.\d+Z$/, 'Z');
    return `${verb} the plan reviewed on pull request #${reviewed.pr.number} (${reviewed.plannedSha.slice(0, 7)}), exactly as planned: ${when}, by ${workflowRun}.`;
}
function progress(known, kind, action) {
    return { ...known, kind, action, applied: false, discarded: false, cleanup: [] };
}


/***/ }),

/***/ 5271:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: SUMMARY_LIMIT, redact

// EXTERNAL MODULE: ./src/sleep.ts
var sleep = __nccwpck_require__(6972);
;// CONCATENATED MODULE: ./src/clock.ts

const systemClock = { now: () => Date.now(), sleep: sleep/* sleep */.y };

// EXTERNAL MODULE: ./src/core-io.ts + 12 modules
var core_io = __nccwpck_require__(5763);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/inputs.ts + 3 modules
var src_inputs = __nccwpck_require__(9663);
// EXTERNAL MODULE: ./src/lifecycle.ts + 6 modules
var lifecycle = __nccwpck_require__(7399);
// EXTERNAL MODULE: ./src/outputs.ts
var outputs = __nccwpck_require__(7729);
// EXTERNAL MODULE: ./src/report/comment-when.ts
var comment_when = __nccwpck_require__(8236);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __nccwpck_require__(2981);
// EXTERNAL MODULE: ./src/runtime.ts
var runtime = __nccwpck_require__(3683);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: ./src/tfc/errors.ts
var errors = __nccwpck_require__(7488);
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

// EXTERNAL MODULE: ./src/tfc/signed-url.ts
var signed_url = __nccwpck_require__(3359);
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
        const response = await this.withRetries(endpoint, url.host, method === 'GET', true, async (signal) => {
            const message = await this.exchange(method, url, payload, headers, signal);
            const body = await readBody(message);
            return { status: message.statusCode ?? 0, headers: message.headers, body, discard: () => undefined };
        }, options.accept);
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
     * API paths of the API origin; redirects are followed by hand so a signed URL never sees it. Messages name the
     * blob by its label and host, never by its path: on Terraform Enterprise storage lives on the API host itself
     * (`/_archivist/v1/object/<credential>`).
     */
    async fetchBlob(url, options) {
        const { label, destination, onChunk, maxRedirects = 3 } = options;
        let current = new URL(url, this.origin);
        for (let hop = 0;; hop++) {
            const headers = { Accept: 'application/json, */*' };
            const api = this.isApi(current);
            if (api)
                headers.Authorization = `Bearer ${this.options.token}`;
            const where = `GET the ${label}${api ? '' : ` from storage on ${current.host}`}`;
            const target = current;
            const response = await this.withRetries(where, target.host, true, api, async (signal) => {
                const message = await this.exchange('GET', target, null, headers, signal);
                return { message, status: message.statusCode ?? 0, headers: message.headers, discard: () => void message.resume() };
            });
            const { message, status } = response;
            if (status >= 300 && status < 400 && message.headers.location) {
                message.resume();
                if (hop >= maxRedirects)
                    throw new errors/* TransportError */.wX(`${where}: too many redirects`, where);
                current = new URL(message.headers.location, current);
                this.reportSecret(current);
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
                await this.stoppable(where, signal => untilAborted(message, signal, (0,promises_.pipeline)(message, tap, (0,external_node_fs_.createWriteStream)(destination))));
                return { status, body: '', bytes: Buffer.alloc(0) };
            }
            const bytes = await this.stoppable(where, signal => untilAborted(message, signal, readBytes(message)));
            return { status, body: bytes.toString('utf8'), bytes };
        }
    }
    /**
     * Only API paths get the token, and only they are paced and named as the API: Terraform Enterprise serves archive
     * storage on its own host too (`/_archivist/…`), whose signed URLs carry their own credential and refuse a second one.
     */
    isApi(url) {
        return url.origin === this.origin && url.pathname.startsWith('/api/');
    }
    /** A signed URL, whole and without its origin, for the step to mask. */
    reportSecret(url) {
        if (!this.options.onSecret || this.isApi(url))
            return;
        for (const secret of (0,signed_url/* signedParts */.P)(url))
            this.options.onSecret(secret);
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
        const response = await this.withRetries(where, target.host, false, false, async (signal) => {
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
    async withRetries(endpoint, host, isRead, 
    /** An API request, which the rate limit counts; archive storage (logs, JSON plans, uploads) is not the API. */
    paced, sendOnce, accepted = []) {
        let streak;
        let attempt = 0;
        for (;;) {
            attempt++;
            let response;
            try {
                await this.pace(endpoint, streak, paced);
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
            if (RETRYABLE_STATUSES.has(response.status) && !accepted.includes(response.status)) {
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
    async pace(endpoint, streak, paced) {
        const wait = paced ? this.bucket.take() : 0;
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
let late;
/** The report and annotations: loaded when there is a run to report on, not before the step's first request. */
function reporting() {
    return (late ??= Promise.all(/* import() */[__nccwpck_require__.e(967), __nccwpck_require__.e(463), __nccwpck_require__.e(417), __nccwpck_require__.e(938)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4938)));
}
/**
 * The pull-request comment, when the inputs and the event call for one, or on the merged pull request whose
 * reviewed plan this step applies (`run: reviewed`). Octokit is loaded only then.
 */
function commenter(inputs, io, reviewedPullRequest) {
    let sticky;
    return async (report, final) => {
        const reviewed = reviewedPullRequest();
        if (!reviewed && !(0,comment_when/* shouldComment */.N)(inputs.comment, io.env.GITHUB_EVENT_NAME))
            return undefined;
        if (reviewed && inputs.comment === 'false')
            return undefined;
        sticky ??= Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(967), __nccwpck_require__.e(463), __nccwpck_require__.e(201)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3201)).then(m => m.StickyComment.create(inputs, io, reviewed));
        return (await sticky)?.post(report, final);
    };
}
/**
 * The main step. Never throws: every failure becomes one actionable `setFailed` line. Without an `io`, the real
 * runner's (@actions/core): `npx @github/local-action . src/main.ts .env` calls `run()` so.
 */
async function run(io = (0,core_io/* coreIO */.I)(), options = {}) {
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
    const deleted = (0,github_event/* deletedRef */.Lw)(io.env);
    if (deleted) {
        io.info(`The push deletes ${deleted}: it names no commit, so there is nothing to plan or apply. Nothing was done.`);
        io.saveState(constants/* State */.Uw.MainFinished, 'true');
        return undefined;
    }
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
        onRetry: message => io.info(message),
        onSecret: secret => io.setSecret(secret)
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
    if (inputs.set || inputs.driftIssue) {
        // Several workspaces, or a drift check: flows of their own, on the same transport (one request budget for all).
        try {
            if (inputs.set)
                await (await Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(967), __nccwpck_require__.e(463), __nccwpck_require__.e(417), __nccwpck_require__.e(7), __nccwpck_require__.e(344)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7344))).runSet(ctx, io, inputs.set);
            else
                await (await Promise.all(/* import() */[__nccwpck_require__.e(967), __nccwpck_require__.e(463), __nccwpck_require__.e(359)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5740))).runDrift(ctx, io);
        }
        finally {
            http.dispose();
        }
        return undefined;
    }
    let reviewedPullRequest;
    const comment = commenter(inputs, io, () => reviewedPullRequest);
    const report = async (outcome, layout) => {
        const { reportOf, sourceLayout } = await reporting();
        return reportOf(outcome, inputs.apiOrigin, io.env, inputs, layout ?? sourceLayout(outcome.configuration, outcome.workspace, io.env));
    };
    let outcome;
    try {
        outcome = await (0,lifecycle/* runLifecycle */.C)(ctx, {
            onRun: run => {
                reporting().catch(() => undefined);
                io.saveState(constants/* State */.Uw.RunId, run.id);
                io.saveState(constants/* State */.Uw.RunIds, JSON.stringify([run.id]));
                io.saveState(constants/* State */.Uw.ApiUrl, inputs.apiOrigin);
            },
            onProgress: async (progress) => {
                const input = await report(progress);
                if (input)
                    await comment(input, false);
            },
            findReviewedPlan: inputs.run === 'reviewed'
                ? async (workspace) => {
                    const reviewed = await (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(967), __nccwpck_require__.e(463), __nccwpck_require__.e(201)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3201))).findReviewedPlan(inputs, io, workspace);
                    reviewedPullRequest = reviewed.pr;
                    return reviewed;
                }
                : undefined
        });
    }
    finally {
        http.dispose();
    }
    for (const [name, value] of Object.entries((0,outputs/* outputsOf */.Y)(outcome, inputs.apiOrigin)))
        io.setOutput(name, value);
    // Where the planned code is in the checkout: the same for the annotations and the report's file names.
    const layout = outcome.run ? (await reporting()).sourceLayout(outcome.configuration, outcome.workspace, io.env) : undefined;
    if (inputs.annotations && layout) {
        const { annotationsOf, diagnosticsOf } = await reporting();
        for (const annotation of annotationsOf(diagnosticsOf(outcome), layout))
            io.annotate(annotation);
    }
    const failure = outcome.failure && redact(outcome.failure, [inputs.token, inputs.githubToken]);
    const final = layout ? await report(outcome, layout) : undefined;
    if (final) {
        await (0,runtime/* writeSummary */.S)(io, async () => (await reporting()).renderWithinLimit(final, SUMMARY_LIMIT).markdown);
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
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('***');
    return out;
}


/***/ }),

/***/ 7729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ outputsOf)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7242);
/* harmony import */ var _run_policy_status_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(434);
/* harmony import */ var _run_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6120);



/** The step's outputs for an outcome: the one place output names meet values. Nothing is set without a run. */
function outputsOf(outcome, apiOrigin) {
    const { run, workspace, plan } = outcome;
    if (!run || !workspace)
        return {};
    const outputs = {
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.RunId]: run.id,
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.RunUrl]: (0,_run_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .runUrl */ .Vp)(apiOrigin, workspace, run.id),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ConfigurationVersionId]: run.configurationVersionId ?? outcome.configuration?.id ?? ''
    };
    if (plan.plan) {
        const p = plan.plan;
        Object.assign(outputs, {
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PlanId]: p.id,
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PlanStatus]: p.status,
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.HasChanges]: String(p.hasChanges),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ResourceAdditions]: String(p.resourceAdditions ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ResourceChanges]: String(p.resourceChanges ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ResourceDestructions]: String(p.resourceDestructions ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ResourceImports]: String(p.resourceImports ?? 0)
        });
    }
    if (plan.jsonFile)
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PlanJson] = plan.jsonFile;
    if (plan.cost?.status === 'finished' && plan.cost.proposedMonthlyCost !== undefined) {
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.CostProposedMonthly] = plan.cost.proposedMonthlyCost;
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.CostDeltaMonthly] = plan.cost.deltaMonthlyCost ?? '0';
    }
    if (plan.jsonFormat)
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PlanJsonFormat] = plan.jsonFormat;
    if (outcome.apply) {
        Object.assign(outputs, {
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ApplyAdditions]: String(outcome.apply.resourceAdditions ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ApplyChanges]: String(outcome.apply.resourceChanges ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ApplyDestructions]: String(outcome.apply.resourceDestructions ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ApplyImports]: String(outcome.apply.resourceImports ?? 0)
        });
    }
    if (outcome.stateOutputs) {
        // name -> value as Terraform gives it; a sensitive one only when read (`sensitive-outputs`), masked already.
        const values = {};
        for (const output of outcome.stateOutputs.outputs)
            if (output.value !== undefined)
                values[output.name] = output.value;
        outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.TerraformOutputs] = JSON.stringify(values);
    }
    outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PolicyStatus] = (0,_run_policy_status_js__WEBPACK_IMPORTED_MODULE_2__/* .policyStatusOf */ .g)(outcome.checks);
    outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.RunStatus] = run.status;
    // Both flags are always set, so `if: steps.x.outputs.applied == 'false'` never meets an empty string.
    outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Applied] = String(outcome.applied);
    outputs[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Discarded] = String(outcome.discarded);
    return outputs;
}


/***/ }),

/***/ 8236:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ shouldComment)
/* harmony export */ });
/**
 * Whether the step comments on the pull request. Apart from the comment itself (loaded only when there is one to
 * write), so a step that does not comment never loads what commenting needs.
 */
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
/* harmony export */   GO: () => (/* binding */ elided),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fd: () => (/* binding */ escapeProse),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   uZ: () => (/* binding */ underListItem)
/* harmony export */ });
/* unused harmony export codeSpans */
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
/** A block nested in a list item: indented to the item's content, so GitHub keeps it inside the item. */
function underListItem(item, block) {
    return `${item}\n\n${block.replace(/^(?=.)/gm, '  ')}\n`;
}
/**
 * Plain text outside code: backslash-escapes markdown punctuation and HTML, breaks @mentions and #references with a
 * word joiner so GitHub does not link or notify, and writes `$` (GitHub renders `$…$` as LaTeX) and the workflow
 * command markers `::` as entities, which render as the characters.
 */
function escapeText(text) {
    return inertMarks(text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, c => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/([@#])(?=\w)/g, '$1\u2060'));
}
/**
 * Our own sentences, which may quote input names in backticks: markdown is kept, but HTML is neutralised,
 * @mentions and #references are broken, and brackets are escaped so no link or image can form, since they embed
 * names and texts that came from the API (a run task's message, a policy's name).
 */
function escapeProse(text) {
    const escaped = text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([@#])(?=\w)/g, '$1\u2060');
    // Inside a code span an entity would show as written; math, links and commands are inert there anyway.
    return codeSpans(escaped)
        .map(part => (part.code ? part.text : inertMarks(part.text).replace(/[[\]]/g, c => `\\${c}`)))
        .join('');
}
/**
 * The text cut into code spans and the rest, as CommonMark does: a run of N backticks opens a span that only the
 * next run of exactly N closes; a run with no such closer is literal text.
 */
function codeSpans(text) {
    const out = [];
    const runs = [...text.matchAll(/`+/g)];
    let from = 0;
    for (let i = 0; i < runs.length; i++) {
        const open = runs[i];
        if (open.index < from)
            continue;
        const close = runs.slice(i + 1).find(r => r[0].length === open[0].length);
        if (!close)
            continue;
        if (open.index > from)
            out.push({ text: text.slice(from, open.index), code: false });
        out.push({ text: text.slice(open.index, close.index + close[0].length), code: true });
        from = close.index + close[0].length;
        i = runs.indexOf(close);
    }
    if (from < text.length)
        out.push({ text: text.slice(from), code: false });
    return out;
}
/**
 * `$` (LaTeX math on GitHub), `::` and `##[` (workflow commands) as entities, and a word joiner in `http://`,
 * `https://` and `www.` so GitHub makes no bare link of them: the same characters on the page, nothing live.
 */
function inertMarks(text) {
    return text
        .replace(/\$/g, '&#36;')
        .replace(/:(?=:)/g, '&#58;')
        .replace(/#(?=#\[)/g, '&#35;')
        .replace(/\b(https?(?=:)|www(?=\\?\.))/gi, '$1\u2060');
}
/** A link whose label is escaped text and whose target must be an http(s) URL we built ourselves. */
function link(label, url) {
    if (!/^https?:\/\//.test(url))
        return escapeText(label);
    return `[${escapeText(label)}](${url.replace(/[()\s<>]/g, c => encodeURIComponent(c))})`;
}
/** `text` cut in the middle to `max` characters, keeping its start and its end (a file's name, a resource's key). */
function elided(text, max) {
    if (text.length <= max)
        return text;
    const head = Math.floor((max - 1) / 3);
    return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ bindingProblem),
/* harmony export */   Gw: () => (/* binding */ COMMIT_ID),
/* harmony export */   YM: () => (/* binding */ readBinding),
/* harmony export */   eZ: () => (/* binding */ runTag)
/* harmony export */ });
/**
 * The record, in a run's own message, of the pull request and commit the run was planned for. The message is
 * written when the run is created and cannot be changed afterwards, and only holders of an HCP Terraform token
 * can create runs: so `run: reviewed` checks this record, not the GitHub comment (which any job holding
 * `GITHUB_TOKEN` with `pull-requests: write` can post), before it applies a run. The comment only says which run
 * to look at.
 */
/** A commit ID as the record carries it: SHA-1 (40 hex digits) or, in a repository using SHA-256, 64. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The bracketed tag every run this action creates ends its message with; `pr=…` only on a pull request. */
const TAG = /\[tfe-run-action:([0-9a-f]+)(?: pr=([^\s#\]]+\/[^\s#\]]+)#(\d+)@([0-9a-f]{64}|[0-9a-f]{40}))?\]/g;
/** The message's closing tag: the unique marker (to find a run whose create had an unknown outcome) and the record. */
function runTag(marker, binding) {
    const record = binding ? ` pr=${binding.repository}#${binding.pullRequest}@${binding.headSha}` : '';
    return `[tfe-run-action:${marker}${record}]`;
}
/**
 * The record in a run's message: the last tag, which the action appended after any message the workflow gave
 * (so a `message` input that imitates a tag cannot stand in for it). Undefined when the last tag has none.
 */
function readBinding(message) {
    const tags = [...message.matchAll(TAG)];
    const last = tags[tags.length - 1];
    if (!last?.[2])
        return undefined;
    return { repository: last[2], pullRequest: Number(last[3]), headSha: last[4] };
}
/**
 * Why a run must not be applied as the plan reviewed on `expected`'s pull request, from its record; undefined
 * when the record matches: same repository (GitHub's names are case-insensitive), pull request and head commit.
 */
function bindingProblem(runId, binding, expected) {
    const shown = `Run ${runId}, which the plan comment on pull request #${expected.pullRequest} names,`;
    if (!binding)
        return `${shown} records no pull request in its message: it was not planned by this action's pull-request step (\`save-plan: true\`), so it is not the plan reviewed there. Nothing was applied.`;
    if (binding.repository.toLowerCase() !== expected.repository.toLowerCase())
        return `${shown} was planned for repository ${binding.repository}, not ${expected.repository}. Nothing was applied.`;
    if (binding.pullRequest !== expected.pullRequest)
        return `${shown} was planned for pull request #${binding.pullRequest}, not #${expected.pullRequest}: the comment does not match what HCP Terraform recorded. Nothing was applied.`;
    if (binding.headSha !== expected.headSha)
        return `The plan reviewed on pull request #${expected.pullRequest} (run ${runId}) is of ${binding.headSha.slice(0, 7)}, but the pull request was merged at ${expected.headSha.slice(0, 7)}: code was pushed after the plan. Nothing was applied. Re-run the plan on the merged code, review it, and apply that run with \`run:\` and its ID.`;
    return undefined;
}


/***/ }),

/***/ 673:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kc: () => (/* binding */ createStepRun),
/* harmony export */   RU: () => (/* binding */ workflowRef)
/* harmony export */ });
/* unused harmony export defaultMessage */
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2981);
/* harmony import */ var _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7488);
/* harmony import */ var _tfc_runs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1301);
/* harmony import */ var _binding_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(228);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(670);





/** Look-ups for a run whose create had an unknown outcome, before creating it again. */
const LOOKUP_DELAYS_MS = [500, 1000, 2000];
const CREATE_ATTEMPTS = 3;
/** Creates the run this step acts on: run-level auto-apply off, so this step, not the workspace, decides. */
async function createStepRun(ctx, workspace, configuration) {
    const { inputs } = ctx;
    // Loaded here, not at start-up: the first request of the step does not wait for it.
    const { randomBytes } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23));
    const nonce = randomBytes(6).toString('hex');
    // The pull request and commit this run plans, where only holders of an HCP Terraform token can write it: what
    // `run: reviewed` checks before it applies the run (./binding.ts).
    const pr = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestOf */ ._n)(ctx.env);
    const recordable = pr !== undefined && _binding_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMIT_ID */ .Gw.test(pr.headSha);
    // A saved plan is applied later only when its record reads back: one that could not would never be applied.
    if (pr && !recordable && inputs.savePlan)
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_2__/* .StepFailure */ .pH(`The pull request's head commit (${JSON.stringify(pr.headSha.slice(0, 80))}) is not a commit ID this action can record (40 or 64 hexadecimal digits), so a saved plan could never be applied as reviewed. No run was created.`);
    const tag = (0,_binding_js__WEBPACK_IMPORTED_MODULE_3__/* .runTag */ .eZ)(nonce, recordable ? { repository: pr.repo, pullRequest: pr.number, headSha: pr.headSha } : undefined);
    const marker = `tfe-run-action:${nonce}`;
    const options = {
        workspaceId: workspace.id,
        configurationVersionId: configuration.id,
        message: `${inputs.message || defaultMessage(ctx.env)} ${tag}`,
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
            return await (0,_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .explained */ .to)(() => (0,_tfc_runs_js__WEBPACK_IMPORTED_MODULE_4__/* .createRun */ .ut)(ctx.http, options), `Could not create a run on workspace ${workspace.name}.`, true);
        }
        catch (error) {
            if (!(error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OutcomeUnknownError */ .Do) || attempt >= CREATE_ATTEMPTS)
                throw error;
            ctx.log.warning(`${error.message}; looking for the run before trying again`);
            for (const delay of LOOKUP_DELAYS_MS) {
                await ctx.clock.sleep(delay, ctx.signal);
                const runs = await (0,_tfc_runs_js__WEBPACK_IMPORTED_MODULE_4__/* .listRuns */ .v)(ctx.http, options.workspaceId, {}, 20);
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
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9663);
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

/***/ 434:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ policyStatusOf),
/* harmony export */   y: () => (/* binding */ failedPolicies)
/* harmony export */ });
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


/***/ }),

/***/ 6120:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ lookupWorkspace),
/* harmony export */   MD: () => (/* binding */ checkWorkspace),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   cz: () => (/* binding */ resolveWorkspace),
/* harmony export */   fO: () => (/* binding */ workspaceUrl)
/* harmony export */ });
/* unused harmony export missingPermission */
/* harmony import */ var _tfc_workspaces_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5773);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(670);


/** Reads a workspace named by an input (a name with `organization`, or a ws-… ID), with a message naming that input. */
function lookupWorkspace(ctx, ref, input) {
    const { inputs } = ctx;
    const byId = ref.startsWith('ws-');
    const name = byId ? ref : `${inputs.organization}/${ref}`;
    return (0,_failures_js__WEBPACK_IMPORTED_MODULE_1__/* .explained */ .to)(() => (0,_tfc_workspaces_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspace */ .iF)(ctx.http, ref, inputs.organization), `Workspace ${name} was not found on ${new URL(inputs.apiOrigin).host}, or the token cannot read it. Check \`${input}\`${byId ? '' : ' and `organization`'}, and that the token's team has access to the workspace.`);
}
/** The workspace the run goes on, checked for what would make a run impossible. */
async function resolveWorkspace(ctx) {
    // Read moments ago with the others of a selection: not read again.
    const known = ctx.selected?.id === ctx.inputs.workspace ? ctx.selected : undefined;
    return checkWorkspace(ctx, known ?? (await lookupWorkspace(ctx, ctx.inputs.workspace, 'workspace')));
}
/** Fails before anything is created or done when the workspace cannot run this step's run. */
function checkWorkspace(ctx, workspace) {
    const label = `${workspace.organization}/${workspace.name}`;
    ctx.log.info(`Workspace ${label} (${workspace.id}), auto-apply ${workspace.autoApply ? 'on' : 'off'} (ignored: this step decides)`);
    if (workspace.executionMode === 'local') {
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`Workspace ${label} uses local execution mode, where HCP Terraform only stores state and cannot run plans; switch it to remote or agent execution.`);
    }
    // Plan-only and saved-plan runs do not take the workspace's queue, so a lock does not hold them up.
    if (workspace.locked && !ctx.inputs.planOnly && !ctx.inputs.savePlan && !ctx.inputs.run)
        ctx.log.warning(`Workspace ${workspace.name} is locked: the run will wait in the queue until it is unlocked (or until \`timeout\`).`);
    const missing = missingPermission(workspace, ctx.inputs);
    if (missing) {
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`The token may not ${missing.what} on workspace ${label} (its \`${missing.key}\` permission is false): ${missing.fix} Nothing was ${ctx.inputs.run ? 'done' : 'created'}.`);
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
    // Discarding and canceling need "apply runs" too. A run of the workspace's queue that the step could neither
    // discard nor cancel (after `apply: false`, a failure or the timeout) would hold the queue until a person acts;
    // plan-only and saved-plan runs never hold it.
    if (p.queueApply === false && stopsRuns(inputs)) {
        return {
            key: 'can-queue-apply',
            what: 'apply, discard or cancel runs',
            fix: inputs.run
                ? 'this step would discard the run (`apply: false`, `discard: true`); set `discard: false` to leave it, or give the token\'s team "write" access.'
                : 'this step may have to discard or cancel the run it creates, which would otherwise hold the workspace\'s queue. With a token that may only plan, use `plan-only: true` or `save-plan: true`; otherwise give the token\'s team "write" access to the workspace.'
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
/** Whether the step may have to discard or cancel a run that holds the workspace's queue. */
function stopsRuns(inputs) {
    if (inputs.run)
        return inputs.discard;
    return !inputs.planOnly && !inputs.savePlan;
}
/** The workspace's page in the HCP Terraform UI. */
function workspaceUrl(apiOrigin, workspace) {
    return `${apiOrigin}/app/${encodeURIComponent(workspace.organization)}/workspaces/${encodeURIComponent(workspace.name)}`;
}
function runUrl(apiOrigin, workspace, runId) {
    return `${workspaceUrl(apiOrigin, workspace)}/runs/${runId}`;
}


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ writeSummary)
/* harmony export */ });
/**
 * Adds to the job summary. A summary that cannot be rendered or written is a warning, never the step's failure:
 * the step's outcome is in its outputs and its log either way.
 */
async function writeSummary(io, markdown) {
    try {
        await io.appendSummary(`${await markdown()}\n`);
    }
    catch (error) {
        io.warning(`Could not write the job summary: ${error.message}`);
    }
}


/***/ }),

/***/ 6972:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
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

/***/ 4259:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ pages)
/* harmony export */ });
/* harmony import */ var _jsonapi_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(129);

/**
 * A paged list's resources, one page (100 resources) at a time, until the server names no next page or `maxPages`
 * have been read: a bound, so a server that always names one cannot keep the step reading. `query` filters the list.
 */
async function* pages(http, path, maxPages, query = {}) {
    const filter = new URLSearchParams(query).toString();
    for (let page = 1; page <= maxPages; page++) {
        const response = await http.request('GET', `${path}?${filter ? `${filter}&` : ''}page[number]=${page}&page[size]=100`);
        const doc = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(response.body, `GET /api/v2/${path}`);
        yield Array.isArray(doc.data) ? doc.data : [doc.data];
        if (!doc.meta?.pagination?.['next-page'])
            return;
    }
}


/***/ }),

/***/ 4099:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* binding */ toApply),
/* harmony export */   DC: () => (/* binding */ toPlan),
/* harmony export */   jC: () => (/* binding */ readApply),
/* harmony export */   m3: () => (/* binding */ readPlan),
/* harmony export */   mg: () => (/* binding */ downloadJsonPlan)
/* harmony export */ });
/* harmony import */ var _jsonapi_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(129);

async function readPlan(http, id) {
    const path = `plans/${encodeURIComponent(id)}`;
    return toPlan((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .single */ .J0)((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`)));
}
function toPlan(resource) {
    return {
        id: resource.id,
        status: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'status'),
        hasChanges: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(resource, 'has-changes'),
        resourceAdditions: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(resource, 'resource-additions'),
        resourceChanges: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(resource, 'resource-changes'),
        resourceDestructions: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(resource, 'resource-destructions'),
        resourceImports: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(resource, 'resource-imports'),
        logReadUrl: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'log-read-url') || undefined
    };
}
async function readApply(http, id) {
    const path = `applies/${encodeURIComponent(id)}`;
    return toApply((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .single */ .J0)((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`)));
}
function toApply(resource) {
    return {
        id: resource.id,
        status: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'status'),
        resourceAdditions: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(resource, 'resource-additions'),
        resourceChanges: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(resource, 'resource-changes'),
        resourceDestructions: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(resource, 'resource-destructions'),
        resourceImports: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(resource, 'resource-imports'),
        logReadUrl: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'log-read-url') || undefined,
        stateVersionIds: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .relIds */ .Kz)(resource, 'state-versions') ?? []
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
        const result = await http.fetchBlob(`/api/v2/${path}`, {
            label: kind === 'json-output' ? 'JSON plan' : 'redacted JSON plan',
            destination,
            onChunk
        });
        if (result.status === 200)
            return true;
        if (result.status !== 204)
            return false;
        await wait(500 * (attempt + 1));
    }
    return false;
}


/***/ }),

/***/ 1301:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   P3: () => (/* binding */ toRun),
/* harmony export */   cI: () => (/* binding */ readRun),
/* harmony export */   ut: () => (/* binding */ createRun),
/* harmony export */   v: () => (/* binding */ listRuns),
/* harmony export */   vd: () => (/* binding */ postAction)
/* harmony export */ });
/* unused harmony exports runCreateBody, cancelOrDiscard */
/* harmony import */ var _jsonapi_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(129);
/* harmony import */ var _plans_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4099);


function toRun(resource) {
    const actions = (resource.attributes.actions ?? {});
    return {
        id: resource.id,
        status: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'status'),
        actions: {
            isCancelable: actions['is-cancelable'] === true,
            isConfirmable: actions['is-confirmable'] === true,
            isDiscardable: actions['is-discardable'] === true,
            isForceCancelable: actions['is-force-cancelable'] === true
        },
        message: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'message'),
        isDestroy: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(resource, 'is-destroy'),
        planOnly: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(resource, 'plan-only'),
        savePlan: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(resource, 'save-plan'),
        autoApply: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(resource, 'auto-apply'),
        hasChanges: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(resource, 'has-changes'),
        createdAt: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'created-at'),
        // HCP Terraform marks a run a run trigger queued with `source: "tfe-run-trigger"` (run-task integrations check
        // exactly that); newer answers also name the source workspace or relate it. Any of them will do.
        queuedByTrigger: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'source') === 'tfe-run-trigger' ||
            Boolean((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'triggering-source-name')) ||
            Boolean((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .relId */ .ZK)(resource, 'triggering-source')),
        triggeringSource: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'triggering-source-name') || undefined,
        forceCancelAvailableAt: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'force-cancel-available-at') || undefined,
        planId: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .relId */ .ZK)(resource, 'plan'),
        applyId: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .relId */ .ZK)(resource, 'apply'),
        configurationVersionId: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .relId */ .ZK)(resource, 'configuration-version'),
        workspaceId: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .relId */ .ZK)(resource, 'workspace'),
        costEstimateId: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .relId */ .ZK)(resource, 'cost-estimate'),
        taskStageIds: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .relIds */ .Kz)(resource, 'task-stages'),
        policyCheckIds: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .relIds */ .Kz)(resource, 'policy-checks')
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
    return toRun((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .single */ .J0)((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(response.body, 'POST /api/v2/runs')));
}
/**
 * GET /runs/:id. With `include`, the run's plan and apply come in the same response (tfc-api.md §1.5), so a poll that
 * sees a phase end already holds the phase's counts and log address: one request instead of two or three per run,
 * which is what lets many runs share one request budget.
 */
async function readRun(http, id, include = []) {
    const path = `runs/${encodeURIComponent(id)}${include.length ? `?include=${include.join(',')}` : ''}`;
    const doc = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`);
    const run = toRun((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .single */ .J0)(doc));
    const side = (type, id) => id ? doc.included?.find(resource => resource.type === type && resource.id === id) : undefined;
    const plan = side('plans', run.planId);
    const apply = side('applies', run.applyId);
    return { ...run, ...(plan ? { plan: (0,_plans_js__WEBPACK_IMPORTED_MODULE_1__/* .toPlan */ .DC)(plan) } : {}), ...(apply ? { apply: (0,_plans_js__WEBPACK_IMPORTED_MODULE_1__/* .toApply */ .CY)(apply) } : {}) };
}
/**
 * An action endpoint (`…/actions/apply`, `…/actions/override`), with its optional plain-JSON comment (tfc-api.md
 * §1.3): 'conflict' when the server answers 409 (the resource is not in a state that allows it), returned so the
 * caller can re-read and decide.
 */
async function postAction(http, path, comment) {
    const response = await http.request('POST', path, { body: { comment }, accept: [409] });
    return response.status === 409 ? 'conflict' : 'accepted';
}
/** 202 on success; 409 when the run is not in a state that allows it. */
function runAction(http, id, action, comment) {
    return postAction(http, `runs/${encodeURIComponent(id)}/actions/${action}`, comment);
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
    const doc = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('GET', path)).body, `GET /api/v2/workspaces/${workspaceId}/runs`);
    return (Array.isArray(doc.data) ? doc.data : [doc.data]).map(toRun);
}


/***/ }),

/***/ 3359:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ signedParts)
/* harmony export */ });
/**
 * What to mask of a signed storage URL: the whole of it, and its path with and without the query, which a message
 * could quote on their own (on Terraform Enterprise the credential is a path segment: `/_archivist/v1/object/…`).
 * Parts too short to be a credential are left alone: masking `/` would garble every line.
 */
function signedParts(url) {
    return [url.href, `${url.pathname}${url.search}`, url.pathname].filter(part => part.length >= 16);
}


/***/ }),

/***/ 5773:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ listWorkspaces),
/* harmony export */   VS: () => (/* binding */ readWorkspaceHolders),
/* harmony export */   iF: () => (/* binding */ readWorkspace)
/* harmony export */ });
/* unused harmony export toWorkspace */
/* harmony import */ var _jsonapi_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(129);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4259);
/* harmony import */ var _runs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1301);



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
        name: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'name'),
        organization: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .relId */ .ZK)(resource, 'organization') ?? '',
        autoApply: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(resource, 'auto-apply'),
        locked: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(resource, 'locked'),
        lockedReason: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'locked-reason') || undefined,
        lockedBy: lockedBy && !Array.isArray(lockedBy) ? { id: lockedBy.id, type: lockedBy.type } : undefined,
        executionMode: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'execution-mode') || 'remote',
        // It comes back as "", null or with a leading slash ("/networking"): §1.5.
        workingDirectory: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'working-directory').replace(/^\/+|\/+$/g, ''),
        currentRunId: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .relId */ .ZK)(resource, 'current-run'),
        permissions,
        htmlUrl: typeof links['self-html'] === 'string' ? links['self-html'] : undefined,
        triggers: {
            // Absent (older servers, API-driven workspaces): HCP Terraform's default is on.
            fileTriggersEnabled: resource.attributes['file-triggers-enabled'] !== false,
            prefixes: strings(resource.attributes['trigger-prefixes']),
            patterns: strings(resource.attributes['trigger-patterns'])
        }
    };
}
function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string' && item !== '') : [];
}
/** Pages of the workspace list read at most, 100 a page: organizations with thousands of workspaces exist. */
const LIST_PAGES = 100;
/**
 * The organization's workspaces matching `query` (`search[tags]`, `filter[tagged][0][key]`, `filter[project][id]`,
 * `search[wildcard-name]`, …), every page, 100 at a time.
 */
async function listWorkspaces(http, organization, query) {
    const found = [];
    for await (const page of (0,_pages_js__WEBPACK_IMPORTED_MODULE_1__/* .pages */ .B)(http, `organizations/${encodeURIComponent(organization)}/workspaces`, LIST_PAGES, query))
        found.push(...page.map(toWorkspace));
    return found;
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
    return toWorkspace((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .single */ .J0)((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(response.body, `GET /api/v2/${path}`)));
}
async function readWorkspaceHolders(http, workspaceId) {
    const path = `workspaces/${encodeURIComponent(workspaceId)}?include=current_run,locked_by`;
    const doc = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('GET', path)).body, `GET /api/v2/workspaces/${workspaceId}`);
    const workspace = toWorkspace((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .single */ .J0)(doc));
    const lock = workspace.lockedBy;
    const lockedBy = lock ? { ...lock, name: nameOf(included(doc, lock.type, lock.id)) ?? lock.id } : undefined;
    const current = workspace.currentRunId ? included(doc, 'runs', workspace.currentRunId) : undefined;
    return { workspace, lockedBy, currentRun: current ? (0,_runs_js__WEBPACK_IMPORTED_MODULE_2__/* .toRun */ .P3)(current) : undefined };
}
function included(doc, type, id) {
    return doc.included?.find(resource => resource.type === type && resource.id === id);
}
function nameOf(resource) {
    if (!resource)
        return undefined;
    return (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'username') || (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'name') || undefined;
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

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

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
