export const id = 7;
export const ids = [7];
export const modules = {

/***/ 2147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArchiveCache: () => (/* binding */ ArchiveCache),
  packDirectory: () => (/* binding */ packDirectory)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./src/upload/archive.ts





/**
 * The tar stream comes in small pieces (a 512-byte header, then the content, then padding, per file); gzip'd one by
 * one they cost a thread-pool round trip each. Gathered into chunks of this size, 5,000 files pack 11x faster.
 */
const COALESCE_BYTES = 1024 * 1024;
/** Files up to this size are read whole; larger ones are streamed, so memory stays flat whatever the tree holds. */
const WHOLE_FILE_BYTES = 1024 * 1024;
/** A file whose bytes read differ from the size it had when the tree was walked (a pseudo-file, or one being written). */
class FileSizeError extends Error {
}
/**
 * Writes the entries as a gzip'd tar (level 1, as go-slug) to `file`, streaming: memory does not grow with the
 * tree. Permission bits only, no owner; never a hard-link entry (the unpacker rejects them).
 */
async function writeArchive(entries, file) {
    const tar = (0,tar_stream.pack)();
    const gzip = (0,external_node_zlib_.createGzip)({ level: 1 });
    const output = (0,external_node_fs_.createWriteStream)(file);
    let compressed = 0;
    gzip.on('data', (chunk) => (compressed += chunk.length));
    const written = (0,external_node_stream_promises_.pipeline)(tar, coalesce(COALESCE_BYTES), gzip, output);
    let uncompressed = 0;
    try {
        for (const entry of entries) {
            // Go's archive/tar rounds a time to the nearest second (go-slug's archives); tar-stream would truncate it.
            const mtime = new Date(Math.round(entry.mtime.getTime() / 1000) * 1000);
            const base = { name: entry.name, mode: entry.mode, mtime, uid: 0, gid: 0 };
            if (entry.type === 'directory')
                await add(tar, { ...base, type: 'directory' });
            else if (entry.type === 'symlink')
                await add(tar, { ...base, type: 'symlink', linkname: entry.linkname });
            else if (entry.size <= WHOLE_FILE_BYTES) {
                // Most configuration files are small: a synchronous read costs one system call each, where an asynchronous
                // one costs four thread-pool round trips; nothing else waits on the event loop while the step packs.
                const content = (0,external_node_fs_.readFileSync)(entry.source);
                if (content.length !== entry.size)
                    throw sizeError(entry.name, entry.size, content.length);
                await add(tar, { ...base, type: 'file', size: entry.size }, content);
                uncompressed += entry.size;
            }
            else {
                let read = 0;
                const counted = (0,external_node_fs_.createReadStream)(entry.source).on('data', chunk => (read += chunk.length));
                try {
                    await (0,external_node_stream_promises_.pipeline)(counted, tar.entry({ ...base, type: 'file', size: entry.size }));
                }
                catch (error) {
                    if (read !== entry.size)
                        throw sizeError(entry.name, entry.size, read);
                    throw error;
                }
                if (read !== entry.size)
                    throw sizeError(entry.name, entry.size, read);
                uncompressed += entry.size;
            }
        }
        tar.finalize();
    }
    catch (error) {
        tar.destroy(error);
        await written.catch(() => undefined);
        throw error;
    }
    await written;
    return { uncompressed, compressed };
}
function sizeError(name, size, read) {
    return new FileSizeError(`${name} read as ${read} bytes where its size is ${size}: it changed while it was packed, or is not a regular file; it is not uploaded`);
}
function add(tar, header, content) {
    return new Promise((resolve, reject) => {
        const done = (error) => (error ? reject(error) : resolve());
        if (content)
            tar.entry(header, content, done);
        else
            tar.entry(header, done);
    });
}
/** Passes the bytes on in chunks of at least `limit` bytes (the last one smaller). */
function coalesce(limit) {
    let parts = [];
    let size = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            parts.push(chunk);
            size += chunk.length;
            if (size < limit)
                return callback();
            const joined = Buffer.concat(parts, size);
            parts = [];
            size = 0;
            callback(null, joined);
        },
        flush(callback) {
            callback(null, size ? Buffer.concat(parts, size) : undefined);
        }
    });
}

