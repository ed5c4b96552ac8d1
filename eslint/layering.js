// ESLint rule `local/layering`: which folder of src/ may import which, read from one table of layers
// that eslint.config.js passes as the rule's options (modelled on VS Code's `local/code-layering`).
import { isBuiltin } from 'node:module';
import path from 'node:path';

// The rule is local to this repository, so paths are taken from the project root beside it rather
// than from the process's cwd (an editor may lint one file from anywhere).
const projectRoot = path.resolve(import.meta.dirname, '..');
const testFile = /\.test\.tsx?$/;
const scriptExtension = /\.[cm]?[jt]sx?$/;

/** Project-relative path with forward slashes, or null when the file lies outside the project. */
function fromRoot(absolutePath) {
  const relative = path.relative(projectRoot, absolutePath).split(path.sep).join('/');
  return relative.startsWith('../') || path.isAbsolute(relative) ? null : relative;
}

/** The layer of a path under src/ is its first folder; a file directly in src/ has none (''). */
function layerOf(relative) {
  const parts = relative.split('/');
  return parts[0] === 'src' ? (parts.length > 2 ? parts[1] : '') : null;
}

/** `folder` itself or anything below it. */
function isUnder(relative, folder) {
  return relative === folder || relative.startsWith(`${folder}/`);
}

/**
 * The renderer's part a path belongs to: its top (app/, main.tsx), one feature, or the lower layer
 * (every other folder). Import paths carry no extension, so `main` and `main.tsx` are the same file.
 */
function rendererPart(relative, { top, features }) {
  const [head = '', second] = relative.slice('src/renderer/'.length).split('/');
  const name = head.replace(scriptExtension, '');
  if (top.some((entry) => entry.replace(scriptExtension, '') === name)) return { kind: 'top', label: 'renderer/app' };
  if (name === features && second !== undefined) {
    const feature = second.replace(scriptExtension, '');
    return { kind: 'feature', feature, label: `renderer/${features}/${feature}` };
  }
  return { kind: 'lower', label: `renderer/${name}` };
}

/** The forbidden entry a package specifier falls under: a package name (and its subpaths) or `node:*`. */
function forbiddenEntry(specifier, forbid) {
  return forbid.find((entry) =>
    entry === 'node:*' ? isBuiltin(specifier) : specifier === entry || specifier.startsWith(`${entry}/`),
  );
}

const layerSchema = {
  type: 'object',
  properties: {
    imports: { type: 'array', items: { type: 'string' } },
    forbid: { type: 'array', items: { type: 'string' } },
    dom: { type: 'boolean' },
  },
  required: ['imports'],
  additionalProperties: false,
};

export const layering = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder of src/ imports only the layers the table allows it.' },
    schema: [
      {
        type: 'object',
        properties: {
          layers: { type: 'object', additionalProperties: layerSchema },
          renderer: {
            type: 'object',
            properties: { top: { type: 'array', items: { type: 'string' } }, features: { type: 'string' } },
            required: ['top', 'features'],
            additionalProperties: false,
          },
          testSupport: {
            type: 'object',
            properties: { folder: { type: 'string' }, openTo: { type: 'array', items: { type: 'string' } } },
            required: ['folder', 'openTo'],
            additionalProperties: false,
          },
        },
        required: ['layers', 'renderer', 'testSupport'],
        additionalProperties: false,
      },
    ],
  },

  create(context) {
    const { layers, renderer, testSupport } = context.options[0];
    const source = fromRoot(context.filename);
    if (source === null) return {};
    const sourceLayer = layerOf(source);
    const rules = sourceLayer ? layers[sourceLayer] : undefined;
    const isTest = testFile.test(source) || testSupport.openTo.some((folder) => isUnder(source, folder));

    function checkRelative(node, specifier) {
      const target = fromRoot(path.resolve(path.dirname(context.filename), specifier));
      if (target !== null && isUnder(target, testSupport.folder)) {
        if (!isTest) {
          const who = sourceLayer || source.split('/')[0];
          const users = ['*.test.ts', '*.test.tsx', ...testSupport.openTo.map((folder) => `${folder}/`)].join(', ');
          context.report({ node, message: `${who} may not import ${testSupport.folder} (${specifier}): only ${users} may.` });
        }
        return;
      }
      if (!rules) return;
      const targetLayer = target === null ? null : layerOf(target);
      if (!targetLayer || !rules.imports.includes(targetLayer)) {
        const what = targetLayer || target || 'files outside the project';
        const allowed = rules.imports.join(', ');
        context.report({ node, message: `${sourceLayer} may not import ${what} (${specifier}): ${sourceLayer} may import only ${allowed}.` });
        return;
      }
      if (sourceLayer === 'renderer' && targetLayer === 'renderer') checkRenderer(node, specifier, target);
    }

    function checkRenderer(node, specifier, target) {
      const from = rendererPart(source, renderer);
      const to = rendererPart(target, renderer);
      if (from.kind === 'top' || to.kind === 'lower' || (to.kind === 'feature' && to.feature === from.feature)) return;
      const why =
        from.kind === 'feature'
          ? `a feature may import only its own folder, the renderer's lower layer and shared (move what features share down).`
          : `the renderer's lower layer (all but ${renderer.top.join(', ')}, ${renderer.features}/) may import only itself and shared.`;
      context.report({ node, message: `${from.label} may not import ${to.label} (${specifier}): ${why}` });
    }

    function checkPackage(node, specifier) {
      const entry = rules?.forbid && forbiddenEntry(specifier, rules.forbid);
      if (!entry) return;
      const what = entry === 'node:*' ? 'Node built-ins' : entry;
      context.report({ node, message: `${sourceLayer} may not import ${what} (${specifier}): ${sourceLayer} may not use ${rules.forbid.join(', ')}.` });
    }

    function check(node) {
      const specifier = node.source?.type === 'Literal' ? node.source.value : undefined;
      if (typeof specifier !== 'string') return; // export { x } without `from`, or import(variable)
      if (specifier.startsWith('.') || path.isAbsolute(specifier)) checkRelative(node.source, specifier);
      else checkPackage(node.source, specifier);
    }

    return {
      Program(node) {
        if (sourceLayer !== null && !rules) {
          const name = sourceLayer ? `src/${sourceLayer}/` : source;
          context.report({ node, loc: { line: 1, column: 0 }, message: `${name} is in no layer: add it to the layer table in eslint.config.js.` });
        }
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
