const { is } = require('./helper');

// Without a shape in DMNDI the element is missing from the diagram Camunda Modeler opens (the requirements view).
const DRG = ['dmn:Decision', 'dmn:InputData', 'dmn:BusinessKnowledgeModel', 'dmn:KnowledgeSource'];

module.exports = function () {
  function check(node, reporter) {
    if (!is(node, 'dmn:Definitions')) {
      return;
    }
    const shown = new Set();
    for (const diagram of (node.dmnDI && node.dmnDI.diagrams) || []) {
      for (const shape of diagram.diagramElements || []) {
        if (shape.dmnElementRef) {
          shown.add(shape.dmnElementRef.id);
        }
      }
    }
    for (const element of node.drgElement || []) {
      if (DRG.some((type) => is(element, type)) && !shown.has(element.id)) {
        reporter.report(element.id, 'Element has no shape in the diagram (DMNDI): Camunda Modeler would not show it');
      }
    }
  }
  return { check };
};
