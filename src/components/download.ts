/** Saves text as a file through a temporary object URL and a link with `download`. */
export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: free it on the next task.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** Copies text; resolves false when the browser has no clipboard access or refuses it (the caller says so, from its messages). */
export async function copyText(text: string): Promise<boolean> {
  // Absent outside secure contexts and in some embedded browsers, despite the DOM types.
  const clipboard = (navigator as Partial<Navigator>).clipboard;
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A file's text through FileReader, which every browser (and jsdom) supports, unlike Blob.text(). */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('the file could not be read'));
    };
    reader.readAsText(file);
  });
}
