/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `peilian-${version}`;
// Everything the site is made of: app code, static files and every prerendered page and data file.
const precache = [...new Set([...build, ...files, ...prerendered])];
const precached = new Set(precache);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(precache)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== cacheName) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
	if (!precached.has(path)) return;
	// The whole site is versioned with the cache, so the cached copy is always the right one.
	event.respondWith(caches.match(path, { cacheName }).then((cached) => cached ?? fetch(request)));
});
