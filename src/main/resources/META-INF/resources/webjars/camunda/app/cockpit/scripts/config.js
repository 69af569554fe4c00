// Password Center's Cockpit configuration (replaces the webjar's commented-out default): the journey analytics
// plugin, loaded from app/cockpit/password-center/ (src/main/resources/META-INF/resources/webjars/...).
export default {
  customScripts: ['password-center/analytics-plugin.js'],
  disableWelcomeMessage: true
};
