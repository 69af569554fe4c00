const { is, blank } = require('./helper');

// A row with an empty output cell answers null for that output: every row states every output.
module.exports = function () {
  function check(node, reporter) {
    if (!is(node, 'dmn:DecisionRule')) {
      return;
    }
    const outputs = (node.$parent && node.$parent.output) || [];
    const entries = node.outputEntry || [];
    outputs.forEach((output, index) => {
      if (!entries[index] || blank(entries[index].text)) {
        reporter.report(node.id, `Row has no value for output "${output.name || output.label || output.id}"`);
      }
    });
  }
  return { check };
};
