// The files of this tab's last upload, by the preview they made: "Choose the columns again"
// reads them again without asking for them (after a reload they are gone, and it asks).
let last: { batchId: number; files: File[] } | null = null;

export function rememberUpload(batchId: number, files: File[]): void {
  last = { batchId, files };
}

export function recallUpload(batchId: number): File[] | null {
  return last?.batchId === batchId ? last.files : null;
}