;// CONCATENATED MODULE: ./src/upload/terraformignore.ts
/**
 * `.terraformignore`, with the semantics of go-slug (the packer the Terraform CLI and go-tfe use), which are not
 * `.gitignore`'s: a pattern is unanchored unless it starts with `/` (even with a `/` inside), a pattern without a
 * trailing `/` drops only a directory's own entry (the walk still descends), and `!` can re-include below an
 * excluded directory. The default rules apply even when the file exists. ../shared/tfc-api-addendum.md §1.4.
 */
/**
 * go-slug's defaults (internal/ignorefiles, since January 2024), in its order and with its flags: `.terraform/`
 * except `.terraform/modules/`, then `.git/`. The last matching rule decides, so `.git` below
 * `.terraform/modules/<m>/` (where `terraform init` clones `git::` modules, and whose `config` can hold a token from
 * the module's URL) is left out too; and with no negation after it, `.git/` dominates: its subtree is never walked.
 */
const DEFAULT_RULES = [
    { pattern: '**/.terraform/**', negated: false, negationsAfter: true },
    { pattern: '**/.terraform/modules/**', negated: true, negationsAfter: false },
    { pattern: '**/.git/**', negated: false, negationsAfter: false }
];
/** The rules of a `.terraformignore` file (undefined: no file), after the defaults. */
function parseTerraformIgnore(text) {
    const rules = DEFAULT_RULES.map(rule => ({ ...rule, regex: toRegex(rule.pattern), builtIn: true }));
    for (const line of (text ?? '').split(/\r?\n/)) {
        let pattern = line.trim().normalize('NFC');
        if (!pattern || pattern.startsWith('#'))
            continue;
        let negated = false;
        if (pattern.startsWith('!')) {
            negated = true;
            pattern = pattern.slice(1);
            // Every earlier rule up to the last one already marked now has a negation after it.
            for (let i = rules.length - 1; i >= 0 && !rules[i].negationsAfter; i--)
                rules[i].negationsAfter = true;
            if (!pattern)
                continue;
        }
        if (pattern.endsWith('/'))
            pattern += '**';
        pattern = pattern.startsWith('/') ? pattern.slice(1) : `**/${pattern}`;
        rules.push({ pattern, negated, negationsAfter: false, regex: toRegex(pattern) });
    }
    return rules;
}
/** The last matching rule decides; a path is relative to the root, `/`-separated, without a leading `/`. */
function excludes(rules, path) {
    const normalized = path.normalize('NFC');
    let excluded = false;
    let dominating = false;
    let builtIn = false;
    for (const rule of rules) {
        if (!rule.regex.test(normalized))
            continue;
        excluded = !rule.negated;
        dominating = excluded && !rule.negationsAfter;
        builtIn = rule.builtIn === true;
    }
    return { excluded, dominating, builtIn };
}
/**
 * go-slug's glob-to-regex conversion: `**` at the end matches anything, elsewhere any run of whole directories (a
 * following `/` is part of it);
 * `*` and `?` stop at `/`; `.` and `$` are literal; `\` escapes the next character; every other character is
 * passed to the regular expression unchanged (so `[a-z]` is a class).
 */
function toRegex(pattern) {
    let source = '^';
    const chars = [...pattern];
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (c === '*') {
            if (chars[i + 1] === '*') {
                i++;
                if (chars[i + 1] === '/')
                    i++;
                source += i + 1 >= chars.length ? '.*' : '(.*/)?';
            }
            else {
                source += '[^/]*';
            }
        }
        else if (c === '?') {
            source += '[^/]';
        }
        else if (c === '.' || c === '$') {
            source += `\\${c}`;
        }
        else if (c === '\\') {
            source += i + 1 < chars.length ? `\\${chars[++i]}` : '\\\\';
        }
        else {
            source += c;
        }
    }
    try {
        return new RegExp(`${source}$`, 'u');
    }
    catch {
        // An invalid rule matches nothing, as go-slug carries on with the valid ones.
        return /(?!)/;
    }
}

// EXTERNAL MODULE: ./src/upload/within.ts
var within = __webpack_require__(102);
;// CONCATENATED MODULE: ./src/upload/collect.ts




