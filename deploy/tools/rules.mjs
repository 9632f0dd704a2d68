// The deployment rules FitFolio holds its container files to, beyond what dockerfilelint and the Compose schema check.

/** Dockerfile instructions with continuation lines joined: [{ line, keyword, args }]. */
export function parseDockerfile(text) {
  const instructions = [];
  let pending = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (pending === null && (line === '' || line.startsWith('#'))) return;
    if (pending !== null && line.startsWith('#')) return;
    const body = line.endsWith('\\') ? line.slice(0, -1).trim() : line;
    pending = pending === null ? { line: index + 1, text: body } : { ...pending, text: `${pending.text} ${body}` };
    if (!line.endsWith('\\')) {
      const [, keyword, args = ''] = /^(\S+)\s*(.*)$/.exec(pending.text);
      instructions.push({ line: pending.line, keyword: keyword.toUpperCase(), args });
      pending = null;
    }
  });
  return instructions;
}

/** Replaces ${NAME}, ${NAME:-default} and $NAME from the given values; unknown names stay as they are. */
export function substitute(value, values) {
  return value.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (match, braced, fallback, bare) => {
    const name = braced ?? bare;
    if (values[name] !== undefined && values[name] !== '') return values[name];
    return fallback ?? match;
  });
}

/** An image reference is pinned when it names a digest or a tag carrying a version (major.minor at least), never "latest". */
export function imagePinProblem(reference) {
  if (reference.includes('$')) return `image "${reference}" has an unresolved variable`;
  if (/@sha256:[0-9a-f]{64}$/.test(reference)) return null;
  const lastSegment = reference.split('/').pop();
  const tag = lastSegment.includes(':') ? lastSegment.split(':').pop() : null;
  if (tag === null) return `image "${reference}" has no tag`;
  if (tag === 'latest') return `image "${reference}" uses the moving tag "latest"`;
  if (!/\d+\.\d+/.test(tag)) return `image "${reference}" tag "${tag}" names no version (major.minor)`;
  return null;
}

const healthcheckOptions = new Set(['--interval', '--timeout', '--start-period', '--start-interval', '--retries']);

/** Rules for the runtime image: pinned bases, non-root final user, an exec-form HEALTHCHECK and entry point. */
export function checkDockerfile(text) {
  const problems = [];
  const report = (line, message) => problems.push({ line, message });
  const instructions = parseDockerfile(text);
  const args = {};
  const stages = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'ARG' && stages.length === 0) {
      const [name, value = ''] = instruction.args.split('=');
      args[name.trim()] = value.trim();
    }
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      const image = substitute(words[0], args);
      const alias = words[1]?.toUpperCase() === 'AS' ? words[2] : null;
      const known = stages.some((s) => s.alias === image) || image === 'scratch';
      const problem = known ? null : imagePinProblem(image);
      if (problem) report(instruction.line, problem);
      stages.push({ alias, instructions: [] });
    } else if (stages.length > 0) {
      stages.at(-1).instructions.push(instruction);
    }
  }
  if (stages.length === 0) {
    report(1, 'no FROM instruction');
    return problems;
  }
  const final = stages.at(-1).instructions;
  const users = final.filter((i) => i.keyword === 'USER');
  const user = users.at(-1);
  if (!user) report(0, 'the final stage sets no USER: the container would run as root');
  else if (/^(root|0)(:.*)?$/.test(user.args.trim())) report(user.line, `the final stage runs as "${user.args.trim()}"`);

  const healthchecks = final.filter((i) => i.keyword === 'HEALTHCHECK');
  if (healthchecks.length === 0) report(0, 'the final stage has no HEALTHCHECK');
  for (const check of healthchecks) {
    const match = /^((?:--[\w-]+=\S+\s+)*)CMD\s+(.*)$/.exec(check.args);
    if (!match) {
      report(check.line, 'HEALTHCHECK must be "[--option=value …] CMD [\\"exec\\", \\"form\\"]" (NONE is not allowed)');
      continue;
    }
    for (const option of match[1].trim().split(/\s+/).filter(Boolean)) {
      if (!healthcheckOptions.has(option.split('=')[0])) report(check.line, `HEALTHCHECK option ${option} is unknown`);
    }
    if (!isJsonArray(match[2])) report(check.line, 'HEALTHCHECK CMD must use the exec form (the runtime image has no shell)');
  }
  for (const keyword of ['ENTRYPOINT', 'CMD']) {
    for (const instruction of final.filter((i) => i.keyword === keyword)) {
      if (!isJsonArray(instruction.args)) report(instruction.line, `${keyword} must use the exec form (signals reach the app; no shell needed)`);
    }
  }
  return problems;
}

