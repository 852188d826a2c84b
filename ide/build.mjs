// Bundles the GraphiQL IDE into static files served by the API.
//
// Usage: node build.mjs [output-directory]
//   output-directory defaults to ../api/wwwroot/graphiql (relative to this
//   folder); a relative argument is resolved against the current directory.
//
// Output (all names fixed, no content hashes):
//   graphiql.js          the page script (one ES module)
//   graphiql.css         all styles (fonts are inlined as data: URLs)
//   editor.worker.js     Monaco's base editor worker
//   json.worker.js       Monaco's JSON worker (variables/headers editors)
//   graphql.worker.js    monaco-graphql's language service worker
// plus any font/image file a stylesheet references that is not inlined
// (normally none).
//
// graphiql.js is deleted first and written by the last step, so its presence
// and timestamp mark a complete build (Ide.targets relies on this).

import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = process.argv[2]
    ? path.resolve(process.argv[2])
    : path.resolve(here, '../api/wwwroot/graphiql');

process.env.NODE_ENV = 'production';

const require = createRequire(import.meta.url);

/** Settings shared by the page bundle and the worker bundles. */
const common = {
    absWorkingDir: here,
    bundle: true,
    minify: true,
    sourcemap: false,
    target: ['es2022', 'chrome111', 'edge111', 'firefox111', 'safari16.4'],
    platform: 'browser',
    define: {
        'process.env.NODE_ENV': '"production"',
    },
    legalComments: 'eof',
    logLevel: 'warning',
    outdir,
    write: true,
};

/**
 * graphiql/style.css already contains Monaco's complete stylesheet (with the
 * codicon font inlined). Monaco's ES modules additionally import their own
 * small CSS files; bundling those too would duplicate every Monaco rule and
 * pull in codicon.ttf a second time, so they are replaced by empty modules.
 */
const dropMonacoCss = {
    name: 'drop-monaco-css',
    setup(build) {
        build.onResolve({ filter: /\.css$/ }, (args) => {
            const importer = args.importer.split(path.sep).join('/');
            if (importer.includes('/node_modules/monaco-editor/')) {
                return { path: args.path, namespace: 'empty-css' };
            }
            return undefined;
        });
        build.onLoad({ filter: /.*/, namespace: 'empty-css' }, () => ({
            contents: '',
            loader: 'css',
        }));
    },
};

/**
 * @graphiql/toolkit loads `graphql-ws` lazily, only when a subscriptionUrl is
 * configured. It is not a dependency yet; until it is, the import resolves to
 * a stub that fails the same way a missing package would.
 */
const optionalGraphqlWs = {
    name: 'optional-graphql-ws',
    setup(build) {
        build.onResolve({ filter: /^graphql-ws$/ }, () => {
            try {
                require.resolve('graphql-ws', { paths: [here] });
                return undefined; // installed: bundle the real package
            } catch {
                return { path: 'graphql-ws', namespace: 'graphql-ws-stub' };
            }
        });
        build.onLoad({ filter: /.*/, namespace: 'graphql-ws-stub' }, () => ({
            contents:
                'export function createClient() {' +
                ' const e = new Error("graphql-ws is not bundled with this IDE");' +
                ' e.code = "MODULE_NOT_FOUND"; throw e; }',
            loader: 'js',
        }));
    },
};

async function main() {
    const started = Date.now();
    await mkdir(outdir, { recursive: true });

    // Remove the previous build's marker first: if this build fails half way,
    // the next build must not mistake the output for complete.
    await rm(path.join(outdir, 'graphiql.js'), { force: true });

    // 1. Workers: classic (IIFE) scripts, one self-contained file each.
    await esbuild.build({
        ...common,
        entryPoints: {
            'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
            'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
            'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
        },
        format: 'iife',
        plugins: [dropMonacoCss],
    });

    // 2. The page: one ES module plus one stylesheet. Dynamic imports inside
    //    GraphiQL are inlined (no code splitting), so nothing else is fetched.
    const result = await esbuild.build({
        ...common,
        entryPoints: { graphiql: 'src/index.jsx' },
        format: 'esm',
        splitting: false,
        jsx: 'automatic',
        loader: {
            '.ttf': 'file',
            '.woff': 'file',
            '.woff2': 'file',
            '.svg': 'file',
            '.png': 'file',
        },
        assetNames: '[name]-[hash]',
        metafile: true,
        plugins: [dropMonacoCss, optionalGraphqlWs],
    });

    if (!Object.keys(result.metafile.outputs).some((p) => p.endsWith('graphiql.css'))) {
        throw new Error('esbuild produced no graphiql.css');
    }
    if (!existsSync(path.join(outdir, 'graphiql.js'))) {
        throw new Error('esbuild produced no graphiql.js');
    }

    console.log(`GraphiQL IDE built into ${outdir} in ${Date.now() - started} ms`);
    for (const name of (await readdir(outdir)).sort()) {
        const info = await stat(path.join(outdir, name));
        if (info.isFile()) {
            const kib = (info.size / 1024).toFixed(0).padStart(6);
            console.log(`  ${name.padEnd(24)} ${kib} KiB`);
        }
    }
}

main().catch((err) => {
    console.error(err?.message ?? err);
    process.exit(1);
});