/** A symlink the packer cannot or must not follow (dangling, a loop, out of the checkout): the message names it. */
class UnpackableError extends Error {
}
/** The kernel's pseudo-files: they stat as empty and read as live process data, so nothing is read below them. */
const SYSTEM_DIRECTORIES = ['/proc', '/sys', '/dev'];
/**
 * Walks `root` as go-slug's packer does (lexical order; ../shared/tfc-api-addendum.md §1.3, §1.4): ignore rules
 * decide per path; a symlink whose target lies inside the root is kept, its target rewritten relative (an absolute
 * target is rejected by the unpacker); one that leaves the root is followed, a file copied, a directory walked with
 * the ignore rules relative to it; a file with several hard links is an ordinary file; sockets, fifos and devices
 * are skipped.
 *
 * Where this is stricter than go-slug, on purpose: a link is followed only to a target inside `bounds.boundary`
 * and outside every `.git`, any other link is an error (nothing is packed); a `.git` file or directory is never
 * packed, whatever `.terraformignore` re-includes; nothing below /proc, /sys or /dev is read. Default bounds: the
 * root itself, so no link leaves it.
 */
async function collectEntries(root, rules, bounds) {
    // Synchronous file-system calls on purpose: one system call each where the promise API makes thread-pool round
    // trips; 5,000 files are walked in 35 ms instead of 290, and nothing else waits on the event loop meanwhile.
    const absRoot = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(root));
    if (isSystemPath(absRoot))
        throw new UnpackableError(`${root} is a system directory, which is never uploaded`);
    const boundary = bounds ? (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(bounds.boundary)) : absRoot;
    const out = { entries: [], excluded: [], skipped: [], entryOnly: [] };
    await walk({ absRoot, boundary, rules, out, walking: new Set([absRoot]) }, absRoot, '');
    return out;
}
/** Walks `dir`, whose contents are named under `prefix` in the archive; ignore rules see paths relative to `src`. */
async function walk(w, src, prefix, dir = src) {
    const { rules, out } = w;
    const names = (0,external_node_fs_.readdirSync)(dir).sort(byteOrder);
    for (const name of names) {
        const path = (0,external_node_path_.join)(dir, name);
        const ignorePath = (0,external_node_path_.relative)(src, path).split(external_node_path_.sep).join('/');
        const entryName = `${prefix}${(0,external_node_path_.relative)(src, path).split(external_node_path_.sep).join('/')}`;
        const info = (0,external_node_fs_.lstatSync)(path);
        if (name === '.git') {
            // A checkout's .git holds the token actions/checkout keeps in its config: never packed, whatever a rule says.
            out.excluded.push(info.isDirectory() ? `${entryName}/` : entryName);
            continue;
        }
        const exclusion = excludes(rules, ignorePath);
        if (exclusion.excluded) {
            // Only this entry is dropped: a directory is still walked, as go-slug does.
            if (info.isDirectory()) {
                const [entries, at] = [out.entries.length, out.entryOnly.length];
                await walk(w, src, prefix, path);
                // Worth a warning only when the user's rule did it and something below is still uploaded (`node_modules`
                // where `node_modules/` was meant); not for the defaults' `.terraform/modules`, nor for a directory
                // whose contents are left out too.
                if (!exclusion.builtIn && out.entries.length > entries)
                    out.entryOnly.splice(at, 0, `${entryName}/`);
            }
            else {
                out.excluded.push(entryName);
            }
            continue;
        }
        if (info.isDirectory()) {
            const asDir = excludes(rules, `${ignorePath}/`);
            if (asDir.excluded) {
                if (asDir.dominating) {
                    out.excluded.push(`${entryName}/`);
                    continue;
                }
                await walk(w, src, prefix, path);
                continue;
            }
            out.entries.push({ type: 'directory', name: `${entryName}/`, mode: archiveMode(info), mtime: info.mtime });
            await walk(w, src, prefix, path);
        }
        else if (info.isFile()) {
            out.entries.push({ type: 'file', name: entryName, mode: archiveMode(info), mtime: info.mtime, size: info.size, source: path });
        }
        else if (info.isSymbolicLink()) {
            await symlink(w, path, entryName, info.mtime);
        }
        else {
            out.skipped.push(entryName);
        }
    }
}
async function symlink(w, path, entryName, mtime) {
    const { absRoot, boundary, out, walking } = w;
    const written = (0,external_node_fs_.readlinkSync)(path);
    const target = (0,external_node_path_.isAbsolute)(written) ? (0,external_node_path_.resolve)(written) : (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), written);
    const real = realPathOf(path);
    if (inGitDirectory(boundary, target) || (real && inGitDirectory(boundary, real)))
        throw new UnpackableError(`the symlink ${entryName} points into a .git directory (${written}), which is never uploaded`);
    if ((0,within/* within */.u)(absRoot, target)) {
        // Kept as a link; relative to where the link will stand in the archive, so it stays inside on unpacking.
        const linkname = (0,external_node_path_.relative)((0,external_node_path_.dirname)((0,external_node_path_.join)(absRoot, entryName)), target)
            .split(external_node_path_.sep)
            .join('/') || '.';
        out.entries.push({ type: 'symlink', name: entryName, mode: 0o777, mtime, linkname });
        return;
    }
    // Outside the root: the archive carries what it points to, when that is inside the checkout.
    if (!real)
        throw new UnpackableError(`the symlink ${entryName} points outside the directory, to ${written}, which does not exist`);
    if (!(0,within/* within */.u)(boundary, real) || isSystemPath(real))
        throw new UnpackableError(`the symlink ${entryName} points to ${written}, outside the checkout (GITHUB_WORKSPACE); links are followed only to files inside it`);
    const info = (0,external_node_fs_.statSync)(real);
    if (info.isDirectory()) {
        if (walking.has(real))
            throw new UnpackableError(`the symlink ${entryName} leads into a loop (${written})`);
        // Its contents only, under the link's name: go-slug writes no entry for the directory itself (the unpacker
        // makes it), as the cross-check against the Terraform CLI's upload shows.
        walking.add(real);
        await walk(w, real, `${entryName}/`);
        walking.delete(real);
    }
    else if (info.isFile()) {
        out.entries.push({ type: 'file', name: entryName, mode: archiveMode(info), mtime: info.mtime, size: info.size, source: real });
    }
    else {
        out.skipped.push(entryName);
    }
}
/**
 * A file's or directory's mode in the archive, as go-slug writes it from Go's view of the file. On Windows, Node
 * reports a directory as 0666 (no execute bit: unpacked on HCP Terraform's Linux workers, nothing could be read
 * inside it) where Go reports 0777, and a file as 0666, or 0444 when read-only, as Go does.
 */
