// dmnlint finds a plugin's configurations under configs and its rules under rules/<name>.js
module.exports = {
  configs: {
    recommended: {
      rules: {
        'feel-only': 'error',
        'shape-required': 'error',
        'input-expression-required': 'error',
        'output-name-required': 'error',
        'output-entry-required': 'error'
      }
    }
  }
};
