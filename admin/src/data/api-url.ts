// The console is served by Strapi at /console/ and the API is same-origin: relative URLs keep
// it working behind any host name or reverse proxy.
export const API_URL = '/api/console';
