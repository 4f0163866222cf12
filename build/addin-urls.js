const pkg = require("../package.json");

/**
 * Where the add-in is served. manifest.xml is written against the development server; the
 * production URL is set here, from package.json "config" or the LAPKIN_URL variable, and every
 * development URL in the manifest is rewritten to it by the production build.
 */
function addinUrls(environment = process.env) {
  const devPort = Number(pkg.config.dev_server_port);
  const dev = `https://localhost:${devPort}/`;
  const production = withSlash(environment.LAPKIN_URL || pkg.config.production_url);
  if (!production.startsWith("https://")) throw new Error(`LAPKIN_URL must be an https:// address, got ${production}`);
  return {
    devPort,
    dev,
    production,
    toProduction: (text) => text.split(dev).join(production),
  };
}

function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = { addinUrls };
