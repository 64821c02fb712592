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
    CommentKey: 'comment-key',
    CommandPrefix: 'command-prefix',
    CommandPermission: 'command-permission',
    AllowForkPullRequests: 'allow-fork-pull-requests',
    ApplyRequirements: 'apply-requirements',
    MergeAfterApply: 'merge-after-apply',
    Checks: 'checks'
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
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
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
 * output: `::stop-commands::<token>` … `::<token>::`. `token` must give an unguessable one (fresh per call), or the
 * text could resume processing itself; it is asked for only when the text needs it.
 */
function guardedLines(text, token) {
    if (!commandLike(text))
        return [text];
    const end = token();
    return [`::stop-commands::${end}`, text, `::${end}::`];
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



/** An unguessable token for `::stop-commands::`; Node's crypto is loaded only when a line needs one. */
function stopToken() {
    return (0,external_node_module_.createRequire)(import.meta.url)('node:crypto').randomBytes(16).toString('hex');
}
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
            for (const line of guardedLines(message, stopToken))
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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2023);


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
await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)((0,_core_io_js__WEBPACK_IMPORTED_MODULE_0__/* .coreIO */ .I)(), { signal: controller.signal });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6236:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/** A bad input: the message names the input and says how to fix it. Nothing has been created when it is thrown. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'InputError';
    }
}


/***/ }),

/***/ 5214:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ inputLines),
/* harmony export */   t: () => (/* binding */ booleanInput)
/* harmony export */ });
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6236);
/** Readings every input parser shares: a boolean, and a list written one item a line. */

/**
 * A boolean input as @actions/core's `getBooleanInput` reads one (YAML 1.2's core schema): true, True, TRUE,
 * false, False or FALSE; empty is `fallback`; anything else names the input.
 */
function booleanInput(get, name, fallback) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `Input \`${name}\` must be true or false, not "${raw}".`);
}
/** A multi-line input's items: each line trimmed, blank lines and `#` comments left out. */
function inputLines(text) {
    return text
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line && !line.startsWith('#'));
}


/***/ }),

/***/ 205:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ PERMISSIONS),
/* harmony export */   Yj: () => (/* binding */ parseCommandInputs)
/* harmony export */ });
/* unused harmony export REQUIREMENTS */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7242);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6236);
/* harmony import */ var _input_values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5214);
/**
 * The inputs of pull-request automation: comment commands (`command-prefix`, `command-permission`,
 * `allow-fork-pull-requests`, `apply-requirements`, `merge-after-apply`) and a check run per workspace (`checks`).
 * Read and checked with the others, before anything is sent.
 */



/** Who may command, from least to most: a commenter needs at least `command-permission`. */
const PERMISSIONS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
const REQUIREMENTS = ['approved', 'mergeable', 'up-to-date'];
function parseCommandInputs(get) {
    const prefix = get(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.CommandPrefix).trim() || '/tfe';
    if (/\s/.test(prefix) || prefix.length > 32)
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.CommandPrefix, `Input \`command-prefix\` must be one word such as /tfe, not "${prefix.slice(0, 40)}".`);
    const permission = (get(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.CommandPermission).trim() || 'write').toLowerCase();
    if (permission !== 'write' && permission !== 'maintain' && permission !== 'admin')
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.CommandPermission, `Input \`command-permission\` must be write, maintain or admin, not "${permission}".`);
    const requirements = (get(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.ApplyRequirements).trim() || 'approved')
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(r => r.toLowerCase());
    const unknown = requirements.find(r => !REQUIREMENTS.includes(r) && r !== 'none');
    if (unknown)
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.ApplyRequirements, `Input \`apply-requirements\` takes approved, mergeable and up-to-date (or none), not "${unknown}".`);
    const checks = (get(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Checks).trim() || 'auto').toLowerCase();
    if (checks !== 'auto' && checks !== 'true' && checks !== 'false')
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.Checks, `Input \`checks\` must be auto, true or false, not "${checks}".`);
    return {
        prefix,
        permission,
        allowForks: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .t)(get, _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.AllowForkPullRequests, false),
        requirements: requirements.filter((r) => r !== 'none'),
        mergeAfterApply: (0,_input_values_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .t)(get, _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.MergeAfterApply, false),
        checks
    };
}


