// Print axe-core's rule metadata as JSON (read by docs/generate.py, which writes
// src/broadsheet/browser/axe-rules.json from it): node scripts/axe_rules.js [path/to/axe.js]
const axe = require(require('path').resolve(process.argv[2] || 'node_modules/axe-core/axe.js'));
const text = Object.fromEntries(axe.getRules().map((rule) => [rule.ruleId, rule]));
const rules = axe._audit.rules.map((rule) => ({
  id: rule.id,
  help: text[rule.id].help,
  description: text[rule.id].description,
  impact: rule.impact || null,
  tags: rule.tags,
  act_ids: rule.actIds || [],
  enabled: rule.enabled !== false,
})).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
process.stdout.write(JSON.stringify({version: axe.version, rules}, null, 1) + '\n');