function isJsonArray(text) {
  try {
    const value = JSON.parse(text);
    return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

/** Reads KEY=value lines (comments and blanks skipped), as docker compose reads an --env-file. */
export function parseEnvFile(text) {
  const values = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_]\w*)=(.*)$/.exec(line);
    if (match) values[match[1]] = match[2];
  }
  return values;
}

/**
 * Compose interpolation over every string in the document: ${NAME}, ${NAME:-default}, ${NAME-default},
 * ${NAME:?message}, ${NAME?message} and $$. Variables neither given nor defaulted are reported.
 */
export function interpolate(document, values) {
  const missing = new Set();
  const visit = (node) => {
    if (typeof node === 'string') {
      return node.replace(/\$\$|\$\{(\w+)(?:(:?[-?])([^}]*))?\}/g, (match, name, operator, operand) => {
        if (match === '$$') return '$';
        const value = values[name];
        const unset = value === undefined || (operator?.startsWith(':') && value === '');
        if (!unset) return value;
        if (operator?.endsWith('-')) return operand;
        missing.add(name);
        return '';
      });
    }
    if (Array.isArray(node)) return node.map(visit);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v)]));
    return node;
  };
  return { document: visit(document), missing: [...missing] };
}

const secretLike = /(PASSWORD|SECRET|TOKEN|API_?KEY)$/i;

/** Rules for a Compose file after interpolation: pinned images, declared secrets, no inline passwords, read-only app. */
export function checkCompose(document) {
  const problems = [];
  const declaredSecrets = new Set(Object.keys(document.secrets ?? {}));
  for (const [name, service] of Object.entries(document.services ?? {})) {
    if (service.image && !service.build) {
      const problem = imagePinProblem(service.image);
      if (problem) problems.push(`services.${name}: ${problem}`);
    }
    if (service.build && service.read_only !== true) {
      problems.push(`services.${name}: the app's container must set read_only: true (only volumes and tmpfs are writable)`);
    }
    for (const secret of service.secrets ?? []) {
      const source = typeof secret === 'string' ? secret : secret.source;
      if (!declaredSecrets.has(source)) problems.push(`services.${name}: secret "${source}" is not declared under secrets:`);
    }
    const environment = Array.isArray(service.environment)
      ? Object.fromEntries(service.environment.map((e) => e.split(/=(.*)/s).slice(0, 2)))
      : service.environment ?? {};
    for (const [key, value] of Object.entries(environment)) {
      if (secretLike.test(key) && value !== undefined && value !== null && value !== '') {
        problems.push(`services.${name}: ${key} carries a secret inline; use a Docker secret (key-per-file) or *_FILE`);
      }
    }
  }
  return problems;
}

/**
 * Every `uses:` in a GitHub Actions workflow is pinned to a full commit SHA or an exact vX.Y.Z tag, and every job and
 * service container image to a version, as in the Compose files: a moving image would change what CI tests under us.
 */
export function checkWorkflow(document) {
  const problems = [];
  for (const [jobName, job] of Object.entries(document.jobs ?? {})) {
    const containers = [['container', job.container], ...Object.entries(job.services ?? {}).map(([name, service]) => [`services.${name}`, service])];
    for (const [where, container] of containers) {
      const image = typeof container === 'string' ? container : container?.image;
      const problem = image ? imagePinProblem(image) : null;
      if (problem) problems.push(`jobs.${jobName}.${where}: ${problem}`);
    }
    for (const step of job.steps ?? []) {
      if (!step.uses) continue;
      const ref = step.uses.split('@')[1] ?? '';
      if (!/^[0-9a-f]{40}$/.test(ref) && !/^v\d+\.\d+\.\d+$/.test(ref)) {
        problems.push(`jobs.${jobName}: "${step.uses}" is not pinned to a commit SHA or an exact vX.Y.Z tag`);
      }
    }
  }
  return problems;
}
