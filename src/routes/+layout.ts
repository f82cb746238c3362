// Every page is prerendered: the site is static and works offline once cached.
export const prerender = true;
export const trailingSlash = 'never';