/***/ }),

/***/ 5639:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ input_error/* InputError */.d),
  cs: () => (/* binding */ inputWarnings),
  TL: () => (/* binding */ parseInputs),
  B9: () => (/* binding */ tokenOf)
});

// UNUSED EXPORTS: parseHostname

// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/duration.ts
var duration = __nccwpck_require__(7607);
// EXTERNAL MODULE: ./src/inputs-commands.ts
var inputs_commands = __nccwpck_require__(205);
// EXTERNAL MODULE: ./src/input-error.ts
var input_error = __nccwpck_require__(6236);
// EXTERNAL MODULE: ./src/input-values.ts
var input_values = __nccwpck_require__(5214);
;// CONCATENATED MODULE: ./src/inputs-selection.ts
/**
 * The inputs that select several workspaces for one step (`workspaces`, `workspace-tags`, `exclude-tags`,
 * `project`) and how they are run (`changed-only`, `parallel`): read and checked before anything is sent.
 */



const NAME_OR_GLOB = /^[A-Za-z0-9_*?[\]-]+$/;
const WORKSPACE_ID = /^ws-[A-Za-z0-9]+$/;
const PROJECT_ID = /^prj-[A-Za-z0-9]+$/;
const MAX_PARALLEL = 50;
function tagFilter(line) {
    const at = line.indexOf('=');
    if (at < 0) {
        if (/[\s,]/.test(line))
            throw new input_error/* InputError */.d(constants/* Inputs */.G0.WorkspaceTags, `Input \`workspace-tags\` takes one tag per line; "${line}" holds several.`);
        return { kind: 'name', name: line };
    }
    const [key, value] = [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    if (!key)
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.WorkspaceTags, `Input \`workspace-tags\`: "${line}" has no key before =; write key=value.`);
    return { kind: 'binding', key, value };
}
/**
 * The selection of several workspaces, or undefined when the step serves one (`workspace`). Exactly one of
 * `workspace`, `workspaces`, `workspace-tags` and `project` may be given, except that `project` combines with
 * `workspace-tags`.
 */
