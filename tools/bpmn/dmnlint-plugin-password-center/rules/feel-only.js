const { blank } = require('./helper');

// The tables are FEEL only: JUEL, JavaScript or Groovy in a table could reach the application's beans or run code,
// and the guard rails at deployment read FEEL.
const FEEL = new Set(['feel', 'https://www.omg.org/spec/DMN/20191111/FEEL/', 'http://www.omg.org/spec/FEEL/20140401']);

module.exports = function () {
  function check(node, reporter) {
    const language = node.expressionLanguage;
    if (!blank(language) && !FEEL.has(String(language).trim().toLowerCase())) {
      reporter.report(node.id || (node.$parent && node.$parent.id),
        `Expression language "${language}" is not FEEL`);
    }
  }
  return { check };
};
