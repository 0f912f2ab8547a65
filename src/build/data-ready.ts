/**
 * The build (src/build/build-site.ts) starts Astro while the ingest is still writing the data, so
 * that Astro's start-up, about a second and a half, overlaps it. The content loader then asks
 * the build over IPC, before it reads the data, and waits for the answer that the data is
 * complete. Started any other way (astro build, astro check), Astro has nothing to wait for.
 */
export const DATA_PENDING_ENV = 'SITE_DATA_PENDING';
export const DATA_WANTED = 'data-wanted';
export const DATA_READY = 'data-ready';

let ready: Promise<void> | undefined;

export function dataReady(): Promise<void> {
  ready ??=
    process.env[DATA_PENDING_ENV] === '1' && process.send
      ? new Promise<void>((resolve) => {
          process.on('message', function onMessage(message) {
            if (message !== DATA_READY) return;
            process.off('message', onMessage);
            // An open channel would keep Astro running once its build is done.
            process.channel?.unref();
            resolve();
          });
          // Asked, not merely awaited: an answer sent before anyone listened would be lost.
          process.send!(DATA_WANTED);
        })
      : Promise.resolve();
  return ready;
}