function archiveMode(info, platform = process.platform) {
    if (platform !== 'win32')
        return info.mode & 0o777;
    if (info.isDirectory())
        return 0o777;
    return info.mode & 0o200 ? 0o666 : 0o444;
}
function realPathOf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
/** Below a `.git` of the checkout (or the checkout's own, when `path` is outside it). */
function inGitDirectory(boundary, path) {
    const parts = ((0,within/* within */.u)(boundary, path) ? (0,external_node_path_.relative)(boundary, path) : path).split(external_node_path_.sep);
    return parts.includes('.git');
}
function isSystemPath(path) {
    return external_node_path_.sep === '/' && SYSTEM_DIRECTORIES.some(dir => (0,within/* within */.u)(dir, path));
}
/** Go's sort.Strings order (bytes), which go-slug's walk follows; JavaScript's default compares UTF-16 units. */
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// EXTERNAL MODULE: ./src/step-files.ts
var step_files = __webpack_require__(2263);
// EXTERNAL MODULE: ./src/run/failures.ts
var failures = __webpack_require__(670);
;// CONCATENATED MODULE: ./src/run/configuration/packing.ts









/** Packs `root` (with its .terraformignore) into a new file under `tempDir`; links are followed only inside `bounds`. */
async function packDirectory(root, tempDir, bounds) {
    const ignoreFile = await (0,promises_.readFile)((0,external_node_path_.join)(root, '.terraformignore'), 'utf8').catch(() => undefined);
    let collected;
    try {
        collected = await collectEntries(root, parseTerraformIgnore(ignoreFile), bounds);
    }
    catch (error) {
        if (error instanceof UnpackableError)
            throw new failures/* StepFailure */.pH(`Input \`directory\`: ${error.message}. Fix or remove the link, or leave it out with .terraformignore. Nothing was created.`);
        throw error;
    }
    const dir = (0,external_node_path_.join)(tempDir || (0,external_node_os_.tmpdir)(), step_files/* STEP_FOLDER */.k);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, `configuration-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tar.gz`);
    try {
        return { file, sizes: await writeArchive(collected.entries, file), collected, hasIgnoreFile: ignoreFile !== undefined };
    }
    catch (error) {
        await (0,promises_.rm)(file, { force: true });
        if (error instanceof FileSizeError)
            throw new failures/* StepFailure */.pH(`Input \`directory\`: ${error.message}. Nothing was created.`);
        throw error;
    }
}
/**
 * Several workspaces of one step upload the same `directory`: it is packed once per archive root (workspaces whose
 * working directories lead to the same root share it), and each upload sends that one file. The files go when the
 * step is done with them.
 */
