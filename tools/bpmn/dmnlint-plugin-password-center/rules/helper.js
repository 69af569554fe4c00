function is(node, type) {
  return typeof node.$instanceOf === 'function' && node.$instanceOf(type);
}

function blank(text) {
  return text === undefined || text === null || String(text).trim() === '';
}

module.exports = { is, blank };
