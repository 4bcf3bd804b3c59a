// Makes the network's staff setup code: prints a new random code once and writes only its salted
// PBKDF2-SHA-256 hash into a neighbourhood index as `staff_setup`. The app asks for the code
// before anyone may choose the staff PIN of a new (or wiped) device; see docs/deploying.md.
//
//   cargo xtask setup-code public/data/neighbourhoods.json      (runs this file with node)
//
// Give the code to the coordinator only (not in the repository, not by e-mail in clear); a new
// run replaces it, and devices already set up keep their PIN.
import { pbkdf2Sync, randomBytes, randomInt } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

// Crockford base32: no I, L, O or U, so a code read from paper is not misread. 20 characters
// are 100 bits: the published hash cannot be guessed back, whatever the number of rounds.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 20;
// Matches domain::staff_pin::ITERATIONS (the PIN's rounds).
const ITERATIONS = 600_000;

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.some((a) => a !== "--sample")) {
  console.error("usage: cargo xtask setup-code <neighbourhoods.json> [--sample]");
  process.exit(2);
}
const index = JSON.parse(readFileSync(file, "utf8"));
if (!Array.isArray(index.neighbourhoods)) {
  console.error(`${file}: not a neighbourhood index (no "neighbourhoods" list)`);
  process.exit(1);
}

let code = "";
for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
const salt = randomBytes(16);
const hash = pbkdf2Sync(code, salt, ITERATIONS, 32, "sha256");
index.staff_setup = {
  salt: salt.toString("hex"),
  iterations: ITERATIONS,
  hash: hash.toString("hex"),
  ...(rest.includes("--sample") ? { sample: true } : {}),
};
writeFileSync(file, JSON.stringify(index, null, 2) + "\n");
console.log(code.match(/.{4}/g).join("-"));