function parseSetInputs(get) {
    const workspace = get(constants/* Inputs */.G0.Workspace).trim();
    const refs = (0,input_values/* inputLines */.K)(get(constants/* Inputs */.G0.Workspaces));
    const tags = (0,input_values/* inputLines */.K)(get(constants/* Inputs */.G0.WorkspaceTags)).map(tagFilter);
    const excludeTags = (0,input_values/* inputLines */.K)(get(constants/* Inputs */.G0.ExcludeTags));
    const project = get(constants/* Inputs */.G0.Project).trim();
    const chosen = [
        [constants/* Inputs */.G0.Workspace, workspace],
        [constants/* Inputs */.G0.Workspaces, refs.length],
        [constants/* Inputs */.G0.WorkspaceTags, tags.length || project]
    ].filter(([, given]) => given);
    if (chosen.length > 1) {
        const [first, second] = chosen.map(([name]) => (name === constants/* Inputs */.G0.WorkspaceTags && !tags.length ? constants/* Inputs */.G0.Project : name));
        throw new input_error/* InputError */.d(second, `Inputs \`${first}\` and \`${second}\` cannot be used together: each one chooses the workspaces (\`project\` combines only with \`workspace-tags\`). Remove one.`);
    }
    if (excludeTags.length && !tags.length && !project)
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.ExcludeTags, 'Input `exclude-tags` narrows `workspace-tags` or `project`: give one of them, or remove it.');
    for (const tag of excludeTags) {
        if (tag.includes('=') || /[\s,]/.test(tag))
            throw new input_error/* InputError */.d(constants/* Inputs */.G0.ExcludeTags, `Input \`exclude-tags\` takes one tag name per line, not "${tag}".`);
    }
    const bad = refs.find(ref => !(ref.startsWith('ws-') ? WORKSPACE_ID.test(ref) : NAME_OR_GLOB.test(ref)));
    if (bad)
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Workspaces, `Input \`workspaces\` takes one workspace name, ws-… ID or glob on names (app-*) per line, not "${bad}".`);
    if (project && !PROJECT_ID.test(project) && /[\r\n]/.test(project))
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Project, 'Input `project` takes one project name or prj-… ID.');
    const changedRaw = (get(constants/* Inputs */.G0.ChangedOnly).trim() || 'auto').toLowerCase();
    if (!['auto', 'true', 'false'].includes(changedRaw))
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.ChangedOnly, `Input \`changed-only\` must be auto, true or false, not "${get(constants/* Inputs */.G0.ChangedOnly).trim()}".`);
    const parallelRaw = get(constants/* Inputs */.G0.Parallel).trim() || '10';
    const parallel = Number(parallelRaw);
    if (!Number.isInteger(parallel) || parallel < 1 || parallel > MAX_PARALLEL)
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Parallel, `Input \`parallel\` must be a whole number from 1 to ${MAX_PARALLEL}, not "${parallelRaw}".`);
    if (!refs.length && !tags.length && !project) {
        // The runner passes action.yml's defaults (`auto`, `10`) as inputs: only a value the workflow set is an error.
        for (const [name, value] of [
            [constants/* Inputs */.G0.ExcludeTags, excludeTags.length > 0],
            [constants/* Inputs */.G0.ChangedOnly, changedRaw !== 'auto'],
            [constants/* Inputs */.G0.Parallel, parallelRaw !== '10']
        ]) {
            if (value)
                throw new input_error/* InputError */.d(name, `Input \`${name}\` applies to several workspaces: select them with \`workspaces\`, \`workspace-tags\` or \`project\`.`);
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
function durationInput(get, name, fallback) {
    const raw = get(name).trim() || fallback;
    const ms = (0,duration/* parseDuration */.E)(raw);
    if (ms === undefined || ms <= 0) {
        throw new input_error/* InputError */.d(name, `Input \`${name}\` must be a duration such as 90s, 15m or 1h30m (a bare number is seconds), not "${raw}".`);
    }
    return ms;
}
/** Accepts `tfe.example.com`, `tfe.example.com:8443`, `https://tfe.example.com` or `http://127.0.0.1:8080`. */
function parseHostname(raw) {
    if (/^[a-z][a-z0-9+.-]*:\/*$/i.test(raw.trim())) {
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Hostname, `Input \`hostname\` has no host name in "${raw.trim()}": write the host, such as app.terraform.io or https://tfe.example.com.`);
    }
    const text = raw.trim().replace(/\/+$/, '');
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Hostname, `Input \`hostname\` must be a host name such as app.terraform.io or a URL such as https://tfe.example.com, not "${raw}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Hostname, `Input \`hostname\` must use https:// (or http:// for a local test server), not ${url.protocol}//.`);
    }
    if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Hostname, `Input \`hostname\` must be just the host (and port), without a path, query or credentials: "${url.host}".`);
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
    return Object.fromEntries(FLAGS.map(([field, name, fallback]) => [field, (0,input_values/* booleanInput */.t)(get, name, fallback)]));
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
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Token, `Input \`token\` is required: pass a user or team API token, e.g. token: \${{ secrets.TF_API_TOKEN }}, or set the ${constants/* Env */.o9.Token} environment variable.`);
    }
    if (/\s/.test(token))
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Token, 'Input `token` contains white space; copy the API token again without spaces or line breaks.');
    const host = parseHostname(get(constants/* Inputs */.G0.Hostname).trim() || (env[constants/* Env */.o9.Hostname] ?? '').trim() || constants/* DEFAULT_HOSTNAME */.qN);
    const run = get(constants/* Inputs */.G0.Run).trim();
    if (run && run !== 'reviewed' && !RUN_ID.test(run)) {
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Run, `Input \`run\` must be a run ID such as run-CZcmD7eagjhyX0vN, or "reviewed", not "${run}".`);
    }
    const workspace = get(constants/* Inputs */.G0.Workspace).trim();
    const set = parseSetInputs(get);
    // A run ID names its workspace; everything else needs one, or a selection of several.
    if (!workspace && !RUN_ID.test(run) && !set)
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Workspace, 'Input `workspace` is required: a workspace name (with `organization`) or a ws-… ID; or select several with `workspaces`, `workspace-tags` or `project`.');
    if (set && run && run !== 'reviewed')
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Run, `Input \`run\` names one run, and \`${set.selection.kind === 'list' ? constants/* Inputs */.G0.Workspaces : constants/* Inputs */.G0.WorkspaceTags}\` selects several workspaces: give the run alone, or \`run: reviewed\` to apply each selected workspace's reviewed plan.`);
    if (workspace)
        checkWorkspaceRef(constants/* Inputs */.G0.Workspace, workspace);
    const promoteFrom = get(constants/* Inputs */.G0.PromoteFrom).trim();
    if (promoteFrom)
        checkWorkspaceRef(constants/* Inputs */.G0.PromoteFrom, promoteFrom);
    const organization = get(constants/* Inputs */.G0.Organization).trim() || (env[constants/* Env */.o9.Organization] ?? '').trim();
    const needsOrganization = [workspace, promoteFrom].some(ref => ref && !ref.startsWith('ws-')) || (set && selectionNeedsOrganization(set.selection));
    if (needsOrganization && !organization) {
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Organization, `Input \`organization\` is required when ${set ? 'workspaces are selected by name, tag or project' : 'a workspace is given by name'}: set it, or the ${constants/* Env */.o9.Organization} environment variable, or use a ws-… ID.`);
    }
    if (organization && !ORGANIZATION.test(organization)) {
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Organization, `Input \`organization\` may hold only letters, digits, - and _: "${organization}".`);
    }
    const configurationVersion = get(constants/* Inputs */.G0.ConfigurationVersion).trim();
    if (configurationVersion && !CV_ID.test(configurationVersion)) {
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.ConfigurationVersion, `Input \`configuration-version\` must be a configuration version ID such as cv-n4XQPBa2QnecZJ4G, not "${configurationVersion}".`);
    }
    const directory = get(constants/* Inputs */.G0.Directory).trim();
    const flags = readFlags(get);
    const overrideReason = get(constants/* Inputs */.G0.OverrideReason).trim();
    const targetAddrs = (0,input_values/* inputLines */.K)(get(constants/* Inputs */.G0.TargetAddrs));
    const replaceAddrs = (0,input_values/* inputLines */.K)(get(constants/* Inputs */.G0.ReplaceAddrs));
    for (const [name, addrs] of [
        [constants/* Inputs */.G0.TargetAddrs, targetAddrs],
        [constants/* Inputs */.G0.ReplaceAddrs, replaceAddrs]
    ]) {
        const bad = addrs.find(addr => /\s/.test(addr.replace(/\[".*?"\]/g, '')));
        if (bad)
            throw new input_error/* InputError */.d(name, `Input \`${name}\` takes one resource address per line; "${bad}" is not an address.`);
    }
    const combination = { ...flags, run, overrideReason, directory, configurationVersion, promoteFrom, replaceAddrs };
    const conflict = CONFLICTS.find(rule => rule.when(combination));
    if (conflict)
        throw new input_error/* InputError */.d(conflict.input, typeof conflict.message === 'string' ? conflict.message : conflict.message(combination));
    const variables = parseRunVariables(get(constants/* Inputs */.G0.Variables));
    if (typeof variables === 'string') {
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Variables, `Input \`variables\`: ${variables}. Write one \`name = value\` per line, the value in HCL literal syntax.`);
    }
    const timeoutMs = durationInput(get, constants/* Inputs */.G0.Timeout, '1h');
    // Unset, the interval follows a short timeout down rather than failing over an input the user never wrote; the
    // runner passes action.yml's default (10s) as the input, so that value counts as unset too.
    const pollRaw = get(constants/* Inputs */.G0.PollInterval).trim();
    const pollIntervalMs = pollRaw && pollRaw !== '10s' ? durationInput(get, constants/* Inputs */.G0.PollInterval, '10s') : Math.min(DEFAULT_POLL_INTERVAL_MS, timeoutMs / 2);
    if (pollIntervalMs > timeoutMs) {
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.PollInterval, `Input \`poll-interval\` (${(0,duration/* formatDuration */.a)(pollIntervalMs)}) is longer than \`timeout\` (${(0,duration/* formatDuration */.a)(timeoutMs)}); make it shorter.`);
    }
    const commentRaw = (get(constants/* Inputs */.G0.Comment).trim() || 'auto').toLowerCase();
    if (commentRaw !== 'auto' && commentRaw !== 'true' && commentRaw !== 'false') {
        throw new input_error/* InputError */.d(constants/* Inputs */.G0.Comment, `Input \`comment\` must be auto, true or false, not "${get(constants/* Inputs */.G0.Comment).trim()}".`);
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
        commentKey: get(constants/* Inputs */.G0.CommentKey).trim(),
        commands: (0,inputs_commands/* parseCommandInputs */.Yj)(get)
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
    throw new input_error/* InputError */.d(input, `Input \`${input}\` must be a workspace name (letters, digits, - and _) or a ws-… ID, not "${value}".`);
}


