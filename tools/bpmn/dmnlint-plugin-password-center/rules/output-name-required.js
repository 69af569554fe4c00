const { is, blank } = require('./helper');

// The output name is what the code reads from the result; the type keeps "5" from being a string.
module.exports = function () {
  function check(node, reporter) {
    if (!is(node, 'dmn:OutputClause')) {
      return;
    }
    if (blank(node.name)) {
      reporter.report(node.id, `Output "${node.label || node.id}" has no name`);
    }
    else if (blank(node.typeRef)) {
      reporter.report(node.id, `Output "${node.name}" has no type`);
    }
  }
  return { check };
};
