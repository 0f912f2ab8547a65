/**
 * The build (scripts/build-site.ts) starts Astro while the ingest is still writing the data, so
 * that Astro's start-up, about a second and a half, overlaps it. The content loader then waits
 * here, before it reads the data, for the build to say over IPC that the data is complete.
 * Started any other way (astro build, astro check), Astro has nothing to wait for.
 */
export const DATA_PENDING_ENV = 'SITE_DATA_PENDING';
export const DATA_READY = 'data-ready';

let ready: Promise<void> | undefined;

export function dataReady(): Promise<void> {
  ready ??=
    process.env[DATA_PENDING_ENV] === '1' && process.send
      ? new Promise<void>((resolve) => {
          process.on('message', function onMessage(message) {
            if (message !== DATA_READY) return;
            process.off('message', onMessage);
            // The channel would keep Astro running after its build.
            process.disconnect();
            resolve();
          });
        })
      : Promise.resolve();
  return ready;
}