/***/ }),

/***/ 2023:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: redact

// EXTERNAL MODULE: ./src/sleep.ts
var sleep = __nccwpck_require__(6972);
;// CONCATENATED MODULE: ./src/clock.ts

const systemClock = { now: () => Date.now(), sleep: sleep/* sleep */.y };

// EXTERNAL MODULE: ./src/core-io.ts + 12 modules
var core_io = __nccwpck_require__(5763);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __nccwpck_require__(2981);
// EXTERNAL MODULE: ./src/inputs.ts + 2 modules
var src_inputs = __nccwpck_require__(5639);
;// CONCATENATED MODULE: ./src/runtime.ts
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
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

// EXTERNAL MODULE: ./src/tfc/proxy.ts
var tfc_proxy = __nccwpck_require__(6043);
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
    /** Node's TLS stack, loaded with the first https request: a plain http origin never needs it. */
    https;
    tunnels = new Map();
    markSent;
    /**
     * Settles once a request has been written out (or failed to be): the step loads the code it needs next while
     * waiting for the answer, not while the request is still on its way (main.ts).
     */
    firstSent = new Promise(resolve => (this.markSent = resolve));
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
        this.https?.agent.destroy();
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
    secureStack() {
        if (!this.https) {
            const module = (0,external_node_module_.createRequire)(import.meta.url)('node:https');
            this.https = { module, agent: new module.Agent({ keepAlive: true }) };
        }
        return this.https;
    }
    async exchange(method, url, payload, headers, signal) {
        const secure = url.protocol === 'https:';
        const proxy = (0,tfc_proxy/* proxyFor */.iJ)(url, this.env);
        const https = secure ? this.secureStack() : undefined;
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
            agent: https ? (proxy ? await this.tunnelTo(proxy) : https.agent) : this.httpAgent
        };
        if (!secure && proxy) {
            const viaProxy = (0,tfc_proxy/* plainProxyRequestOptions */.w7)(url, proxy);
            Object.assign(options, {
                host: viaProxy.host,
                port: viaProxy.port,
                path: viaProxy.path,
                headers: { ...options.headers, ...viaProxy.headers }
            });
        }
        return new Promise((resolve, reject) => {
            const request = (https ? https.module.request : external_node_http_.request)(options, resolve);
            request.once('finish', this.markSent).once('error', this.markSent);
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
    async tunnelTo(proxy) {
        let agent = this.tunnels.get(proxy.href);
        if (!agent) {
            const { TunnelAgent } = await __nccwpck_require__.e(/* import() */ 905).then(__nccwpck_require__.bind(__nccwpck_require__, 9905));
            agent = this.tunnels.get(proxy.href) ?? new TunnelAgent(proxy);
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

// EXTERNAL MODULE: ./src/tfc/workspaces.ts
var workspaces = __nccwpck_require__(5773);
;// CONCATENATED MODULE: ./src/main.ts








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
        stopTransport: budgetMs => transport(clock.now() + budgetMs),
        workspaceRead: firstRead(inputs, http, io.env)
    };
    let result;
    try {
        // Each flow on the same transport: one request budget for the whole step.
        result = await flowOf(ctx, io);
    }
    finally {
        http.dispose();
    }
    await writeResult(io, result, [inputs.token, inputs.githubToken]);
    return result.outcome;
}
/**
 * The one-workspace path's first request, sent at once: the workspace it names, read while the flow's code loads
 * (its chunk, the lifecycle), rather than after. The lifecycle takes it up where it would have read the workspace.
 */
function firstRead(inputs, http, env) {
    if (inputs.set ||
        inputs.driftIssue ||
        env.GITHUB_EVENT_NAME === 'issue_comment' ||
        !inputs.workspace ||
        (inputs.run && inputs.run !== 'reviewed'))
        return undefined;
    const read = (0,workspaces/* readWorkspace */.iF)(http, inputs.workspace, inputs.organization);
    // Taken up (and its failure reported) by the lifecycle; never an unhandled rejection meanwhile.
    read.catch(() => undefined);
    return read;
}
function noop() {
    // nothing: only the settling matters
}
/** The flow that ends this step: a comment command, several workspaces, a drift check, or one workspace. */
async function flowOf(ctx, io) {
    const { inputs } = ctx;
    if (ctx.env.GITHUB_EVENT_NAME === 'issue_comment')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(967), __nccwpck_require__.e(463), __nccwpck_require__.e(483)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5728))).runCommand(ctx, io);
    if (inputs.set)
        return (await Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(967), __nccwpck_require__.e(463), __nccwpck_require__.e(951), __nccwpck_require__.e(417), __nccwpck_require__.e(7), __nccwpck_require__.e(314), __nccwpck_require__.e(321)]).then(__nccwpck_require__.bind(__nccwpck_require__, 314))).runSet(ctx, io, inputs.set);
    if (inputs.driftIssue)
        return (await Promise.all(/* import() */[__nccwpck_require__.e(967), __nccwpck_require__.e(463), __nccwpck_require__.e(951), __nccwpck_require__.e(253)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5740))).runDrift(ctx, io);
    // The workspace's read goes out first; the flow's code loads while its answer is awaited.
    if (ctx.workspaceRead)
        await Promise.race([ctx.http.firstSent, ctx.workspaceRead.then(noop, noop)]);
    return (await Promise.all(/* import() */[__nccwpck_require__.e(951), __nccwpck_require__.e(230)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7593))).runOneWorkspace(ctx, io);
}
/** The one place a flow's result reaches the runner; the post step is told which runs may still need stopping. */
async function writeResult(io, result, secrets) {
    for (const [name, value] of Object.entries(result.outputs))
        io.setOutput(name, value);
    for (const annotation of result.annotations ?? [])
        io.annotate(annotation);
    if (result.summary)
        await writeSummary(io, result.summary);
    if (result.failure)
        io.setFailed(redact(result.failure, secrets));
    if (result.cleanup.length)
        io.saveState(constants/* State */.Uw.RunIds, JSON.stringify(result.cleanup));
    else
        io.saveState(constants/* State */.Uw.MainFinished, 'true');
}
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('***');
    return out;
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

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YB: () => (/* binding */ proxyAuthorization),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   w7: () => (/* binding */ plainProxyRequestOptions)
/* harmony export */ });
/* unused harmony export bypassesProxy */
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
/** An agent for plain-http targets through an HTTP proxy: requests go to the proxy in absolute form. */
function plainProxyRequestOptions(url, proxy) {
    return { host: proxy.hostname, port: proxy.port || 80, path: url.href, headers: { Host: url.host, ...proxyAuthorization(proxy) } };
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

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

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