class ArchiveCache {
    tempDir;
    bounds;
    packed = new Map();
    constructor(tempDir, bounds) {
        this.tempDir = tempDir;
        this.bounds = bounds;
    }
    /** The archive of `root`, and whether this call packed it (the first to ask, which describes it in the log). */
    async archiveOf(root) {
        const known = this.packed.get(root);
        if (known)
            return { archive: await known, first: false };
        const packing = packDirectory(root, this.tempDir, this.bounds);
        this.packed.set(root, packing);
        return { archive: await packing, first: true };
    }
    async dispose() {
        const settled = await Promise.allSettled(this.packed.values());
        for (const result of settled)
            if (result.status === 'fulfilled')
                await (0,promises_.rm)(result.value.file, { force: true });
        this.packed.clear();
    }
}


/***/ }),

/***/ 5007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkoutOf: () => (/* binding */ checkoutOf),
/* harmony export */   uploadedConfiguration: () => (/* binding */ uploadedConfiguration)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2981);
/* harmony import */ var _tfc_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7488);
/* harmony import */ var _tfc_configuration_versions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1107);
/* harmony import */ var _upload_working_directory_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5064);
/* harmony import */ var _upload_within_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(102);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(670);
/* harmony import */ var _packing_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2147);









/** Above this the upload is worth a second look (HCP Terraform documents no limit; some servers stop at 10 MiB). */
const LARGE_UPLOAD_BYTES = 10 * 1024 * 1024;
const UPLOAD_ATTEMPTS = 3;
/** Polls of a new configuration version: fast at first, as the CLI does, then every 2 s. */
const UPLOADED_POLL_MS = [500, 1000, 2000];
/**
 * `directory`: the pull request's own code, packed as go-slug packs it, uploaded as a new configuration version
 * (speculative for `plan-only`), and waited for until HCP Terraform has it.
 */
