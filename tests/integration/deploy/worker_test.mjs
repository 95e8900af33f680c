// Runs the generated Cloudflare Worker (worker.js, written by test_hosting_worker_files) under
// Node, whose Request and Response are the Fetch API the Workers runtime implements: the policy
// for GET and HEAD of the policy path on mta-sts.<domain>, 404 for other paths and hosts, 405
// with Allow for other methods, never a redirect.
// Usage: node worker_test.mjs <folder with worker.js, policy.txt, domain>
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = process.argv[2];
const worker = (await import(pathToFileURL(join(dir, "worker.js")).href)).default;
const policy = await readFile(join(dir, "policy.txt"));
const domain = (await readFile(join(dir, "domain"), "utf8")).trim();
const host = `mta-sts.${domain}`;
const policyUrl = `https://${host}/.well-known/mta-sts.txt`;

const call = (url, init) => worker.fetch(new Request(url, init));
const bytes = async (response) => Buffer.from(await response.arrayBuffer());

// The policy, byte for byte, as text/plain.
let response = await call(policyUrl);
assert.equal(response.status, 200);
assert.equal(response.headers.get("content-type"), "text/plain; charset=utf-8");
assert.deepEqual(await bytes(response), policy);

// A query string does not change the path.
response = await call(`${policyUrl}?x=1`);
assert.equal(response.status, 200);

// HEAD: the headers without a body.
response = await call(policyUrl, { method: "HEAD" });
assert.equal(response.status, 200);
assert.equal(response.headers.get("content-type"), "text/plain; charset=utf-8");
assert.equal((await bytes(response)).length, 0);

// Other paths: 404, never a redirect.
for (const path of ["/", "/index.html", "/.well-known/", "/.well-known/mta-sts.txt.bak",
                    "/.well-known/MTA-STS.TXT", "/.well-known/mta-sts.txt/x"]) {
  response = await call(`https://${host}${path}`);
  assert.equal(response.status, 404, path);
  assert.equal(response.headers.get("location"), null, path);
}

// Other methods on the policy path: 405 with Allow.
for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
  const init = { method };
  if (method !== "OPTIONS") init.body = "x";
  response = await call(policyUrl, init);
  assert.equal(response.status, 405, method);
  assert.equal(response.headers.get("allow"), "GET, HEAD", method);
}

// Another host (a workers.dev address, a look-alike): 404.
for (const other of [`www.${domain}`, `${host}.example.net`, "mta-sts-lab.workers.dev"]) {
  response = await call(`https://${other}/.well-known/mta-sts.txt`);
  assert.equal(response.status, 404, other);
}

console.log(`worker.js for ${host}: all checks passed`);
