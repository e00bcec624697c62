/** Browser-side image helpers for uploads. */

/** Reads a file as bytes and a data: URL (for the before/after view). */
export async function readImage(file: File): Promise<{ bytes: Uint8Array; dataUrl: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const r = new FileReader()
    r.onload = () => resolve(String(r.result))
    r.onerror = () => reject(r.error ?? new Error('Could not read the file'))
    r.readAsDataURL(file)
  })
  return { bytes, dataUrl }
}

/** Re-encodes an image (e.g. WebP, which not every provider decodes) as PNG bytes. */
export async function toPng(file: File): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(file)
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0)
  const blob = await canvas.convertToBlob({ type: 'image/png' })
  return new Uint8Array(await blob.arrayBuffer())
}
