/** Hands a file made or fetched in the page to the browser as a download named `fileName`. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Later, not at once: the browser reads the URL after the click has been handled.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