async function uploadedConfiguration(ctx, workspace, input) {
    const base = checkoutOf(ctx.env);
    const directory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(input) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(input) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, input);
    if (!(await isDirectory(directory)))
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_7__/* .StepFailure */ .pH(`Input \`directory\`: ${directory} is not a directory; give a path relative to the repository root (GITHUB_WORKSPACE) or an absolute one.`);
    const layout = (0,_upload_working_directory_js__WEBPACK_IMPORTED_MODULE_5__/* .uploadLayout */ .c)(directory, workspace.workingDirectory);
    const escape = layoutEscape(layout, directory, base);
    if (escape)
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_7__/* .StepFailure */ .pH(`Input \`directory\`: the workspace's working directory "${workspace.workingDirectory}" ${escape}; point \`directory\` at the configuration inside the checkout, or correct the workspace's working directory. Nothing was created.`);
    const problem = await (0,_upload_working_directory_js__WEBPACK_IMPORTED_MODULE_5__/* .configurationProblem */ ._)(layout, base);
    if (problem) {
        const wd = workspace.workingDirectory ? ` (the workspace's working directory is "${workspace.workingDirectory}")` : '';
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_7__/* .StepFailure */ .pH(`Input \`directory\`: ${problem}${wd}, so Terraform would find no configuration to run. Point \`directory\` at the configuration. Nothing was created.`);
    }
    // A set's workspaces share one archive per root; a single workspace packs its own and removes it after.
    const shared = ctx.archives;
    const { archive, first } = shared
        ? await shared.archiveOf(layout.root)
        : { archive: await (0,_packing_js__WEBPACK_IMPORTED_MODULE_8__.packDirectory)(layout.root, ctx.env.RUNNER_TEMP, { boundary: base }), first: true };
    try {
        if (first)
            describeUpload(ctx, layout.root, base, archive);
        else
            ctx.log.info(`Uploading ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, layout.root) || '.'}, packed once for the selected workspaces (${size(archive.sizes.compressed)})`);
        const cv = await upload(ctx, workspace, archive.file, archive.sizes.compressed);
        const sha = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_2__/* .commitOf */ .D3)(ctx.env);
        const where = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, directory) || '.';
        const from = ctx.env.GITHUB_REPOSITORY ? `${ctx.env.GITHUB_REPOSITORY}${sha ? `@${sha.slice(0, 7)}` : ''}` : where;
        return { id: cv.id, source: `uploaded from ${from}${where !== '.' ? `, directory ${where}` : ''}`, root: layout.root };
    }
    finally {
        if (!shared)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(archive.file, { force: true });
    }
}
/** What is sent: counts and sizes always; every path with ACTIONS_STEP_DEBUG; warnings for what deserves a look. */
function describeUpload(ctx, root, base, { collected, sizes, hasIgnoreFile }) {
    const files = collected.entries.filter(e => e.type === 'file');
    const shownRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, root) || '.';
    ctx.log.info(`Packing ${shownRoot}${hasIgnoreFile ? ' with its .terraformignore' : ''}: ${files.length} files (${size(sizes.uncompressed)}) uploaded as ${size(sizes.compressed)}, ${collected.excluded.length} paths excluded`);
    for (const entry of collected.entries)
        ctx.log.debug(`upload: ${entry.name}${entry.type === 'symlink' ? ` -> ${entry.linkname}` : ''}`);
    for (const path of collected.excluded)
        ctx.log.debug(`excluded: ${path}`);
    for (const path of collected.skipped)
        ctx.log.debug(`skipped (not a file, directory or symlink): ${path}`);
    if (collected.entryOnly.length) {
        const list = collected.entryOnly.slice(0, 5).join(', ');
        ctx.log.warning(`.terraformignore drops only the directory entry of ${list}: its files are still uploaded (go-slug's rules). End the pattern with / to leave a whole directory out.`);
    }
    const states = files.filter(f => /\.tfstate(\.backup)?$/.test(f.name));
    if (states.length) {
        ctx.log.warning(`The upload includes state: ${states
            .map(f => f.name)
            .slice(0, 5)
            .join(', ')}. State holds secrets and is not needed to plan: add *.tfstate to .terraformignore.`);
    }
    if (sizes.compressed > LARGE_UPLOAD_BYTES) {
        const largest = [...files]
            .sort((a, b) => b.size - a.size)
            .slice(0, 10)
            .map(f => `${f.name} (${size(f.size)})`);
        ctx.log.warning(`The upload is ${size(sizes.compressed)}. The largest files: ${largest.join(', ')}. Leave out what Terraform does not need with .terraformignore.`);
    }
}
/** Creates a configuration version and uploads into it; a failed upload gets a new configuration version, not a second PUT. */
async function upload(ctx, workspace, file, size) {
    for (let attempt = 1;; attempt++) {
        const cv = await (0,_tfc_configuration_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .createConfigurationVersion */ .tL)(ctx.http, workspace.id, {
            speculative: ctx.inputs.planOnly,
            provisional: ctx.inputs.savePlan
        });
        // The upload URL carries its own credential: masked at once, never printed.
        ctx.log.setSecret(cv.uploadUrl);
        try {
            await ctx.http.putFile(cv.uploadUrl, file, size);
        }
        catch (error) {
            if (!(error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OutcomeUnknownError */ .Do) || attempt >= UPLOAD_ATTEMPTS)
                throw error;
            ctx.log.warning(`Uploading to configuration version ${cv.id} failed (${error.message}); uploading again into a new configuration version`);
            continue;
        }
        ctx.log.info(`Uploaded configuration version ${cv.id}`);
        return waitUploaded(ctx, cv.id);
    }
}
async function waitUploaded(ctx, id) {
    for (let poll = 0;; poll++) {
        const cv = await (0,_tfc_configuration_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .readConfigurationVersion */ .jG)(ctx.http, id);
        if (cv.status === 'uploaded')
            return cv;
        if (cv.status === 'errored' || cv.status === 'archived' || cv.status.startsWith('backing_data')) {
            throw new _failures_js__WEBPACK_IMPORTED_MODULE_7__/* .StepFailure */ .pH(`HCP Terraform could not process the uploaded configuration (configuration version ${id} is ${cv.status}${cv.errorMessage ? `: ${cv.errorMessage}` : ''}). No run was created.`);
        }
        if (ctx.clock.now() >= ctx.deadline)
            throw new _failures_js__WEBPACK_IMPORTED_MODULE_7__/* .TimedOut */ .GA('upload');
        await ctx.clock.sleep(Math.min(UPLOADED_POLL_MS[Math.min(poll, UPLOADED_POLL_MS.length - 1)], Math.max(0, ctx.deadline - ctx.clock.now())), ctx.signal);
    }
}
/** The checkout: `directory` is read from it, and no link is followed out of it. */
function checkoutOf(env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.GITHUB_WORKSPACE || process.cwd());
}
/**
 * Why the archive root or the run directory would leave what the user pointed at: the working directory comes from
 * the workspace's settings, and must not widen the upload above the checkout (the runner's home, its other
 * repositories) nor send Terraform outside the archive.
 */
