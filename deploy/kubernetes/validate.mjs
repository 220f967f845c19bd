// Validates rendered Kubernetes manifests offline; run through validate.sh, which renders each overlay with
// `kubectl kustomize` and passes the result here:
//
//   node validate.mjs <label> <rendered.yaml> <project version>
//
// 1. Schema: every object is checked against the Kubernetes API's OpenAPI schema for its apiVersion and kind, with the
//    validators the npm package kubernetes-models generates from it (offline: nothing is fetched). An apiVersion or kind
//    it does not know fails too (a typo such as `apps/v2`). The Kubernetes schemas do not forbid unknown fields, so a
//    misspelt optional field is not caught by this step alone.
// 2. The project's own rules, which a schema cannot express: every object (but the Namespace) in namespace earlyhelp;
//    every image tagged with the project version; every container with memory and CPU limits, liveness and readiness
//    probes and a preStop hook; every Deployment that runs more than one replica (fixed or through its autoscaler) covered
//    by a PodDisruptionBudget and a HorizontalPodAutoscaler, and each of those pointing at an existing Deployment.
//
// Exits 1, listing every problem, if anything fails.
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

const [label, file, version] = process.argv.slice(2);
if (!label || !file || !version) {
  console.error("usage: node validate.mjs <label> <rendered.yaml> <project version>");
  process.exit(2);
}

const objects = yaml.loadAll(readFileSync(file, "utf8")).filter((o) => o != null);
const problems = [];
const where = (o) => `${o?.kind ?? "?"}/${o?.metadata?.name ?? "?"}`;

// apiVersion "apps/v1" -> kubernetes-models/apps/v1, "v1" -> kubernetes-models/v1
async function modelClass(apiVersion, kind) {
  if (typeof apiVersion !== "string" || !/^([a-z0-9.-]+\/)?v[0-9]+((alpha|beta)[0-9]+)?$/.test(apiVersion)) {
    return undefined;
  }
  try {
    const module = await import(`kubernetes-models/${apiVersion}`);
    return module[kind];
  } catch {
    return undefined;
  }
}

function describe(error) {
  if (Array.isArray(error?.details)) {
    return error.details
      .map((d) => `${d.instancePath || "/"} ${d.message ?? d.keyword}${d.params ? " " + JSON.stringify(d.params) : ""}`)
      .join("; ");
  }
  return String(error?.message ?? error);
}

// 1. schema
for (const o of objects) {
  const Model = await modelClass(o.apiVersion, o.kind);
  if (!Model) {
    problems.push(`${where(o)}: unknown apiVersion/kind ${o.apiVersion} ${o.kind}`);
    continue;
  }
  try {
    new Model(o).validate();
  } catch (error) {
    problems.push(`${where(o)}: ${describe(error)}`);
  }
}

// 2. the project's rules
const byKind = (kind) => objects.filter((o) => o.kind === kind);
const deployments = byKind("Deployment");
const hpas = byKind("HorizontalPodAutoscaler");
const pdbs = byKind("PodDisruptionBudget");

for (const o of objects) {
  if (o.kind !== "Namespace" && o.metadata?.namespace !== "earlyhelp") {
    problems.push(`${where(o)}: namespace is ${o.metadata?.namespace ?? "(none)"}, not earlyhelp`);
  }
}

const matches = (selector, labels) =>
  selector?.matchLabels != null &&
  Object.entries(selector.matchLabels).every(([k, v]) => labels?.[k] === v);

for (const d of deployments) {
  const podSpec = d.spec?.template?.spec ?? {};
  for (const c of podSpec.containers ?? []) {
    const at = `${where(d)} container ${c.name}`;
    const tag = typeof c.image === "string" && c.image.includes(":") ? c.image.slice(c.image.lastIndexOf(":") + 1) : "";
    if (c.image?.includes("earlyhelp/") && tag !== version) {
      problems.push(`${at}: image ${c.image} is not tagged with the project version ${version}`);
    }
    if (!c.resources?.limits?.memory || !c.resources?.limits?.cpu) problems.push(`${at}: no memory and CPU limits`);
    if (!c.resources?.requests?.memory || !c.resources?.requests?.cpu) problems.push(`${at}: no memory and CPU requests`);
    if (!c.livenessProbe || !c.readinessProbe) problems.push(`${at}: no liveness and readiness probes`);
    if (!c.lifecycle?.preStop) problems.push(`${at}: no preStop hook (graceful shutdown)`);
  }
  const hpa = hpas.find((h) => h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec?.scaleTargetRef?.name === d.metadata.name);
  const replicas = Math.max(d.spec?.replicas ?? 1, hpa?.spec?.minReplicas ?? 1);
  if (replicas > 1) {
    if (!hpa) problems.push(`${where(d)}: runs ${replicas} replicas without a HorizontalPodAutoscaler`);
    if (!pdbs.some((p) => matches(p.spec?.selector, d.spec?.template?.metadata?.labels))) {
      problems.push(`${where(d)}: runs ${replicas} replicas without a PodDisruptionBudget`);
    }
  }
  if (hpa && d.spec?.replicas != null && replicas > 1) {
    problems.push(`${where(d)}: sets spec.replicas although ${where(hpa)} owns the count`);
  }
}
for (const h of hpas) {
  if (!deployments.some((d) => d.metadata.name === h.spec?.scaleTargetRef?.name)) {
    problems.push(`${where(h)}: scales ${h.spec?.scaleTargetRef?.name}, which is not a Deployment here`);
  }
}
for (const p of pdbs) {
  const covered = deployments.filter((d) => matches(p.spec?.selector, d.spec?.template?.metadata?.labels));
  if (covered.length === 0) problems.push(`${where(p)}: selects no Deployment's pods`);
  for (const d of covered) {
    const replicas = Math.max(d.spec?.replicas ?? 1, hpas.find((h) => h.spec?.scaleTargetRef?.name === d.metadata.name)?.spec?.minReplicas ?? 1);
    if (replicas <= (p.spec?.minAvailable ?? 0)) {
      problems.push(`${where(p)}: minAvailable ${p.spec.minAvailable} with ${replicas} replica(s) of ${d.metadata.name} blocks every drain`);
    }
  }
}

const counts = Object.entries(
  objects.reduce((acc, o) => ({ ...acc, [o.kind]: (acc[o.kind] ?? 0) + 1 }), {}),
).map(([k, n]) => `${n} ${k}`).join(", ");
if (problems.length > 0) {
  console.error(`${label}: FAILED, ${problems.length} problem(s) in ${objects.length} objects:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`${label}: OK, ${objects.length} objects valid (${counts})`);
