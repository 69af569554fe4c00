const { is, blank } = require('./helper');

// An input without an expression or type reads nothing, or compares a string with a number.
module.exports = function () {
  function check(node, reporter) {
    if (!is(node, 'dmn:InputClause')) {
      return;
    }
    const expression = node.inputExpression;
    if (!expression || blank(expression.text)) {
      reporter.report(node.id, `Input "${node.label || node.id}" has no expression`);
    }
    else if (blank(expression.typeRef)) {
      reporter.report(node.id, `Input "${node.label || node.id}" has no type`);
    }
  }
  return { check };
};