function layoutEscape(layout, directory, checkout) {
    if (!(0,_upload_within_js__WEBPACK_IMPORTED_MODULE_6__/* .within */ .u)(layout.root, layout.runDirectory))
        return 'leads out of the uploaded directory';
    if (layout.root !== directory && !(0,_upload_within_js__WEBPACK_IMPORTED_MODULE_6__/* .within */ .u)(checkout, layout.root))
        return `would make ${layout.root} the archive's root, above the checkout (${checkout})`;
    return undefined;
}
async function isDirectory(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined))?.isDirectory() ?? false;
}
function size(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}


/***/ }),

/***/ 102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ within)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Whether `path` is `root` or below it, both absolute: decided by `relative`, which resolves `..` and, on Windows,
 * compares paths case-insensitively as the file system does (a `directory` typed as `D:\A\repo` is inside `d:\a`).
 */
function within(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel));
}


/***/ }),

/***/ 5064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ configurationProblem),
/* harmony export */   c: () => (/* binding */ uploadLayout)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The Terraform CLI's rule (tfc-api-addendum.md §1.5): when `directory` ends with the workspace's working
 * directory, the archive root is the matching ancestor; otherwise `directory` is the root and the working
 * directory is looked for inside it.
 */
function uploadLayout(directory, workingDirectory) {
    const wd = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(workingDirectory.replace(/^\/+|\/+$/g, '') || '.');
    if (wd === '.')
        return { root: directory, runDirectory: directory };
    const parts = directory.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    const wdParts = wd.split('/');
    const tail = parts.slice(-wdParts.length);
    if (parts.length > wdParts.length && tail.join('/') === wdParts.join('/')) {
        return { root: parts.slice(0, -wdParts.length).join(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || node_path__WEBPACK_IMPORTED_MODULE_1__.sep, runDirectory: directory };
    }
    return { root: directory, runDirectory: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, ...wdParts) };
}
/** Why Terraform would find no configuration in `runDirectory`, or undefined when it would. */
async function configurationProblem(layout, shownFrom) {
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(shownFrom, layout.runDirectory) || '.';
    let names;
    try {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(layout.runDirectory)).isDirectory())
            return `${shown} is not a directory`;
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(layout.runDirectory);
    }
    catch {
        return `${shown} does not exist`;
    }
    if (!names.some(name => name.endsWith('.tf') || name.endsWith('.tf.json')))
        return `${shown} holds no *.tf or *.tf.json file`;
    return undefined;
}


/***/ })

};
